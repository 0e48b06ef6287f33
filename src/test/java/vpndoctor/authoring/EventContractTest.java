package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.model.LogAttributes;

/** Issue 13 item 6: event kinds and log attributes in rules are checked against what the parsers produce. */
class EventContractTest {
    @TempDir Path tmp;

    @Test
    void unknownKindsAndAttributesAreErrorsWithFileLineAndANearName() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("typos"));
        Files.writeString(dir.resolve("typos.drl"), "package my.rules;\n\nimport vpndoctor.model.*;\n\n"
                + "rule \"typos\"\n    @description(\"x\")\nwhen\n"
                + "    $e : LogEvent( kind == \"P1_RETRANSMITT\", attr(\"notfy\") == \"14\",\n"
                + "                   kind in (\"DPD\", \"HASH_VERIFY_FAIL\") )\n"
                + "    Observation( kind == \"LARGE_PACKETS_FAIL\" )\n"
                + "then\n    String s = $e.attr(\"stepp\");\nend\n");
        Cli r = Cli.run("rules", "check", dir.toString());
        String f = dir.resolve("typos.drl").toString();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out())
                .contains(f + ":8:1: error: unknown event kind \"P1_RETRANSMITT\"").contains("did you mean \"P1_RETRANSMIT\"?")
                .contains(f + ":9:1: error: unknown event kind \"HASH_VERIFY_FAIL\"").contains("did you mean \"HASH_VERIFY_FAILED\"?")
                .contains(f + ":8:1: error: unknown log attribute \"notfy\"").contains("did you mean \"notify\"?")
                .contains(f + ":12:1: error: unknown log attribute \"stepp\"")
                .doesNotContain("LARGE_PACKETS_FAIL\"") // an Observation's kind is not an event kind
                .contains("4 error(s)");
    }

    @Test
    void symptomCodesNobodyInsertsAndDetailTextDecisionsAreErrors() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("symptoms"));
        Files.writeString(dir.resolve("s.drl"), "package my.rules;\n\nimport vpndoctor.model.*;\n\n"
                + "rule \"weighs by prose\"\n    @description(\"x\")\nwhen\n"
                + "    $s : Symptom( code == \"P1_AUTH_FAILD\", $t : tunnel )\n"
                + "    Symptom( code == \"P1_POLICY_REJECTED\", detail == \"main mode failed\", tunnel == $t )\n"
                + "then\n    insertLogical( new Support(\"PSK_MISMATCH\", $t, $s.getDetail().equals(\"x\") ? 0.2 : 0.3, \"r\") );\nend\n");
        Cli r = Cli.run("rules", "check", dir.toString());
        String f = dir.resolve("s.drl").toString();
        assertThat(r.out()).contains(f + ":8:1: error: symptom code \"P1_AUTH_FAILD\" is inserted by no rule in effect; did you mean \"P1_AUTH_FAILED\"?")
                .contains(f + ":9:1: error: decides on a symptom's detail text").contains(f + ":11:1: error: decides on a symptom's detail text")
                .doesNotContain("\"P1_POLICY_REJECTED\" is inserted by no rule");
    }

    @Test
    void theBundledRulesKeepTheContract() throws Exception {
        RuleCheck.Result r = RuleCheck.run(null, false);
        assertThat(r.problems()).as("bundled rules").noneMatch(p -> p.message().startsWith("unknown event kind")
                || p.message().startsWith("unknown log attribute"));
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void suggestionsOnlyForNearNames() {
        assertThat(EventContract.suggestion("detial", LogAttributes.names())).contains("\"detail\"");
        assertThat(EventContract.suggestion("completelyDifferent", LogAttributes.names())).isEmpty();
    }

    @Test
    void theEnclosingPatternDecidesWhatKindMeans() {
        String lhs = "not LogEvent( (kind == \"A\" && x) || y )\nObservation( kind == \"B\" )";
        assertThat(EventContract.enclosingType(lhs, lhs.indexOf("kind == \"A\""))).isEqualTo("LogEvent");
        assertThat(EventContract.enclosingType(lhs, lhs.indexOf("kind == \"B\""))).isEqualTo("Observation");
    }

    /** A list of kinds tested in several rule files is one named set (EventKinds), not copies. */
    @Test
    void noKindListIsCopiedAcrossRuleFiles() throws IOException {
        Pattern in = Pattern.compile("\\bkind\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
        Pattern quoted = Pattern.compile("\"([^\"]*)\"");
        Map<Set<String>, Set<String>> filesByList = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("rules-drl"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".dslr")).toList()) {
                Matcher m = in.matcher(Files.readString(f));
                while (m.find()) {
                    Set<String> kinds = new TreeSet<>();
                    Matcher q = quoted.matcher(m.group(1));
                    while (q.find()) kinds.add(q.group(1));
                    filesByList.computeIfAbsent(kinds, k -> new TreeSet<>()).add(f.toString());
                }
            }
        }
        List<String> copied = new ArrayList<>();
        filesByList.forEach((kinds, files) -> { if (files.size() > 1) copied.add(kinds + " in " + files); });
        assertThat(copied).as("kind lists copied across files (make them a named set in EventKinds)").isEmpty();
    }
}
