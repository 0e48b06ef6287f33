package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * A pasted multi-line state output that only means something whole: an ASA/FTD packet-tracer run,
 * 'show vpn-sessiondb [detail] l2l', a ping's result, 'show dmvpn', 'show ip nhrp nhs', 'show ip nhrp', 'show interfaces TunnelN'. The line that opens one ({@link #open}) and the
 * lines the block takes are read here; a line it does not take ends it and goes the ordinary way.
 * Each finished reading is an {@link Entry}: one event resting on the lines listed.
 */
abstract class StateBlock {
    /** One reading: its event and the input lines it rests on (the first is the event's origin). */
    record Entry(Parsed parsed, List<Origin> origins, long seq) {}

    private final List<Entry> done = new ArrayList<>(2);

    /** The block for a line (trimmed) that opens one of these outputs, else null. */
    static StateBlock open(String trimmed) {
        return open(trimmed, trimmed.toLowerCase(java.util.Locale.ROOT));
    }

    /** As {@link #open(String)}, given the line's lower-case copy too (made once per line by the caller). */
    static StateBlock open(String trimmed, String lower) {
        if (PacketTrace.opens(trimmed, lower)) return new PacketTrace();
        if (SessionDb.opens(trimmed, lower)) return new SessionDb();
        if (PingResult.opens(trimmed, lower)) return new PingResult();
        if (TracerouteResult.opens(lower)) return new TracerouteResult();
        if (ShowDmvpn.opens(trimmed)) return new ShowDmvpn();
        if (ShowNhrpNhs.opens(trimmed)) return new ShowNhrpNhs();
        if (ShowIpNhrp.opens(trimmed)) return new ShowIpNhrp();
        if (ShowIsakmpTable.opens(trimmed, lower)) return new ShowIsakmpTable();
        if (ShowIkev2Rows.opens(lower)) return new ShowIkev2Rows();
        if (ShowCryptoMap.opens(trimmed)) return new ShowCryptoMap();
        if (ShowEngineConnections.opens(lower)) return new ShowEngineConnections();
        if (ShowTunnelInterface.opens(trimmed)) return new ShowTunnelInterface();
        return null;
    }

    /** Offers a line (trimmed, envelope-free); NOT_MINE ends the block (the caller then closes it). */
    abstract ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq);

    /** Ends the block: a reading still open is finished as it stands. */
    abstract void close();

    /** The platform the output itself shows (null when it does not say). */
    Platform platform() { return null; }

    final void emit(Parsed p, List<Origin> origins, long seq) {
        done.add(new Entry(p, List.copyOf(origins), seq));
    }

    /** Readings finished since the last call. */
    final List<Entry> drain() {
        if (done.isEmpty()) return List.of();
        List<Entry> out = List.copyOf(done);
        done.clear();
        return out;
    }

    /** A device prompt with a command ("asa# show ...", "R1>ping ..."): another command's output starts. */
    static boolean isPrompt(String trimmed) {
        return trimmed.matches("^[A-Za-z0-9_.:/()\\-]+(?:\\([a-z\\-]+\\))?[#>] ?\\S.*");
    }
}
