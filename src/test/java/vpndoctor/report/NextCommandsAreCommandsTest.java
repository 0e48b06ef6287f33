package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.result.Advice;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Issue 16.6: a "next command" is a command the engineer can type on the device it is for (no
 * prose, no "A (IOS) / B (ASA)", no ASA packet-tracer for IOS evidence). Checked over advice.json
 * per platform and over every next command of every sample diagnosis, against the platform of its
 * evidence (or, for a command that runs on the peer, some platform).
 */
class NextCommandsAreCommandsTest {
    /** What each platform's CLI accepts as the start of a command (exec and the few config lines advised). */
    private static final Map<String, List<String>> VERBS = Map.of(
            "IOS", List.of("show crypto ", "show ip ", "show access-list", "show running-config", "show run ", "show interfaces", "show object-group",
                    "show version", "show logging", "debug crypto ", "clear crypto ", "ping ", "traceroute ", "ip route ", "crypto isakmp ",
                    "show interface ", "show dmvpn", "show ip nhrp", "debug nhrp", "debug dmvpn"),
            "ASA", List.of("show crypto ", "show run", "show running-config", "show vpn-sessiondb", "show nat", "show xlate", "show route",
                    "show access-list", "show object-group", "show capture", "show asp ", "show conn", "show isakmp", "show interface", "show version",
                    "show logging", "packet-tracer ", "capture ", "debug crypto ", "clear crypto ", "ping ", "traceroute ", "route "),
            "PIX", List.of("show crypto ", "show isakmp", "show run", "show access-list", "show nat", "show xlate", "show route", "show object-group",
                    "show version", "show static", "show conn", "show interface", "show logging", "debug crypto ", "clear crypto ", "ping ", "route "));
    /** Placeholders are <one-word>; outside them no brackets, question marks, commas, slashes between alternatives or sentences. */
    private static final Pattern PROSE = Pattern.compile("[()?,;]| / |\\b(?:or|and|the|from|on a|if|then|check|ask|test with)\\b|: ");

    static List<String> problems(String command, String platform) {
        List<String> out = new ArrayList<>();
        String bare = command.replaceAll("<[a-z0-9-]+>", "X");
        if (bare.contains("<") || bare.contains(">")) out.add("placeholder not <one-word>: " + command);
        String noPipe = bare.replaceAll(" \\| (?:include|section|begin|exclude) .*$", "");
        if (PROSE.matcher(noPipe).find()) out.add("prose, not a command: " + command);
        List<String> platforms = platform == null ? List.of("IOS", "ASA", "PIX") : List.of(platform);
        if (platforms.stream().noneMatch(p -> VERBS.get(p).stream().anyMatch(v -> (command + " ").startsWith(v))))
            out.add("not a " + (platform == null ? "" : platform + " ") + "command: " + command);
        return out;
    }

    @Test
    void theGrammarTellsCommandsFromProse() {
        assertThat(problems("debug crypto ikev1 127", "ASA")).isEmpty();
        assertThat(problems("show run | include crypto isakmp key", "IOS")).isEmpty();
        assertThat(problems("packet-tracer input inside tcp <host> 1025 <remote-host> 80 detailed", "ASA")).isEmpty();
        assertThat(problems("packet-tracer input inside tcp <host> 1025 <remote-host> 80 detailed", "IOS")).isNotEmpty();
        assertThat(problems("debug crypto isakmp (IOS) / debug crypto ikev1 127 (ASA)", "IOS")).isNotEmpty();
        assertThat(problems("traceroute from the host", null)).isNotEmpty();
        assertThat(problems("show crypto ipsec sa (are encaps and decaps both counting?)", "ASA")).isNotEmpty();
        assertThat(problems("ask the peer for its encryption domain", null)).isNotEmpty();
    }

    @Test
    void everyNextCommandOfTheCatalogueIsACommandOfItsPlatform() throws Exception {
        JsonNode advice = new ObjectMapper().readTree(getClass().getClassLoader().getResource("catalog/advice.json"));
        List<String> bad = new ArrayList<>();
        advice.fields().forEachRemaining(cause -> {
            JsonNode next = cause.getValue().path("next");
            next.fields().forEachRemaining(p -> {
                String platform = p.getKey().equals("any") ? null : p.getKey();
                for (JsonNode c : p.getValue()) for (String why : problems(c.asText(), platform)) bad.add(cause.getKey() + " " + p.getKey() + ": " + why);
            });
        });
        assertThat(bad).isEmpty();
    }

    @Test
    void everyNextCommandOfEverySampleIsACommandForThePlatformOfItsEvidence() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Path folder : CaseExpectation.allCaseFolders(TestDoctor.samples())) {
            assertThat(folder.toString()).doesNotContain(CaseExpectation.HELD_OUT);
            Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(folder));
            Map<String, String> platformOf = new HashMap<>();
            List<Finding> all = new ArrayList<>(d.rootCauses());
            all.addAll(d.hypotheses());
            for (Finding f : all) {
                String p = VERBS.containsKey(f.platform()) ? f.platform() : null;
                if (p != null) platformOf.put(f.tunnel(), p);
                for (String c : f.nextCommands()) for (String why : problems(c, p)) bad.add(folder + " " + f.id() + ": " + why);
            }
            for (Advice a : d.recommendations()) {
                boolean onPeer = a.why().matches("^(?:\\((?:IOS|ASA|PIX)\\) )?on the (?:peer|partner).*");
                String p = onPeer ? null : platformOf.get(a.tunnel());
                for (String why : problems(a.command(), p)) bad.add(folder + " advice: " + why);
            }
        }
        assertThat(bad).isEmpty();
    }
}
