package vpndoctor.parse.log;

import vpndoctor.model.Platform;

/**
 * Which device family wrote a line. Syslog mnemonics and some debug styles are unambiguous and set
 * the source's platform; shared debug forms ("ISAKMP (0):", "IPSEC(") take the platform already
 * established for the source, else the family that most often prints them.
 */
final class PlatformDetector {
    private PlatformDetector() {}

    static Platform detect(String m, SourceContext ctx) {
        return detect(strong(m), m, ctx);
    }

    /** As {@link #detect(String, SourceContext)}, given {@link #strong} of the text (made ahead by {@link PreParsed}). */
    static Platform detect(Platform strong, String m, SourceContext ctx) {
        ctx.platformGuessed = false;
        if (strong != null) {
            // an FTD's diagnostic CLI debugs and logs in the ASA's words: after an "%FTD-" line of the source they
            // stay the FTD's, unless the line is itself an ASA's syslog message (two devices in one log)
            if (strong == Platform.ASA && ctx.platform == Platform.FTD && m != null && !asaSyslog(m)) return Platform.FTD;
            ctx.platform = strong;
            return strong;
        }
        if (ctx.platform != null) return ctx.platform;
        Platform show = showTable(m);
        if (show != null) {
            ctx.platform = show;   // a pasted show table names its family for the lines after it
            return show;
        }
        // guesses from wording several families print: the source's later lines, or the config, may still
        // establish the device's platform (LogEvent.establishPlatform)
        if (m.contains("IKEv2") || IKEV2_ROW.matcher(m).find()) {
            ctx.platformGuessed = true;
            return Platform.IOS;
        }
        String l = m.toLowerCase(java.util.Locale.ROOT);
        if (l.contains("isakmp") || l.contains("isamkp") || l.contains("ipsec") || l.contains("isadb")
                || l.contains("return status is") || l.contains("reserved not zero") || l.contains("unable to fragment")) {
            ctx.platformGuessed = true;
            return Platform.PIX; // the shared debug wording; PIX is where the field guide meets it
        }
        return Platform.UNKNOWN;
    }

    /** IOS prints "dst src state conn-id status" rows in 'show crypto isakmp sa'; ASA (and PIX 7) an "IKE Peer:" block. */
    private static final java.util.regex.Pattern IOS_ISAKMP_ROW =
            java.util.regex.Pattern.compile("^\\s*[0-9a-fA-F.:]+ +[0-9a-fA-F.:]+ +(?:MM|AG|QM)_[A-Z0-9_]+ +\\d+");

    /**
     * A 'show crypto ikev2 sa' row: "Tunnel-id Local Remote fvrf/ivrf Status [Role]". The ASA (and FTD) print the
     * Role column (INITIATOR/RESPONDER), IOS and IOS-XE never do; the split IOS-XE form ("1 none/none READY", its
     * addresses on lines of their own, ShowIkev2Rows) is IOS-XE's only. A row cut before its vrf column says neither.
     */
    private static final java.util.regex.Pattern IKEV2_ROW = java.util.regex.Pattern.compile(
            "^\\s*\\d+ +(?:[0-9a-fA-F.:]+/\\d+ +[0-9a-fA-F.:]+/\\d+ +)?(\\S+/\\S+ +)?(?:READY|IN-NEG|DELETE|UNKNOWN)\\b *(INITIATOR|RESPONDER)?");

    private static Platform ikev2Row(String m) {
        java.util.regex.Matcher r = IKEV2_ROW.matcher(m);
        if (!r.find()) return null;
        if (r.group(2) != null) return Platform.ASA;
        // the vrf column followed by the status and nothing more: IOS's row (one line, or the split form's first)
        if (r.group(1) != null && m.substring(r.end()).isBlank()) return Platform.IOS;
        return null;
    }

    private static Platform showTable(String m) {
        Platform ikev2 = ikev2Row(m);
        if (ikev2 != null) return ikev2;
        if (m.contains("IKE Peer: ") || (m.contains("State   : ") && m.contains("MM_"))) return Platform.ASA;
        if ((m.contains("MM_") || m.contains("QM_") || m.contains("AG_")) && IOS_ISAKMP_ROW.matcher(m).find()) return Platform.IOS;
        return null;
    }

    /** An ASA (or FWSM) syslog message, by its own name. */
    private static boolean asaSyslog(String m) {
        return m.contains("%ASA-") || m.contains("%FWSM-");
    }

    /** The platform the text alone names for certain, or null. */
    static Platform strong(String m) {
        if (asaSyslog(m)) return Platform.ASA;
        if (m.contains("%FTD-")) return Platform.FTD;
        if (m.contains("%PIX-")) return Platform.PIX;
        // IOS-XE 16+ puts a space before the connection id ("ISAKMP: (1003):", "ISAKMP-ERROR: (0):"); PIX writes "ISAKMP (0):"
        if (MessageParser.isIosCrypto(m) || m.contains("ISAKMP:(") || m.contains("IKEv2:(") || m.contains("ISAKMP: (")
                || m.contains("ISAKMP-ERROR: (")) return Platform.IOS;
        if (m.startsWith("IP = ") || m.startsWith("Group = ") || m.contains("IKEv2-PLAT")
                || m.contains("[IKEv1") || (m.contains("Group = ") && m.contains(", IP = "))) return Platform.ASA;
        if (m.contains("crypto_isakmp_process_block") || m.contains("VPN Peer:") || m.contains("OAK_")) return Platform.PIX;
        // IOS 12.3+ writes "ISAKMP (0:2):" as PIX 6 does, but only IOS traces its IKE state machine
        // ("Old State = IKE_I_MM1 New State = IKE_I_MM2", "Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH") and the ports ("my_port 500 peer_port 500")
        if (m.contains("Old State = IKE_") || m.contains("Input = IKE_MESG_") || m.contains(" my_port ")) return Platform.IOS;
        return null;
    }
}
