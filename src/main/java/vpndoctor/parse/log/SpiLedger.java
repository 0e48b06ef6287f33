package vpndoctor.parse.log;

import java.util.HashMap;
import java.util.Map;
import vpndoctor.model.EventKind;

/**
 * Relates an ASA/FTD 602303 "SA (SPI= X) ... has been created" to an invalid SPI (402114, IOS RECVD_PKT_INV_SPI,
 * PFKEY Invalid SPI) the same device reported for X just before: the peer sent on the new SA before this device
 * had it (Cisco CSCvx23833/CSCwc54984, a rekey race). Per source. Only such a 602303 keeps its SPI (spi, spiKey)
 * and gets step "child SA installed" and saWindow: "within" when both lines carry clock times at most
 * {@link #SECONDS} apart, "unclocked" when either has none (then only input order relates them, a weak lead);
 * lines further apart keep nothing. Every other 602303 drops its SPI, so a hub's healthy SAs fold into one event
 * per peer and direction as before (and keep the shape memo's shapes alike). An invalid SPI logged after the
 * SA's delete is the old SA's straggler: the rules read that from input order (602304 before it).
 */
final class SpiLedger {
    /**
     * Seconds between the invalid SPI and the new SA's creation for the two to be one rekey. The race lasts
     * as long as the peer's first packets on the new SA precede this device's install (milliseconds to a
     * second or two); syslog clocks have whole seconds, a relay adds its delay.
     */
    static final int SECONDS = 10;
    /** Without clock times, how many lines on an invalid SPI may precede the SA's creation (TimeWindow's distance). */
    static final int LINES = TimeWindow.LINES;
    /** Entries kept at most: invalid SPIs are rare; a flood of random SPIs must not grow it without end. */
    private static final int MAX = 4096;

    private record Seen(long seconds, int line) {}

    private final Map<String, Seen> invalid = new HashMap<>();

    /** Notes an invalid SPI, or decides what a 602303's SPI attributes become (parsed is the line's event). */
    void note(Parsed parsed, String time, int line) {
        String key = parsed.attrs.get("spiKey");
        if (key == null) return;
        String device = parsed.device == null ? "" : parsed.device;
        if (parsed.kind == EventKind.INVALID_SPI) {
            if (invalid.size() >= MAX) invalid.clear();
            invalid.putIfAbsent(device + ' ' + key, new Seen(TimeWindow.seconds(time), line));
            return;
        }
        if (parsed.kind != EventKind.P2_COMPLETED) return;
        Seen before = invalid.get(device + ' ' + key);
        long now = TimeWindow.seconds(time);
        String window = before == null ? null
                : before.seconds() >= 0 && now >= 0 ? (Math.abs(now - before.seconds()) <= SECONDS ? "within" : null)
                : line - before.line() <= LINES ? "unclocked" : null;
        if (window == null) {
            parsed.attrs.remove("spi");
            parsed.attrs.remove("spiKey");
            return;
        }
        parsed.attr("step", "child SA installed").attr("saWindow", window);
    }
}
