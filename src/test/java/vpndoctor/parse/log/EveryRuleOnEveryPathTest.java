package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;

/**
 * One source from rule table to fast path: every rule of every wording family (and every id of the
 * ASA/FTD and of the IOS catalogue) gives on the default path (parallel byte scanner) exactly what it gives on the
 * reference path (every line through the full classifier), in each envelope its lines arrive in. A
 * rule line added to a table whose keyword the fast path does not look for fails here.
 */
class EveryRuleOnEveryPathTest {
    private static final String PEER = "192.0.2.7";

    /** Each family's rules and the envelopes its lines arrive in ("%s": the probe text). */
    private static Map<String, List<Rule>> families() {
        Map<String, List<Rule>> m = new LinkedHashMap<>();
        m.put("AsaSyslogParser.OTHER", AsaSyslogParser.OTHER);
        m.put("AsaIkeRules", AsaIkeRules.RULES);
        m.put("Ikev2Rules.FAILURES", Ikev2Rules.FAILURES);
        m.put("Ikev2Rules.PROGRESS", Ikev2Rules.PROGRESS);
        m.put("IosCryptoRules", IosCryptoRules.RULES);
        m.put("IsakmpDebugRules", IsakmpDebugRules.RULES);
        m.put("IpsecDebugRules", IpsecDebugRules.RULES);
        m.put("NatConnRules", NatConnRules.RULES);
        m.put("PeerLogRules", PeerLogRules.RULES);
        return m;
    }

    private static final String[] ENVELOPES = {
        "%s",                                                                  // bare debug
        "Dec 05 10:00:01 fw1 %%ASA-6-199999: %s",                              // a non-VPN id: only the id-independent rules
        "Dec 05 10:00:01 fw1 %%ASA-4-402199: %s",                              // an IPsec data-plane id
        "Dec 05 10:00:01 fw1 %%ASA-5-713904: Group = " + PEER + ", IP = " + PEER + ", %s",
        "Dec 05 10:00:01 fw1 %%FTD-5-713904: Group = " + PEER + ", IP = " + PEER + ", %s",
        "Dec 05 10:00:01 fw1 %%ASA-4-750003: Local:192.0.2.1:500 Remote:" + PEER + ":500 Username:" + PEER + " Negotiation aborted due to ERROR: %s",
        "[IKEv1]: IP = " + PEER + ", %s",
        "Dec 05 10:00:01.123: ISAKMP (0:1): %s",
        "Dec 05 10:00:01.123: IKEv2-PROTO-1: (12): %s",
        "Dec 05 10:00:01.123: %%CRYPTO-4-IKMP_X: %s from " + PEER,
    };

    @Test
    void everyRuleGivesTheSameOnTheDefaultPathAsOnTheReferencePath() {
        List<String> probes = new ArrayList<>();
        for (Map.Entry<String, List<Rule>> f : families().entrySet()) {
            for (Rule r : f.getValue()) {
                for (String text : new String[] {r.needle(), r.needle().toUpperCase(), capitalized(r.needle())}) {
                    for (String env : ENVELOPES) probes.add(String.format(env, text));
                }
            }
        }
        for (String id : AsaCatalogue.all().keySet()) {
            probes.add("Dec 05 10:00:01 fw1 %ASA-5-" + id + ": Group = " + PEER + ", IP = " + PEER + ", catalogue probe");
            probes.add("Dec 05 10:00:01 fw1 %FTD-5-" + id + ": catalogue probe without an address");
        }
        for (IosCatalogue.Entry e : IosCatalogue.all().values()) {
            String tag = e.key().replaceFirst("-", "-" + e.severity() + "-");
            probes.add("Dec  5 10:00:01.123: %" + tag + ": catalogue probe from " + PEER);
            probes.add("Dec  5 10:00:01.123: %" + tag + ": Line protocol on Interface Tunnel0, catalogue probe without an address");
        }
        assertThat(probes).hasSizeGreaterThan(3000);
        List<String> differ = new ArrayList<>();
        for (String p : probes) {
            String reference = render(p, LogIngest.Mode.STRINGS);
            if (!render(p, LogIngest.Mode.PARALLEL).equals(reference)) differ.add(p);
        }
        assertThat(differ).as("lines the default path reads otherwise than the reference path").isEmpty();
    }

    @Test
    void keywordRulesReachAnEventInTheirOwnEnvelope() {
        // a keyword-only rule's keyword, in the envelope its family reads, is an event on the default path
        // (or recognized and dropped by an earlier rule of the same family): never lost as irrelevant
        List<String> lost = new ArrayList<>();
        Map<String, String> own = Map.of(
            "AsaSyslogParser.OTHER", "Dec 05 10:00:01 fw1 %%ASA-4-402199: %s",
            "AsaIkeRules", "Dec 05 10:00:01 fw1 %%FTD-5-713904: Group = " + PEER + ", IP = " + PEER + ", %s",
            "Ikev2Rules.FAILURES", "Dec 05 10:00:01 fw1 %%ASA-4-750003: Local:192.0.2.1:500 Remote:" + PEER + ":500 Username:" + PEER + " Negotiation aborted due to ERROR: %s",
            "IsakmpDebugRules", "Dec 05 10:00:01.123: ISAKMP (0:1):%s",
            "IpsecDebugRules", "Dec 05 10:00:01.123: %s",
            "PeerLogRules", "Dec 05 10:00:01.123: %s",
            "IosCryptoRules", "Dec 05 10:00:01.123: %%CRYPTO-4-IKMP_X: %s from " + PEER);
        for (Map.Entry<String, String> e : own.entrySet()) {
            for (Rule r : families().get(e.getKey())) {
                if (!r.keywordOnly()) continue;
                for (String text : new String[] {r.needle(), r.needle().toUpperCase(), capitalizedFirst(r.needle())}) {
                String line = String.format(e.getValue(), text);
                InputAccounting acct = new InputAccounting();
                List<LogEvent> events = read(line, LogIngest.Mode.PARALLEL, acct);
                boolean recognized = !events.isEmpty() || r.kind() == null && acct.getUnrecognized() == 0;
                if (!recognized) lost.add(line);
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    private static String capitalizedFirst(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
        }
        return s;
    }

    private static String capitalized(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }

    private static List<LogEvent> read(String line, LogIngest.Mode mode, InputAccounting acct) {
        LogIngest ingest = new LogIngest(acct, mode);
        try {
            ingest.read("probe.log", new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return ingest.events();
    }

    private static String render(String line, LogIngest.Mode mode) {
        InputAccounting acct = new InputAccounting();
        List<String> out = new ArrayList<>();
        List<LogEvent> events;
        try {
            events = read(line, mode, acct);
        } catch (RuntimeException ex) {
            // a line the parser fails on (issue 13.1, fixed in the ingest layer) must fail alike on both paths
            return "failed: " + ex.getClass().getSimpleName();
        }
        for (LogEvent e : events) {
            out.add(e.getKind() + " " + e.getPlatform() + " peer=" + e.getPeer() + " local=" + e.getLocal() + " " + e.getAttrs() + " x" + e.getCount()
                    + " time " + e.getFirstTime());
        }
        out.add("relevant " + acct.getRelevant() + " irrelevant " + acct.getIrrelevant() + " unrecognized " + acct.getUnrecognized());
        return String.join("\n", out);
    }
}
