package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * PIX/ASA NAT and connection messages (305xxx, 302xxx): evidence that VPN traffic reached the
 * firewall, was translated, or died. Host addresses are kept without ports so repeats aggregate.
 */
final class NatConnRules {
    private static final String END = "([\\w.-]+):([\\d.]+)(?:/\\d+)?";

    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;
    /** IOS 'debug ip nat' opens each line with "NAT:" or, fast-switched, "NAT*:" (optionally a VRF or direction tag before the colon). */
    private static final String IOS_NAT = "(?:^|\\s)NAT\\*?(?:\\(\\w+\\))?: ";

    static final List<Rule> RULES = List.of(
        // IOS debug ip nat (Cisco 'Verifying NAT Operation and Basic NAT Troubleshooting'): one line per packet translated;
        // needles for both forms, "NAT:" and the fast-switched "NAT*:"
        iosSourceNat("nat:"), iosSourceNat("nat*:"), iosDestinationNat("nat:"), iosDestinationNat("nat*:"),
        // "NAT: translation failed (A), dropping packet s=X d=Y": the packet needed a translation it could not get
        Rule.re("translation failed", IOS_NAT + "translation failed.*?\\bs=" + ADDR + ",? d=" + ADDR, NAT_NO_TRANSLATION,
                (m, o) -> o.addr("src", m.group(1)).addr("dst", m.group(2)), "detail", "translation failed"),
        // the packet before translation ("NAT: i: tcp (A, p) -> (B, p) [id]", "o:"), ports and lists allocated, entries expiring
        Rule.re("nat:", IOS_NAT, null, null), Rule.re("nat*:", IOS_NAT, null, null),
        Rule.re("no translation group found", "found for (\\w+) src " + END + " dst " + END, NAT_NO_TRANSLATION,
                (m, o) -> o.attr("proto", m.group(1).toLowerCase()).attr("srcIf", m.group(2)).addr("src", m.group(3))
                        .attr("dstIf", m.group(4)).addr("dst", m.group(5))),
        Rule.of("no translation group found", NAT_NO_TRANSLATION),
        Rule.re("translation creation failed", "translation creation failed for (\\w+) src " + END + " dst " + END,
                NAT_NO_TRANSLATION, (m, o) -> o.attr("proto", m.group(1).toLowerCase()).attr("srcIf", m.group(2))
                        .addr("src", m.group(3)).attr("dstIf", m.group(4)).addr("dst", m.group(5)), "detail", "translation creation failed"),
        Rule.of("no trans", NAT_NO_TRANSLATION),
        // needles are the regexes' own fixed words, so the common connection lines skip the translation regex
        Rule.re("translation from", "Built (static|dynamic|identity)? ?(?:(\\w+) )?translation from " + END + " to " + END, XLATE_BUILT,
                (m, o) -> o.attr("type", m.group(1) == null ? null : m.group(1).toLowerCase())
                        .attr("proto", m.group(2) == null ? null : m.group(2).toLowerCase())
                        .attr("fromIf", m.group(3)).addr("from", m.group(4)).attr("toIf", m.group(5)).addr("to", m.group(6))),
        Rule.ignore("teardown static translation"),
        Rule.ignore("teardown dynamic"),
        Rule.ignore("teardown identity translation"),
        Rule.re("built", "Built (inbound|outbound) (\\w+) connection \\S+ for " + END + ".*? to " + END, CONN_BUILT,
                (m, o) -> o.attr("direction", m.group(1)).attr("proto", m.group(2).toLowerCase())
                        .attr("srcIf", m.group(3)).addr("src", m.group(4)).attr("dstIf", m.group(5)).addr("dst", m.group(6))),
        Rule.re("teardown", "Teardown (\\w+) connection \\S+ for " + END + " to " + END + "(?: duration \\S+ bytes \\d+)? ?(.*)$", CONN_TEARDOWN,
                NatConnRules::teardown)
    );

    private NatConnRules() {}

    /** "NAT: s=A->B, d=C [id]": the packet's source A is translated to B on its way to C. */
    private static Rule iosSourceNat(String needle) {
        return Rule.re(needle, IOS_NAT + "s=" + ADDR + "\\s*->\\s*" + ADDR + ", d=" + ADDR + "(?!\\s*->)", NAT_TRANSLATED,
                (m, o) -> o.addr("src", m.group(1)).addr("to", m.group(2)).addr("dst", m.group(3)), "natSide", "source");
    }

    /** "NAT: s=A, d=B->C [id]": the packet's destination B is translated to C (the return path of a source translation, or a static). */
    private static Rule iosDestinationNat(String needle) {
        return Rule.re(needle, IOS_NAT + "s=" + ADDR + ", d=" + ADDR + "\\s*->\\s*" + ADDR, NAT_TRANSLATED,
                (m, o) -> o.addr("src", m.group(1)).addr("dst", m.group(2)).addr("to", m.group(3)), "natSide", "destination");
    }

    private static void teardown(java.util.regex.Matcher m, Parsed o) {
        String reason = m.group(6).trim();
        int paren = reason.indexOf(" (");
        if (paren > 0) reason = reason.substring(0, paren); // "(user)" suffixes vary per connection
        if (reason.equalsIgnoreCase("SYN Timeout")) o.is(SYN_TIMEOUT);
        else o.attr("reason", reason.isEmpty() ? "none" : reason);
        o.attr("proto", m.group(1).toLowerCase()).attr("srcIf", m.group(2)).addr("src", m.group(3))
                .attr("dstIf", m.group(4)).addr("dst", m.group(5));
    }

    /** Whether an event of this kind is a connection or NAT report (it carries its firewall's host as its device). */
    static boolean kind(vpndoctor.model.EventKind k) {
        return k == CONN_BUILT || k == CONN_TEARDOWN || k == SYN_TIMEOUT || k == XLATE_BUILT || k == NAT_NO_TRANSLATION || k == NAT_TRANSLATED;
    }
}
