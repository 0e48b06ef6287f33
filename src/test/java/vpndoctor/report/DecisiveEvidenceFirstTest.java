package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.Finding;

/**
 * Issue 16.5: a report leads with the lines the supports rest on (the log line that says
 * "mismatched pre-shared key", the two transform sets that differ), config context after; the Why
 * names the values; the Fix says which device it is for, in that device's syntax.
 */
class DecisiveEvidenceFirstTest {

    private static Finding top(String folder) throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples", folder)));
        assertThat(d.rootCauses()).isNotEmpty();
        return d.rootCauses().get(0);
    }

    @Test
    void theLogLineThatNamesTheKeyComesBeforeConfigContext() throws Exception {
        Finding f = top("048-asa-psk-mismatch");
        List<EvidenceLine> ev = f.evidence();
        int keyLine = indexOf(ev, "mismatched pre-shared key");
        int firstContext = firstIndex(ev, EvidenceLine::isContext);
        assertThat(keyLine).as("the decisive log line is among the first lines shown").isBetween(0, 3);
        assertThat(ev.get(0).source()).endsWith("asa.log");
        assertThat(firstContext).as("context (which map entries pair up) after every decisive line").isGreaterThan(keyLine);
        assertThat(ev.subList(firstContext, ev.size())).allMatch(EvidenceLine::isContext);
        assertThat(indexOf(ev, "pre-shared-key")).as("our key line is decisive too").isLessThan(firstContext);
        assertThat(indexOf(ev, "crypto isakmp key")).as("and the peer's").isLessThan(firstContext);
    }

    @Test
    void theTwoTransformSetsThatDifferLeadAndTheWhyNamesTheirValues() throws Exception {
        Finding f = top("cfg-transform-set-mismatch");
        assertThat(f.id()).isEqualTo("TRANSFORM_SET_MISMATCH");
        assertThat(f.evidence().subList(0, 2)).extracting(EvidenceLine::text)
                .allMatch(t -> t.startsWith("crypto ipsec ikev1 transform-set"));
        assertThat(f.evidence().get(2).isContext()).isTrue();
        assertThat(f.supportedBy()).anyMatch(s -> s.contains("ours: ESP-AES256-SHA esp-aes-256 esp-sha-hmac")
                && s.contains("peer: ESP-3DES-MD5 esp-3des esp-md5-hmac"));
    }

    @Test
    void theIsakmpPolicyWhyNamesBothSidesPolicies() throws Exception {
        Finding f = top("cfg-ike-policy-mismatch");
        assertThat(f.supportedBy()).anyMatch(s -> s.contains("ours: ") && s.contains("; peer: ") && s.contains("/group"));
    }

    @Test
    void theTextReportNamesFilesRelativeToTheCaseFolderAndDecisiveLinesFirst() throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/048-asa-psk-mismatch")));
        String text = new TextReport(Style.plain(), false).render(d);
        assertThat(text).contains("files in facts-samples/048-asa-psk-mismatch/").contains("\n     asa.log:9  ")
                .doesNotContain("facts-samples/048-asa-psk-mismatch/asa.log:9");
        String evidence = text.substring(text.indexOf("Evidence"), text.indexOf("Why"));
        assertThat(evidence.indexOf("mismatched pre-shared key")).isLessThan(evidence.indexOf("context:"));
        assertThat(text).contains("devices: local asa-hq (ASA");
    }

    @Test
    void withoutARuleThatTellsTheSideTheFixSaysEitherSideHonestly() throws Exception {
        Finding f = top("053-asa-transform-set-mismatch");
        assertThat(f.change().side()).isEqualTo("either");
        assertThat(f.change().hostname()).isEqualTo("asa-east");
        assertThat(f.remediation()).anyMatch(c -> c.contains("ikev1 transform-set"));   // our ASA's syntax
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/053-asa-transform-set-mismatch")));
        assertThat(new TextReport(Style.plain(), false).render(d)).contains("Fix (either side: ");
    }

    /** A rule that concludes FixSide(PEER): the Fix is the peer router's, in IOS syntax, with its hostname. */
    @Test
    void aRuleThatNamesThePeerGetsTheFixInThePeersSyntax(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("side.drl"), String.join("\n",
                "package rules.test;",
                "import vpndoctor.model.*;",
                "rule \"Test: the peer must change its transform set\"",
                "    @description(\"a test rule: the peer changes\")",
                "when",
                "    Hypothesis( causeId == \"TRANSFORM_SET_MISMATCH\", $t : tunnel )",
                "then",
                "    insertLogical( new FixSide(\"TRANSFORM_SET_MISMATCH\", $t, Side.PEER, \"the peer offers only a legacy set\") );",
                "end", ""));
        Diagnoser doctor = Diagnoser.builder().rulesDir(rules).cacheDir(null).build();
        Diagnosis d = doctor.diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/053-asa-transform-set-mismatch")));
        Finding f = d.rootCauses().get(0);
        assertThat(f.id()).isEqualTo("TRANSFORM_SET_MISMATCH");
        assertThat(f.change().side()).isEqualTo("peer");
        assertThat(f.change().platform()).isEqualTo("IOS");
        assertThat(f.remediation()).contains("crypto ipsec transform-set <name> esp-aes 256 esp-sha-hmac")
                .noneMatch(c -> c.contains("ikev1"));
        String text = new TextReport(Style.plain(), false).render(d);
        assertThat(text).contains("Fix on the peer " + f.change().hostname() + " (IOS): the peer offers only a legacy set");
        assertThat(JsonReport.render(d)).contains("\"side\" : \"peer\"");
    }

    private static int indexOf(List<EvidenceLine> ev, String text) {
        return firstIndex(ev, e -> e.text().contains(text));
    }

    private static int firstIndex(List<EvidenceLine> ev, java.util.function.Predicate<EvidenceLine> p) {
        for (int i = 0; i < ev.size(); i++) if (p.test(ev.get(i))) return i;
        return -1;
    }
}
