package vpndoctor.parse.log;

import java.util.Locale;

/**
 * One key for an IPsec SPI whichever byte order a message printed it in. The ASA/FTD IKEv2 platform debug
 * can name one SPI in both orders (Cisco CSCvx23833: the new inbound SPI 0xFEFD3E1E, then "PFKEY Invalid SPI
 * for SPI 0x1E3EFDFE", which Cisco calls the same SPI), so rules compare SPIs by this key.
 */
final class SpiKey {
    private SpiKey() {}

    /** "0x1E3EFDFE" and "0xFEFD3E1E" give the same key; null when the text is no 32-bit hex SPI. */
    static String of(String hex) {
        String h = hex.toUpperCase(Locale.ROOT);
        if (h.startsWith("0X")) h = h.substring(2);
        if (h.isEmpty() || h.length() > 8) return null;
        // a loop, not String.matches: every 602303 of a log passes here (SpiLedger), matches compiled a pattern each time
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if ((c < '0' || c > '9') && (c < 'A' || c > 'F')) return null;
        }
        h = "0".repeat(8 - h.length()) + h;
        String swapped = h.substring(6, 8) + h.substring(4, 6) + h.substring(2, 4) + h.substring(0, 2);
        return h.compareTo(swapped) <= 0 ? h : swapped;
    }

    /** The SPI as printed, upper-case hex with "0x", and its order-independent key. */
    static void fill(Parsed out, String hex) {
        String key = of(hex);
        if (key == null) return;
        out.attr("spi", "0x" + hex.toUpperCase(Locale.ROOT).replaceFirst("^0X", "")).attr("spiKey", key);
    }
}
