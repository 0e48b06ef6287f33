package vpndoctor.parse.log;

import java.util.HashMap;
import java.util.Map;
import vpndoctor.model.EventKind;

/**
 * Relates an invalid SPI (ASA/FTD 402114, IOS RECVD_PKT_INV_SPI, PFKEY Invalid SPI) to the SA of that SPI the same
 * device created or deleted. Per source; SPIs compare by {@link SpiKey}.
 * <p>
 * Created after: an ASA/FTD 602303 "SA (SPI= X) ... has been created", or the "sa_spi= X" line of an IOS
 * "IPSEC(create_sa): sa created," listing, for an X reported invalid just before: the peer sent on the new SA before
 * this device had it (Cisco CSCvx23833/CSCwc54984, a rekey race). Only such a line keeps its SPI (spi, spiKey) and gets
 * step "child SA installed" and saWindow: "within" when both lines carry clock times at most {@link #SECONDS} apart,
 * "unclocked" when either has none (then only input order relates them, a weak lead); lines further apart keep nothing.
 * Every other 602303 drops its SPI and every other IOS sa_spi line is no event, so a hub's healthy SAs fold into one
 * event per peer and direction as before (and keep the shape memo's shapes alike).
 * <p>
 * Deleted before: an ASA/FTD 602304 "SA (SPI= X) ... has been deleted" or the "sa_spi= X" line of an IOS
 * "IPSEC(delete_sa): deleting SA," listing is remembered (the line itself keeps no SPI); a later invalid SPI X gets
 * spiDeleted: "seconds" (clock times at most {@link #SECONDS} apart: the old SA's last packets), "later" (clocked,
 * further apart: the peer still sends on an SA this device no longer has) or "unclocked" (input order only).
 * <p>
 * One device's lines may be in several files of a case (a syslog server's file and a console debug of one ASA): the
 * entries are kept in one {@link Book} for all the sources read together, under the device a line names (its syslog
 * host) and under the device's own address it names (402114's "to", 602304's "between A", RECVD_PKT_INV_SPI's destaddr:
 * the SA's destination, RFC 4301 4.1). A line of another file relates to an entry only through these, only when no two
 * different device names meet, and only by clock times (two files' line numbers say nothing of order). Host-less lines
 * that name no address stay their file's.
 */
final class SpiLedger {
    /**
     * Seconds between an invalid SPI and its SA's creation (or deletion) for the two to be one event. The race lasts
     * as long as the peer's first packets on the new SA precede this device's install (milliseconds to a second or
     * two), an old SA's stragglers as long as packets are in flight; syslog clocks have whole seconds, a relay adds
     * its delay.
     */
    static final int SECONDS = 10;
    /** Without clock times, how many lines on an invalid SPI may precede the SA's creation (TimeWindow's distance). */
    static final int LINES = TimeWindow.LINES;
    /** Lines between an IOS listing's first line and its "sa_spi=" line: "(sa) sa_dest= ..., sa_proto= 50," between. */
    static final int LISTING_LINES = 3;
    /** Entries kept at most per map: invalid SPIs are rare; a flood of random SPIs (or a hub's deletes) must not grow it without end. */
    private static final int MAX = 4096;

    /** An entry's line: its source and device (lower case, "" when the line names none), for the cross-file checks. */
    private record Where(String source, String device, int line) {}

    private interface Entry {
        Where at();
        boolean clocked();
    }

    private record Seen(long seconds, Where at) implements Entry {
        public boolean clocked() { return seconds >= 0; }
    }

    /** A deleted SA: its time kept as printed and parsed only when an invalid SPI asks (deletes are many, matches rare). */
    private record Gone(String time, Where at) implements Entry {
        long seconds() { return TimeWindow.seconds(time); }
        public boolean clocked() { return seconds() >= 0; }
    }

    /** The entries of all the sources read together (one per reader), keyed by scope and SPI (see {@link #put}). */
    static final class Book {
        private final Map<String, Seen> invalid = new HashMap<>();
        private final Map<String, Gone> deleted = new HashMap<>();
    }

    private final Map<String, Seen> invalid;
    private final Map<String, Gone> deleted;
    private final String source;

    /** The ledger of one source, whose entries go into the book shared with the sources read with it. */
    SpiLedger(Book book, String source) {
        this.invalid = book.invalid;
        this.deleted = book.deleted;
        this.source = source;
    }
    /** The open IOS listing ("created" or "deleted"), its device, time and line; null when none. */
    private String listing;
    private String listingDevice;
    private String listingTime;
    private int listingLine;

    /**
     * Notes what a line says about SPIs and decides what its SPI attributes become (parsed is the line's event).
     * False when the line is no event after all (an IOS "sa_spi=" line that relates to nothing).
     */
    boolean note(Parsed parsed, String time, int line) {
        // only the kinds the listing rules give carry it (no map lookup on every other event line)
        EventKind k = parsed.kind;
        String op = k == EventKind.P2_COMPLETED || k == EventKind.SA_CLEARED || k == EventKind.IKE_TRACE ? parsed.attrs.remove("saListing") : null;
        String device = parsed.device == null ? "" : parsed.device.toLowerCase(java.util.Locale.ROOT);
        if ("created".equals(op) || "deleted".equals(op)) {
            listing = op;
            listingDevice = device;
            listingTime = time;
            listingLine = line;
        }
        String key = parsed.attrs.get("spiKey");
        if ("spi".equals(op)) return listed(parsed, key, device, line);
        if (key == null) return true;
        if (op != null) listing = null; // a listing printed on one line (joined, or a relay's) names its SPI itself
        Where at = new Where(source, device, line);
        String local = parsed.local;
        if (parsed.kind == EventKind.INVALID_SPI) {
            if (invalid.size() >= MAX) invalid.clear();
            Seen now = new Seen(TimeWindow.seconds(time), at);
            if (!invalid.containsKey(scope(device) + ' ' + key)) put(invalid, at, local, key, now);
            Gone gone = get(deleted, at, local, key, time);
            long then = gone == null ? -1 : gone.seconds();
            if (gone != null) parsed.attr("spiDeleted", then < 0 || now.seconds() < 0 ? "unclocked"
                    : now.seconds() - then <= SECONDS ? "seconds" : "later");
            return true;
        }
        if (parsed.kind == EventKind.SA_CLEARED) {
            forget(at, local, key, time);
            dropSpi(parsed);
            return true;
        }
        if (parsed.kind == EventKind.P2_COMPLETED) created(parsed, at, local, key, time);
        return true;
    }

    /** An IOS listing's "sa_spi= X" line: the SA its listing created or deleted. */
    private boolean listed(Parsed parsed, String key, String device, int line) {
        String op = listing;
        // the "sa_spi=" line is an undated continuation: it names no device of its own when its listing's first line
        // came through a relay that named one ("Mar 3 10:40:52 nocbox logger: IPSEC(delete_sa): ..."); it is that device's
        boolean ours = op != null && key != null && line - listingLine <= LISTING_LINES && (device.isEmpty() || device.equals(listingDevice));
        listing = null;
        if (!ours) return false;
        Where at = new Where(source, listingDevice, listingLine);
        if ("deleted".equals(op)) {
            forget(at, parsed.local, key, listingTime);
            return false;
        }
        // a P2_COMPLETED like 602303, never a debug trace: only the clocked window makes it the race (rules read saWindow)
        parsed.kind = EventKind.P2_COMPLETED;
        created(parsed, at, parsed.local, key, listingTime);
        return parsed.attrs.containsKey("spiKey");
    }

    private void forget(Where at, String local, String key, String time) {
        if (deleted.size() >= MAX) deleted.clear();
        put(deleted, at, local, key, new Gone(time, at));
    }

    /*
     * One device's lines may name it on some lines only: through a relay that names its host, the syslog messages
     * (%CRYPTO-4-RECVD_PKT_INV_SPI) carry the host and the debug lines of the same file (IPSEC(delete_sa) and its
     * sa_spi line) none. An entry is kept under its device ("n:" and the name, any file) or, naming none, its file's
     * host-less lines ("h:"), under its file ("f:": any device of it) and under the own address it names ("a:", any
     * file). A line with no device finds an entry of its file; a line with a device its own device's or a host-less
     * one of its file; then either the entry of its own address. From another file only a clocked entry for a clocked
     * line, and never across two different device names. SPIs are random 32-bit numbers: two devices' entries of one
     * SPI under one address or in one file are not expected.
     */
    private <V> void put(Map<String, V> map, Where at, String local, String key, V value) {
        map.put(scope(at.device()) + ' ' + key, value);
        map.put("f:" + source + ' ' + key, value);
        if (local != null) map.put("a:" + local + ' ' + key, value);
    }

    private <V extends Entry> V get(Map<String, V> map, Where asker, String local, String key, String time) {
        String device = asker.device();
        V v = map.get(scope(device) + ' ' + key);
        if (usable(v, device, time)) return v;
        v = map.get((device.isEmpty() ? "f:" + source : "h:" + source) + ' ' + key);
        if (v != null) return v;
        if (local == null) return null;
        v = map.get("a:" + local + ' ' + key);
        return usable(v, device, time) ? v : null;
    }

    /** "n:" and the device, or "h:" and this source for a line that names none. */
    private String scope(String device) {
        return device.isEmpty() ? "h:" + source : "n:" + device;
    }

    /** Whether an entry found by device name or address is this line's: its own file's, or clock times on both; never another name's. */
    private boolean usable(Entry v, String device, String time) {
        if (v == null) return false;
        Where at = v.at();
        if (!device.isEmpty() && !at.device().isEmpty() && !device.equals(at.device())) return false;
        return at.source().equals(source) || v.clocked() && TimeWindow.seconds(time) >= 0;
    }

    /** A created SA's SPI: kept, with its window, only when this device reported it invalid just before. */
    private void created(Parsed parsed, Where at, String local, String key, String time) {
        Seen before = get(invalid, at, local, key, time);
        long now = before == null ? -1 : TimeWindow.seconds(time); // parsed only for the rare SPI reported invalid before
        String window = before == null ? null
                : before.seconds() >= 0 && now >= 0 ? (Math.abs(now - before.seconds()) <= SECONDS ? "within" : null)
                : before.at().source().equals(source) && at.line() - before.at().line() <= LINES ? "unclocked" : null;
        if (window == null) {
            dropSpi(parsed);
            return;
        }
        parsed.attr("step", "child SA installed").attr("saWindow", window);
    }

    private static void dropSpi(Parsed parsed) {
        parsed.attrs.remove("spi");
        parsed.attrs.remove("spiKey");
    }
}
