package vpndoctor.parse.log;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import vpndoctor.model.EventKind;

/**
 * The ASA/FTD VPN message catalogue (catalog/asa-messages.tsv): what each VPN message id is. The
 * syslog parser reads it when no wording rule recognizes a line's text, and both the full path and
 * the fast path ({@link LineScan}) ask it which ids are VPN messages. One table, two readers.
 */
final class AsaCatalogue {
    enum Kind {
        /** Shows a fault; {@link Entry#event} is the kind it stands for (null: no rule reads it yet). */
        SYMPTOM,
        /** Normal negotiation. */
        PROGRESS,
        /** Harmless on its own. */
        BENIGN,
        /** A user's remote-access session (AnyConnect, clientless, IPsec clients, AAA, address assignment). */
        REMOTE_ACCESS,
        /** Device internals (crypto engine, failover, memory): not a site-to-site matter. */
        NOT_S2S,
        /** A generic id whose text says what happened: only the wording rules can read it. */
        CARRIER;

        static Kind of(String s) {
            return valueOf(s.toUpperCase().replace('-', '_'));
        }
    }

    record Entry(String id, int severity, Kind kind, EventKind event, String meaning) {}

    static final String RESOURCE = "catalog/asa-messages.tsv";
    private static final Map<String, Entry> BY_ID = load();
    /** The same entries by number, for the fast path (which reads ids from bytes). */
    private static final Entry[] BY_NUMBER = byNumber();

    private AsaCatalogue() {}

    static Entry get(String id) {
        return id == null ? null : BY_ID.get(id);
    }

    static Entry get(int id) {
        int i = id - 100_000;
        return i < 0 || i >= BY_NUMBER.length ? null : BY_NUMBER[i];
    }

    static Map<String, Entry> all() {
        return BY_ID;
    }

    /**
     * Whether an id is a VPN message whose unknown wordings the user should see: every listed id but
     * device internals, and unlisted ids of the IKE/IPsec families (402, 602, 702, 713-715, 750-752).
     * Not every 7xxxxx id: 710xxx (SSH/HTTP management), 711xxx, 725xxx (SSL) are not VPN messages.
     */
    static boolean vpnMessage(int id) {
        Entry e = get(id);
        if (e != null) return e.kind != Kind.NOT_S2S;
        int family = id / 1000;
        return family == 402 || family == 602 || family == 702 || family >= 713 && family <= 715 || family >= 750 && family <= 752;
    }

    static boolean vpnMessage(String id) {
        if (id == null || id.length() != 6) return false;
        for (int i = 0; i < 6; i++) {
            if (!Character.isDigit(id.charAt(i))) return false;
        }
        return vpnMessage(Integer.parseInt(id));
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> m = new TreeMap<>();
        CatalogueTsv.read(RESOURCE, 6, (n, f) -> {
            EventKind event = f[3].equals("-") ? null : EventKind.valueOf(f[3]);
            int severity = f[1].equals("-") ? -1 : Integer.parseInt(f[1]);
            if (m.put(f[0], new Entry(f[0], severity, Kind.of(f[2]), event, f[4])) != null) {
                throw CatalogueTsv.at(RESOURCE, n, "duplicate id " + f[0]);
            }
        });
        return Collections.unmodifiableMap(m);
    }

    private static Entry[] byNumber() {
        Entry[] a = new Entry[900_000];
        for (Entry e : BY_ID.values()) a[Integer.parseInt(e.id) - 100_000] = e;
        return a;
    }
}
