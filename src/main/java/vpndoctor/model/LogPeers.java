package vpndoctor.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many peer addresses the log evidence names, once per run (shared by every batch, so a rule may
 * ask it without relating two tunnels' events). A peer config excerpt that names no address (a lone
 * transform-set line) can only be tied to a tunnel when the logs speak of one peer: with several, it
 * may be any of theirs. Inserted by the loader only when a peer config was given (the rules that ask
 * need one), so log-only runs keep their facts all log events (ShapeMemo).
 */
@FactDoc(value = "Input, once per run when a peer config was given: how many peer addresses the log evidence names (count), and that peer when it is one (only, else empty). A peer config excerpt that names no address can be tied to a tunnel only when count == 1.",
        example = "LogPeers( count == 1, $p : only )")
public final class LogPeers {
    private final int count;
    private final String only;

    public LogPeers(int count, String only) {
        this.count = count;
        this.only = only == null ? "" : only;
    }

    /** The peers of the (attributed) events: their number, and the one peer when there is one. */
    public static LogPeers of(List<LogEvent> events) {
        Set<String> peers = new HashSet<>();
        for (LogEvent e : events) if (e.getPeer() != null) peers.add(e.getPeer());
        return new LogPeers(peers.size(), peers.size() == 1 ? peers.iterator().next() : "");
    }

    @FactDoc("how many peer addresses the log events name")
    public int getCount() { return count; }
    /** The one peer the logs name, or "" (none or several). */
    @FactDoc("the one peer the logs name, or empty (none or several)")
    public String getOnly() { return only; }

    @Override public boolean equals(Object o) { return o instanceof LogPeers p && p.count == count && p.only.equals(only); }
    @Override public int hashCode() { return 31 * count + only.hashCode(); }
    @Override public String toString() { return "the logs name " + count + " peer(s)" + (only.isEmpty() ? "" : ": " + only); }
}
