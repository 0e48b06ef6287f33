package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;

/** Which attributes' addresses a shape may leave out, read from how the rules use them (AddressShapes). */
class AddressShapesTest {
    private static AddressShapes rules(String... rules) {
        StringBuilder b = new StringBuilder("package t;\nimport vpndoctor.model.*;\n");
        int i = 0;
        for (String r : rules) b.append("rule \"r").append(i++).append("\"\n    @description(\"d\")\n").append(r).append("end\n\n");
        return AddressShapes.of(List.of(new RuleFile("t/x.drl", "t/x.drl", b.toString(), false)));
    }

    private static String when(String condition, String then) {
        return "when\n    " + condition + "\nthen\n    " + then + "\n";
    }

    @Test
    void theBundledRulesLeaveTheProxiesOutAndKeepWhatTheyComputeWith() {
        AddressShapes a = AddressShapes.of(Engine.of(TestDoctor.get()).ruleFiles());
        assertThat(a).isNotNull();
        // compared only with the tunnel ($r.equals($t + "/32")), printed into supports' reasons; read by config rules that never fire on logs alone
        assertThat(a.opaque("remoteProxy")).isTrue();
        assertThat(a.opaque("localProxy")).isTrue();
        // matched by a regular expression (show-output.drl), given to FlowFunctions, read by Java by name
        assertThat(a.opaque("remoteIdent")).isFalse();
        assertThat(a.opaque("src")).isFalse();
        assertThat(a.opaque("ikev")).isFalse();
        assertThat(a.opaque("reportedBy")).isFalse();
    }

    @Test
    void equalityAndPrintingIntoAReasonLeaveAnAttributeOpaque() {
        assertThat(rules(when("$e : LogEvent( kind == \"A\", attr(\"net\") != \"\", attr(\"net\") != \"0.0.0.0/0\", $t : tunnel )",
                "insertLogical( new Support(\"C\", $t, 0.5, \"proposed \" + $e.attr(\"net\") + \" here\") );"))
                .opaque("net")).isTrue();
        assertThat(rules(when("$e : LogEvent( kind == \"A\", $n : attr(\"net\"), $t : tunnel )\n    eval( $n.equals($t + \"/32\") )",
                "insertLogical( new Symptom(\"S\", $t, $n) );")).opaque("net")).isTrue();
    }

    @Test
    void anyComputationWithTheValueKeepsItWhole() {
        String then = "insertLogical( new Symptom(\"S\", $t) );";
        assertThat(rules(when("LogEvent( kind == \"A\", attr(\"net\") matches \"10\\\\..*\", $t : tunnel )", then)).opaque("net")).isFalse();
        assertThat(rules(when("$e : LogEvent( kind == \"A\", $t : tunnel )\n    eval( $e.attr(\"net\").startsWith(\"10.\") )", then)).opaque("net")).isFalse();
        assertThat(rules(when("LogEvent( kind == \"A\", $n : attr(\"net\"), $t : tunnel )\n    eval( vpndoctor.rules.FlowFunctions.toRemote($n, \"x\") )", then))
                .opaque("net")).isFalse();
        assertThat(rules(when("LogEvent( kind == \"A\", attr(\"net\") > \"10\", $t : tunnel )", then)).opaque("net")).isFalse();
        // compared with a value computed from something else
        assertThat(rules(when("$x : String() from \"a\"\n    LogEvent( kind == \"A\", attr(\"net\") == $x, $t : tunnel )", then)).opaque("net")).isFalse();
    }

    @Test
    void printingKeepsItWholeWhenTheTextIsReadOrGluedOrAdvised() {
        // glued to a token character: the address would not be a whole token of the reason
        assertThat(rules(when("$e : LogEvent( kind == \"A\", $t : tunnel )", "insertLogical( new Support(\"C\", $t, 0.5, \"net:\" + $e.attr(\"net\")) );"))
                .opaque("net")).isFalse();
        // advice is sorted by its text
        assertThat(rules(when("$e : LogEvent( kind == \"A\", $t : tunnel )", "insertLogical( new Recommendation($t, \"C\", \"show \" + $e.attr(\"net\"), \"w\") );"))
                .opaque("net")).isFalse();
        // into a symptom's detail that another rule matches by a regular expression
        String printed = when("$e : LogEvent( kind == \"A\", $t : tunnel )", "insertLogical( new Symptom(\"S\", $t, $e.attr(\"net\")) );");
        assertThat(rules(printed).opaque("net")).isTrue();
        assertThat(rules(printed, when("Symptom( code == \"S\", detail matches \"10.*\", $t : tunnel )", "insertLogical( new Support(\"C\", $t, 0.5, \"x\") );"))
                .opaque("net")).isFalse();
        // given to a method
        assertThat(rules(when("$e : LogEvent( kind == \"A\", $t : tunnel )", "insertLogical( new Symptom(\"S\", $t, String.valueOf($e.attr(\"net\").length())) );"))
                .opaque("net")).isFalse();
    }

    @Test
    void aMentionOutsideTheRulesKeepsItWhole() {
        AddressShapes a = AddressShapes.of(List.of(new RuleFile("t/x.drl", "t/x.drl", """
                package t;
                import vpndoctor.model.*;
                function boolean wide(LogEvent e) { return e.attr("net").endsWith("/8"); }
                """, false)));
        assertThat(a.opaque("net")).isFalse();
        assertThat(a.opaque("other")).isTrue();
    }

    @Test
    void addressesClassesAndRelations() {
        assertThat(AddressShapes.ipv4("10.0.2.0")).isEqualTo(0x0a000200L);
        assertThat(AddressShapes.ipv4("10.0.2")).isEqualTo(-1);
        assertThat(AddressShapes.ipv4("10.0.02.0")).isEqualTo(-1);
        assertThat(AddressShapes.ipv4("256.0.0.0")).isEqualTo(-1);
        assertThat(AddressShapes.maskLike(AddressShapes.ipv4("255.255.255.0"))).isTrue();
        assertThat(AddressShapes.maskLike(AddressShapes.ipv4("0.0.0.0"))).isTrue();
        assertThat(AddressShapes.maskLike(AddressShapes.ipv4("10.0.0.0"))).isFalse();
        assertThat(AddressShapes.net("172.16.2.0/255.255.0.0")).containsExactly(AddressShapes.ipv4("172.16.2.0"), 16);
        assertThat(AddressShapes.hostBits(AddressShapes.net("172.16.2.0/16"))).isTrue();
        assertThat(AddressShapes.hostBits(AddressShapes.net("172.16.0.0/16"))).isFalse();
        assertThat(AddressShapes.classOf(AddressShapes.ipv4("172.31.1.1"))).isEqualTo('p');
        assertThat(AddressShapes.classOf(AddressShapes.ipv4("172.32.1.1"))).isEqualTo('u');
        assertThat(AddressShapes.classOf(AddressShapes.ipv4("203.0.113.9"))).isEqualTo('d');
        assertThat(AddressShapes.relation(AddressShapes.net("10.0.0.0/8"), AddressShapes.net("10.1.0.0/16"))).isEqualTo('>');
        assertThat(AddressShapes.relation(AddressShapes.net("10.1.0.0/16"), AddressShapes.net("10.0.0.0/8"))).isEqualTo('<');
        assertThat(AddressShapes.relation(AddressShapes.net("10.1.0.0/16"), AddressShapes.net("10.2.0.0/16"))).isEqualTo('D');
        assertThat(AddressShapes.relation(AddressShapes.net("10.1.0.0/16"), AddressShapes.net("10.1.0.0/16"))).isEqualTo('E');
        assertThat(AddressShapes.relation(AddressShapes.net("10.1.2.0/16"), AddressShapes.net("10.1.0.0/16"))).isEqualTo('=');
    }
}
