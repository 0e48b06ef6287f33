package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.authoring.CaseCheck;
import vpndoctor.engine.Engine;
import vpndoctor.result.Diagnosis;

/** Scripted console sessions, one per command (what a piped replay would print). */
class ConsoleCommandsTest {
    private static final Path ACLS = Path.of("facts-samples/cfg-non-mirrored-acls");
    private static final Path PIX_LOG = Path.of("facts-samples/004-pix-proxy-identities-not-supported-with-configs");
    private static final Path MULTI = Path.of("facts-samples/multi-peer-asa-three-failures");

    @Test
    void diagnosePrintsTheVerdictInEveryFormat(@TempDir Path tmp) throws Exception {
        Script s = Script.over(ACLS);
        assertThat(s.run("diagnose")).contains("1 root cause").contains("ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(s.run("diagnose --format json")).contains("\"rootCauses\"");
        assertThat(s.run("diagnose --format dot")).startsWith("digraph explanation {");
        assertThat(s.run("diagnose --format mermaid")).startsWith("flowchart LR");
        Path html = tmp.resolve("r.html");
        assertThat(s.run("diagnose --format html --out " + html)).contains("wrote");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
        assertThat(s.run("export dot " + tmp.resolve("g.dot"))).contains("wrote");
        assertThat(Files.readString(tmp.resolve("g.dot"))).contains("->");
        assertThat(s.run("diagnose --format pdf")).contains("error: unknown format 'pdf'");
    }

    @Test
    void whyReachesInputLinesForCausesAndFacts() throws Exception {
        Script s = Script.over(MULTI);
        Diagnosis d = s.session.diagnosis();
        String tunnel = d.rootCauses().get(0).tunnel();
        String id = d.rootCauses().get(0).id();
        String out = s.run("why " + id + "@" + tunnel);
        assertThat(out).contains(id + " @" + tunnel).contains("<- rule").contains("asa.log:");
        String e1 = s.run("why e1");
        assertThat(e1).contains("an input fact, read from:").contains("asa.log:");
        assertThat(s.run("why NO_SUCH_THING")).contains("error:");
        assertThat(s.run("why PSK_MISMATCH@192.0.2.250")).contains("whynot");
    }

    @Test
    void whyNotNamesTheRulesAndWhatWasMissing() throws Exception {
        Script s = Script.over(ACLS);
        String out = s.run("whynot PSK_MISMATCH");
        assertThat(out).contains("no rule produced any support for PSK_MISMATCH")
                .contains("rules that support it").contains("[not fired]").contains(".drl:");
        assertThat(s.run("whynot ENCRYPTION_DOMAIN_MISMATCH")).contains("it IS a root cause");
        assertThat(s.run("whynot NOT_A_CAUSE")).contains("error:");
    }

    @Test
    void whyNotShowsTheReasonsAgainstARuledOutCause() throws Exception {
        Script s = Script.over(PIX_LOG);
        var ruledOut = s.session.diagnosis().hypotheses().stream().filter(f -> f.ruledOut()).findFirst();
        if (ruledOut.isEmpty()) return; // nothing ruled out in this case: covered by other cases
        String out = s.run("whynot " + ruledOut.get().id() + "@" + ruledOut.get().tunnel());
        assertThat(out).contains("ruled out").contains("against: ruled out:");
    }

    @Test
    void factsAndEventsListWhatTheRulesSee() throws Exception {
        Script s = Script.over(PIX_LOG);
        assertThat(s.run("facts")).contains("LogEvent").contains("AclEntry").contains("local.cfg:");
        String acl = s.run("facts AclEntry");
        assertThat(acl).contains("AclEntry").doesNotContain("LogEvent");
        assertThat(s.run("facts Symptom")).contains("Symptom ");
        assertThat(s.run("facts Hypothesis")).contains("Hypothesis ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(s.run("events")).contains("e1 ").contains("event(s)");
        assertThat(s.run("events no_such_event_text")).contains("(0 event(s))");
    }

    @Test
    void retractAndUndoWithdrawAndRestoreConclusions() throws Exception {
        Script s = Script.over(MULTI);
        s.run("mark start");
        // retract every event of the first root cause's tunnel: its root cause must go
        Diagnosis d = s.session.diagnosis();
        String tunnel = d.rootCauses().get(0).tunnel();
        String id = d.rootCauses().get(0).id();
        List<String> ids = s.session.inputFacts().stream()
                .filter(t -> t instanceof vpndoctor.model.LogEvent e && tunnel.equals(e.getPeer())).map(t -> t.getId()).toList();
        assertThat(ids).isNotEmpty();
        for (String e : ids) assertThat(s.run("retract " + e)).contains("retract " + e);
        assertThat(s.run("diff start")).contains("lost root cause    " + id + " @" + tunnel);
        assertThat(s.run("why " + ids.get(0))).contains("error:");
        for (String e : ids) assertThat(s.run("undo")).contains("undid: retract");
        assertThat(s.run("diff start")).contains("no change since mark 'start'");
        assertThat(s.run("undo")).contains("nothing to undo");
        assertThat(s.run("retract nope")).contains("error: no input fact with id nope");
    }

    @Test
    void assumeReportsUnchangedAndRemovedLines() throws Exception {
        Script s = Script.over(ACLS);
        assertThat(s.run("assume local isakmp identity address")).contains("already says that");
        String rm = s.run("assume local no crypto map outside_map 20 set peer 203.0.113.83");
        assertThat(rm).contains("removed line 54");
        assertThat(s.run("assume sideways x y")).contains("error:");
        assertThat(s.run("assume peer isakmp key Secret-99 address 198.51.100.83 netmask 255.255.255.255"))
                .doesNotContain("Secret-99").contains("*****");
        assertThat(s.dispatcher.failures()).isEqualTo(1);
    }

    @Test
    void loadAddsEvidenceAndUndoTakesItBack() throws Exception {
        Script s = new Script();
        assertThat(s.run("diagnose")).contains("no root cause found");
        assertThat(s.run("load " + PIX_LOG.resolve("pix-debug.log"))).contains("inserted");
        assertThat(s.session.diagnosis().rootCauseIds()).contains("ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(s.run("load local " + PIX_LOG.resolve("local.cfg"))).contains("inserted");
        assertThat(s.session.state().local()).isNotNull();
        s.run("undo");
        s.run("undo");
        assertThat(s.session.diagnosis().rootCauseIds()).isEmpty();
        assertThat(s.run("load /no/such/file.log")).contains("error:");
    }

    @Test
    void saveWritesACaseFolderThatDiagnoseAndTheSampleCheckAccept(@TempDir Path tmp) throws Exception {
        Script s = Script.over(PIX_LOG);
        s.run("assume local isakmp policy 99 authentication pre-share");
        Path dir = tmp.resolve("saved");
        String out = s.run("save " + dir);
        assertThat(out).contains("wrote").contains("check: 'diagnose");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
                .contains("local.cfg", "peer.cfg", "expected.json", "pix-debug.log");
        assertThat(Files.readString(dir.resolve("local.cfg"))).contains("isakmp policy 99 authentication pre-share");
        CaseExpectation exp = CaseExpectation.read(dir);
        Diagnosis again = TestDoctor.get().diagnose(Evidence.fromCaseFolder(dir));
        // the saved case is not a test until its author edits the placeholder description
        assertThat(CaseCheck.mismatches(exp, again, Engine.of(TestDoctor.get()).catalog())).singleElement().asString()
                .startsWith("description is still the placeholder");
        CaseExpectation edited = new CaseExpectation(dir, exp.rootCauses(), exp.benign(), exp.notRootCauses(), exp.hypotheses(),
                exp.notHypotheses(), "isakmp policy 99 added: the proxy identities still do not match");
        assertThat(CaseCheck.mismatches(edited, again, Engine.of(TestDoctor.get()).catalog())).isEmpty();
        assertThat(new ObjectMapper().readTree(dir.resolve("expected.json").toFile()).path("rootCauses").toString()).contains("ENCRYPTION_DOMAIN_MISMATCH");
    }

    @Test
    void savedConfigsNeverHoldTheClearKeyButKeepKeyComparisons(@TempDir Path tmp) throws Exception {
        Path psk = Path.of("facts-samples/cfg-psk-mismatch");
        Script s = Script.over(psk);
        Path dir = tmp.resolve("psk");
        assertThat(s.run("save " + dir)).contains("check:");
        String key = java.util.regex.Pattern.compile("isakmp key (\\S+)").matcher(Files.readString(psk.resolve("local.cfg"))).results()
                .map(m -> m.group(1)).findFirst().orElse("no-key-in-sample");
        assertThat(Files.readString(dir.resolve("local.cfg"))).doesNotContain(" " + key + " ");
        Diagnosis again = TestDoctor.get().diagnose(Evidence.fromCaseFolder(dir));
        assertThat(again.rootCauseIds()).isEqualTo(s.session.diagnosis().rootCauseIds());
    }

    @Test
    void rulesReloadKeepsTheOldRulesWhenADrlIsBroken(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("extra.drl"), "package rules.extra;\nimport vpndoctor.model.*;\n"
                + "rule \"Extra note\"\n    @description(\"test rule\")\nwhen\n    Symptom( $t : tunnel )\nthen\nend\n");
        Diagnoser doctor = Diagnoser.builder().rulesDir(rules).build();
        Script s = new Script(ConsoleSession.open(doctor, rules, true, Evidence.fromCaseFolder(PIX_LOG)));
        var before = s.session.diagnosis().rootCauseIds();
        Files.writeString(rules.resolve("extra.drl"), "package rules.extra;\nrule \"Broken\"\nwhen\n    Nonsense( \nthen\nend\n");
        String out = s.run("rules reload");
        assertThat(out).contains("extra.drl:").contains("error").contains("previous rules stay in use");
        assertThat(s.session.doctor()).isSameAs(doctor);
        assertThat(s.session.diagnosis().rootCauseIds()).isEqualTo(before);
        Files.writeString(rules.resolve("extra.drl"), "package rules.extra;\n");
        assertThat(s.run("rules reload")).contains("reloaded").contains("session rebuilt");
        assertThat(s.session.diagnosis().rootCauseIds()).isEqualTo(before);
        assertThat(s.run("rules list")).contains("rule file(s)");
    }

    @Test
    void helpCommentsQuitAndUnknownCommands() {
        Script s = new Script();
        String help = s.run("help");
        for (String c : List.of("diagnose", "why", "whynot", "facts", "events", "assume", "retract", "undo", "diff", "mark", "load", "save", "rules", "export", "quit"))
            assertThat(help).contains("  " + c);
        for (String c : s.dispatcher.commands().keySet()) assertThat(s.run("help " + c)).contains(c);
        assertThat(s.run("# a comment")).isEmpty();
        assertThat(s.run("frobnicate")).contains("unknown command");
        assertThat(s.runAll("help\nquit\nhelp")).containsOnlyOnce("Commands");
        assertThat(s.run("diff")).contains("error: nothing to compare with yet");
    }
}
