package vpndoctor.parse.log;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vpndoctor.model.EventKind;

/**
 * The IOS/IOS-XE VPN message catalogue (catalog/ios-messages.tsv): what each "%FACILITY-n-MNEMONIC"
 * is. The message parser reads it when no wording rule recognizes a line, and the relevance filter
 * takes its mnemonics as keywords. One table, two readers. A message is looked up by facility and
 * mnemonic: the severity a release logs it at does not change what it is.
 */
final class IosCatalogue {
    enum Kind {
        /** Shows a fault; {@link Entry#event} is the kind it stands for (null: no rule reads it yet). */
        SYMPTOM,
        /** Normal negotiation or overlay state. */
        PROGRESS,
        /** Harmless on its own. */
        BENIGN,
        /** A user's remote-access session (Easy VPN client). */
        REMOTE_ACCESS,
        /** Device internals (crypto engine, PKI enrollment, CA server, GDOI). */
        NOT_S2S;

        static Kind of(String s) {
            return valueOf(s.toUpperCase().replace('-', '_'));
        }
    }

    /**
     * One row. tag: "CRYPTO-4-RECVD_PKT_INV_SPI" as the table writes it; key: "CRYPTO-RECVD_PKT_INV_SPI".
     * interfaceScoped: a LINEPROTO/LINK message, about a VPN only when its interface is a tunnel.
     */
    record Entry(String tag, String key, String mnemonic, int severity, Kind kind, EventKind event, String meaning) {
        boolean interfaceScoped() {
            return key.startsWith("LINEPROTO-") || key.startsWith("LINK-");
        }

        /** An IKEv2 message by its name: facility IKEV2, or a CRYPTO mnemonic about IKEv2 (IKEV2_SESSION_STATUS). */
        boolean ikev2() {
            return key.startsWith("IKEV2-") || mnemonic.startsWith("IKEV2_");
        }
    }

    static final String RESOURCE = "catalog/ios-messages.tsv";
    private static final Map<String, Entry> BY_KEY = load();

    private IosCatalogue() {}

    static Map<String, Entry> all() {
        return BY_KEY;
    }

    /**
     * The first "FACILITY-n-MNEMONIC" tag in the text that the table lists, or null. IOS-XE relays data-plane
     * messages inside another one ("%IOSXE-3-PLATFORM: ... %IPSEC-3-HMAC_ERROR: ..."): every tag is tried.
     */
    static Entry find(String t) {
        int from = 0;
        while (true) {
            int dash = t.indexOf('-', from);
            if (dash < 1 || dash + 3 >= t.length()) return null;
            from = dash + 1;
            if (!Character.isDigit(t.charAt(dash + 1)) || t.charAt(dash + 2) != '-') continue;
            int start = dash;
            while (start > 0 && facilityChar(t.charAt(start - 1))) start--;
            // the facility starts a word: "%CRYPTO", " CRYPTO" (the '%' is often lost when pasted), or the line
            if (start == dash || start > 0 && t.charAt(start - 1) != '%' && t.charAt(start - 1) != ' ' && t.charAt(start - 1) != ':') continue;
            int end = dash + 3;
            while (end < t.length() && mnemonicChar(t.charAt(end))) end++;
            if (end == dash + 3) continue;
            Entry e = BY_KEY.get(t.substring(start, dash + 1) + t.substring(dash + 3, end));
            if (e != null) return e;
        }
    }

    /** Whether an interface up/down line is about a tunnel interface (the only interfaces the table's LINK rows mean). */
    static boolean tunnelInterface(String t) {
        return t.contains("Interface Tunnel") || t.contains("interface Tunnel");
    }

    /**
     * The relevance keywords the table brings: "-MNEMONIC" of every row but the interface ones (a LINEPROTO
     * line is relevant through its "Tunnel" interface name, a keyword already, and only then).
     */
    static Set<String> keywords() {
        Set<String> k = new LinkedHashSet<>();
        for (Entry e : BY_KEY.values()) {
            if (!e.interfaceScoped()) k.add("-" + e.mnemonic());
        }
        return k;
    }

    private static boolean facilityChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean mnemonicChar(char c) {
        return facilityChar(c);
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> m = new TreeMap<>();
        CatalogueTsv.read(RESOURCE, 6, (n, f) -> {
            String[] tag = f[0].split("-", 3);
            if (tag.length != 3 || !tag[1].equals(f[1])) throw CatalogueTsv.at(RESOURCE, n, "expected FACILITY-severity-MNEMONIC, severity as in column 2");
            EventKind event = f[3].equals("-") ? null : EventKind.valueOf(f[3]);
            String key = tag[0] + "-" + tag[2];
            if (m.put(key, new Entry(f[0], key, tag[2], Integer.parseInt(f[1]), Kind.of(f[2]), event, f[4])) != null) {
                throw CatalogueTsv.at(RESOURCE, n, "duplicate message " + key);
            }
        });
        return Collections.unmodifiableMap(m);
    }
}
