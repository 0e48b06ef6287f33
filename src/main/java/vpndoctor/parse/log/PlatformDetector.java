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
        Platform strong = strong(m);
        if (strong != null) {
            ctx.platform = strong;
            return strong;
        }
        if (ctx.platform != null) return ctx.platform;
        if (m.contains("IKEv2")) return Platform.IOS;
        String l = m.toLowerCase(java.util.Locale.ROOT);
        if (l.contains("isakmp") || l.contains("isamkp") || l.contains("ipsec") || l.contains("isadb")
                || l.contains("return status is") || l.contains("reserved not zero") || l.contains("unable to fragment")) {
            return Platform.PIX; // the shared debug wording; PIX is where the field guide meets it
        }
        return Platform.UNKNOWN;
    }

    private static Platform strong(String m) {
        if (m.contains("%ASA-") || m.contains("%FTD-") || m.contains("%FWSM-")) return Platform.ASA;
        if (m.contains("%PIX-")) return Platform.PIX;
        // IOS-XE 16+ puts a space before the connection id ("ISAKMP: (1003):", "ISAKMP-ERROR: (0):"); PIX writes "ISAKMP (0):"
        if (MessageParser.isIosCrypto(m) || m.contains("ISAKMP:(") || m.contains("IKEv2:(") || m.contains("ISAKMP: (")
                || m.contains("ISAKMP-ERROR: (")) return Platform.IOS;
        if (m.startsWith("IP = ") || m.startsWith("Group = ") || m.contains("IKEv2-PLAT")
                || m.contains("[IKEv1") || (m.contains("Group = ") && m.contains(", IP = "))) return Platform.ASA;
        if (m.contains("crypto_isakmp_process_block") || m.contains("VPN Peer:") || m.contains("OAK_")) return Platform.PIX;
        return null;
    }
}
