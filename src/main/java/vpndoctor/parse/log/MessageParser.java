package vpndoctor.parse.log;

import java.util.List;

/**
 * Routes one message to its family by cheap markers, so each line runs only the rules that can
 * match it. Answers whether the message was recognized, recognized-but-uninteresting, or unknown;
 * for unknown ones it also says whether they look like VPN output (then the user should see them).
 */
final class MessageParser {
    enum Outcome { EVENT, IGNORED, UNRECOGNIZED, IRRELEVANT }

    private static final List<List<Rule>> DEBUG_ORDER = List.of(
            PeerLogRules.RULES, IpsecDebugRules.RULES, IsakmpDebugRules.RULES, AsaIkeRules.RULES);
    private static final List<List<Rule>> ASA_DEBUG_ORDER = List.of(
            PeerLogRules.RULES, AsaIkeRules.RULES, IpsecDebugRules.RULES, IsakmpDebugRules.RULES);
    private static final String[] VPN_WORDS = {
        "isakmp", "isamkp", "ipsec", "ikev2", "ike ", "ike:", "ike_", "crypto", "vpn peer", "oak_", "(key eng",
        "group = ", "ip = ", "transform", "notify", "proxy", "phase 1", "phase 2",
    };

    private MessageParser() {}

    static Outcome parse(Msg msg, Parsed out) {
        String t = msg.text;
        int at = syslogMarker(t);
        if (at >= 0) {
            String id = AsaSyslogParser.id(t, at);
            int colon = t.indexOf(':', at);
            Msg body = colon < 0 ? new Msg("") : msg.tail(colon + 1);
            return switch (AsaSyslogParser.parse(id, body, out)) {
                case MATCH -> outcome(out);
                case IGNORE -> Outcome.IGNORED;
                case NONE -> AsaSyslogParser.vpnFamily(id) ? Outcome.UNRECOGNIZED : Outcome.IRRELEVANT;
            };
        }
        // an IOS message the catalogue lists: what it is when no wording rule below says more
        IosCatalogue.Entry ios = t.indexOf('-') < 0 ? null : IosCatalogue.find(t);
        if (ios != null) {
            // a LINEPROTO/LINK row is about tunnel interfaces only; a user's session or the device's internals are no tunnel's fault
            if (ios.interfaceScoped()) return IosCatalogue.tunnelInterface(t) ? byIosCatalogue(ios, msg, out) : Outcome.IRRELEVANT;
            if (ios.kind() == IosCatalogue.Kind.REMOTE_ACCESS || ios.kind() == IosCatalogue.Kind.NOT_S2S) return Outcome.IGNORED;
        }
        if (isIosCrypto(t)) {
            if (msg.has("ikev2") && Ikev2Rules.parse(msg, out)) return outcome(out);
            if (Rule.first(IosCryptoRules.RULES, msg, out)) return outcome(out);
            return ios != null ? byIosCatalogue(ios, msg, out) : Outcome.UNRECOGNIZED;
        }
        // a GRE/DMVPN or data-plane message the catalogue lists whose wording names the fault or the SA's addresses
        if (ios != null && (Rule.first(IosOverlayRules.RULES, msg, out) || Rule.first(IosDataPlaneRules.RULES, msg, out))) return outcome(out);
        // an IOS message of another facility (%DOT1X-5-FAIL, %LINK-3-UPDOWN...) is not IKE debug, whatever its words
        if (ios == null && otherIosFacility(t)) return Outcome.IRRELEVANT;
        // "KEv2-PLAT-3: RECV PKT ...": the first line of a capture, its first letter cut off
        if ((msg.has("ikev2") || msg.text.startsWith("KEv2-")) && Ikev2Rules.parse(msg, out)) return outcome(out);
        if (Ikev2Rules.payloadDump(msg, out)) return outcome(out);
        if (PkiDebugRules.isPkiDebug(t) && Rule.first(PkiDebugRules.RULES, msg, out)) return outcome(out);
        // ASA debug, bare or with its "[IKEv1]: " / "[IKEv1 DEBUG]: " tag (8.x and later)
        boolean asaDebug = t.startsWith("IP = ") || t.startsWith("Group = ") || t.startsWith("[IKEv1");
        for (List<Rule> family : asaDebug ? ASA_DEBUG_ORDER : DEBUG_ORDER) {
            if (Rule.first(family, msg, out)) return outcome(out);
        }
        if (ios != null) return byIosCatalogue(ios, msg, out);
        out.tunnelless = true;
        if (Rule.first(NatConnRules.RULES, msg, out)) return outcome(out);
        return looksVpn(msg) ? Outcome.UNRECOGNIZED : Outcome.IRRELEVANT;
    }

    /**
     * A listed IOS message whose wording no rule reads: the catalogue says what it is. A symptom or
     * progress row becomes its event kind (or a trace naming the message when no rule reads it yet);
     * a symptom read from its mnemonic alone votes only when the line names an address (a line cut
     * before its values, or a PKI message that names no tunnel, shows the message exists, not which
     * tunnel failed). Benign rows are recognized and dropped.
     */
    private static Outcome byIosCatalogue(IosCatalogue.Entry e, Msg msg, Parsed out) {
        switch (e.kind()) {
            case SYMPTOM, PROGRESS -> {
                boolean named = Parsed.address(PeerFinder.find(msg.text)) != null;
                boolean votes = e.event() != null && (e.kind() == IosCatalogue.Kind.PROGRESS || named);
                if (votes) out.is(e.event()); else out.is(vpndoctor.model.EventKind.IKE_TRACE).attr("step", e.meaning());
                if (e.kind() == IosCatalogue.Kind.SYMPTOM && e.event() == null) out.attr("unexplained", "true");
                // a trace that names no peer (a PKI or data-plane report, a DMVPN line in its own address layout)
                // is tied to no tunnel: it neither borrows the peer of the lines around it nor lends one
                if (!votes && !named) out.tunnelless = true;
                out.attr("msgId", e.key());
                // an IKEv2 message says so by its name, whatever its text (rules tell IKEv2 from IKEv1 by it)
                if (e.ikev2()) out.attr("ikev", "2");
                return outcome(out);
            }
            default -> {
                return Outcome.IGNORED;
            }
        }
    }

    /**
     * Every matched rule ends here: an ignore rule (no kind) gives IGNORED, any other match must have
     * set a kind, so an EVENT always has one (a rule table bug is named, not stored as a kind-less event).
     */
    private static Outcome outcome(Parsed out) {
        if (out.ignore) return Outcome.IGNORED;
        if (out.kind == null) throw new IllegalStateException("a rule matched but set no event kind");
        return Outcome.EVENT;
    }

    private static final java.util.regex.Pattern IOS_TAG = java.util.regex.Pattern.compile("%([A-Z][A-Z0-9_]*)-\\d-[A-Z0-9_]+:");
    /** IOS facilities whose messages are about IKE, IPsec, certificates or tunnels. */
    private static final String[] VPN_FACILITIES = {"CRYPTO", "IKE", "ISAKMP", "IPSEC", "PKI", "VPN", "NHRP", "DMVPN", "TUN", "GRE"};

    /** The line carries an IOS "%FACILITY-n-MNEMONIC:" tag of a facility that is not a VPN one. */
    static boolean otherIosFacility(String t) {
        if (t.indexOf('%') < 0) return false;
        java.util.regex.Matcher m = IOS_TAG.matcher(t);
        if (!m.find()) return false;
        String facility = m.group(1);
        for (String f : VPN_FACILITIES) {
            if (facility.contains(f)) return false;
        }
        return true;
    }

    /** IOS "%CRYPTO-n-MNEMONIC" (the '%' is often lost when messages are pasted into documents). */
    static boolean isIosCrypto(String t) {
        int i = t.indexOf("CRYPTO-");
        return i >= 0 && i + 8 < t.length() && Character.isDigit(t.charAt(i + 7)) && t.charAt(i + 8) == '-'
                && (i == 0 || t.charAt(i - 1) == '%' || t.charAt(i - 1) == ' ');
    }

    /** Index of "%ASA-", "%FTD-" (Firepower Threat Defense logs the ASA's messages), "%PIX-" or "%FWSM-", or -1. */
    static int syslogMarker(String t) {
        int i = t.indexOf("%ASA-");
        if (i < 0) i = t.indexOf("%FTD-");
        if (i < 0) i = t.indexOf("%PIX-");
        if (i < 0) i = t.indexOf("%FWSM-");
        return i;
    }

    private static boolean looksVpn(Msg msg) {
        for (String w : VPN_WORDS) {
            if (msg.lower.contains(w)) return true;
        }
        return false;
    }
}
