package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.result.Finding;

/** Issue 16, points 9 and 10: the console's first-contact behaviour. */
class ConsoleUsabilityTest {
    private static final Path ACLS = Path.of("facts-samples/cfg-non-mirrored-acls");

    @Test
    void whyAndWhyNotWithoutArgumentExplainTheTopFinding() throws Exception {
        Script s = Script.over(ACLS);
        Finding top = s.session.diagnosis().rootCauses().get(0);
        String why = s.run("why");
        assertThat(why).doesNotContain("error:").contains(top.id() + " @" + top.tunnel()).contains("<- rule");
        String whyNot = s.run("whynot");
        Finding topHypothesis = ExplainCommands.top(s.session.diagnosis(), true);
        assertThat(whyNot).doesNotContain("error:").contains("(the top finding: " + topHypothesis.id() + "@" + topHypothesis.tunnel() + ")")
                .contains(topHypothesis.id() + ": ");
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() throws Exception {
        Script s = Script.over(ACLS);
        assertThat(s.run("diagnoes")).contains("unknown command 'diagnoes'").contains("did you mean 'diagnose'?");
        assertThat(s.run("whyy PSK_MISMATCH")).contains("did you mean 'why'?");
        assertThat(s.run("zzzzzzzz")).contains("unknown command").doesNotContain("did you mean");
    }

    @Test
    void assumeCompletesFromTheConfigLinesOfThatSide() throws Exception {
        Script s = Script.over(ACLS);
        Completions c = new Completions(s.dispatcher);
        // "assume peer access-list l2l " -> the next word of the peer's own access-list l2l lines
        List<Completions.Item> next = c.complete(List.of("assume", "peer", "access-list", "l2l", ""), 4);
        assertThat(next).extracting(Completions.Item::value).contains("permit");
        List<Completions.Item> first = c.complete(List.of("assume", "peer", ""), 2);
        assertThat(first).extracting(Completions.Item::value).contains("access-list", "no", "isakmp");
        // after "no", the words of lines that exist, so a removal can be typed by Tab
        List<Completions.Item> no = c.complete(List.of("assume", "local", "no", ""), 3);
        assertThat(no).extracting(Completions.Item::value).contains("access-list");
        // local and peer differ: an address only in the peer config is not offered for local
        List<Completions.Item> acl = c.complete(List.of("assume", "peer", "access-list", "l2l", "permit", "ip", ""), 6);
        assertThat(acl).extracting(Completions.Item::value).contains("10.183.0.0");
        List<Completions.Item> lacl = c.complete(List.of("assume", "local", "access-list", "l2l", "permit", "ip", ""), 6);
        assertThat(lacl).extracting(Completions.Item::value).doesNotContain("10.183.0.0");
    }

    @Test
    void factCompletionCarriesTheFactsDescription() throws Exception {
        Script s = Script.over(ACLS);
        Completions c = new Completions(s.dispatcher);
        List<Completions.Item> facts = c.complete(List.of("retract", ""), 1);
        assertThat(facts).isNotEmpty();
        assertThat(facts).allSatisfy(i -> assertThat(i.description()).isNotBlank());
        assertThat(facts).anySatisfy(i -> assertThat(i.description()).contains("l2l"));
        List<Completions.Item> why = c.complete(List.of("why", ""), 1);
        assertThat(why).anySatisfy(i -> {
            assertThat(i.value()).isEqualTo("ENCRYPTION_DOMAIN_MISMATCH");
            assertThat(i.description()).contains("root cause");
        });
    }

    @Test
    void whyNotSpeaksInWordsAndShowsPatternsOnlyOnRequest() throws Exception {
        Script s = Script.over(ACLS);
        String plain = s.run("whynot PSK_MISMATCH");
        assertThat(plain).contains("needs").contains("missing:")
                .doesNotContain("LogEvent(").doesNotContain("Symptom(");
        String rules = s.run("whynot PSK_MISMATCH --rules");
        assertThat(rules).contains("        when ").contains("Symptom(");
    }

    @Test
    void assumeRefusesALineTheParserCannotReadAndKeepsTheGoodOne() throws Exception {
        Script s = Script.over(ACLS);
        assertThat(s.session.diagnosis().rootCauseIds()).contains("ENCRYPTION_DOMAIN_MISMATCH");
        String before = s.session.state().peer().text();
        // the same ACL entry with an unreadable mask: it would replace line 20 and drop the entry
        String out = s.run("assume peer access-list l2l permit ip 10.183.0.0 255.255.255.x 10.83.0.0 255.255.255.0");
        assertThat(out).contains("error:").contains("cannot read").contains("nothing changed");
        assertThat(s.session.state().peer().text()).isEqualTo(before);
        assertThat(s.session.diagnosis().rootCauseIds()).contains("ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(s.run("undo")).contains("nothing to undo");
    }
}
