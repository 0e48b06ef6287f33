package vpndoctor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One kind of device message about one tunnel, as read from logs. Repeats of the same message
 * (same kind, peer and attributes) are folded into one event with a count, so a day of syslog
 * becomes a handful of facts. Kinds are the vocabulary in {@link EventKind}.
 */
@FactDoc(value = "One kind of device message about one tunnel, read from the logs (input). Repeats of the same message are folded into one event with a count. kind is a name from the EventKind vocabulary below; attrs carry the message's details.",
        example = "$e : LogEvent( kind == \"PROXY_ID_NOT_SUPPORTED\", count >= 2, $t : tunnel )")
public final class LogEvent implements LogLine {
    /** How many example lines an aggregated event keeps. */
    public static final int MAX_SAMPLES = 5;

    private final String id;
    private final String kind;
    private final Platform platform;
    private final String peer;
    private final String local;
    private final Map<String, String> attrs;
    private final List<Origin> samples = new ArrayList<>(2);
    private final String firstTime;
    private final long firstSeq;
    private String lastTime;
    private long lastSeq;
    private int count = 1;

    public LogEvent(String id, String kind, Platform platform, String peer, String local,
                    Map<String, String> attrs, Origin origin, String time, long seq) {
        this.id = id;
        this.kind = kind;
        this.platform = platform == null ? Platform.UNKNOWN : platform;
        this.peer = peer;
        this.local = local;
        this.attrs = SmallMap.copyOf(attrs);
        this.samples.add(origin);
        this.firstTime = time;
        this.lastTime = time;
        this.firstSeq = seq;
        this.lastSeq = seq;
    }

    /** A copy about another peer (used when the evidence names one peer only, see PeerAttribution). */
    public LogEvent withPeer(String newPeer) {
        LogEvent copy = new LogEvent(id, kind, platform, newPeer, local, attrs, samples.get(0), firstTime, firstSeq);
        for (int i = 1; i < samples.size(); i++) copy.samples.add(samples.get(i));
        copy.count = count;
        copy.lastSeq = lastSeq;
        copy.lastTime = lastTime;
        return copy;
    }

    /** Folds another occurrence of the same message into this event. */
    public void addOccurrence(Origin origin, String time, long seq) {
        count++;
        if (samples.size() < MAX_SAMPLES) samples.add(origin);
        if (time != null && time != lastTime) lastTime = time; // no store when the same: see LineScan on G1
        lastSeq = seq;
    }

    /**
     * Another input line the same message rests on (a block read as one event: the idents and
     * counters of one SA), kept as a sample without counting an occurrence.
     */
    public void addContext(Origin origin) {
        if (origin != null && samples.size() < MAX_SAMPLES && !samples.contains(origin)) samples.add(origin);
    }

    @Override public String getId() { return id; }
    @FactDoc("the message kind, a name of the EventKind vocabulary")
    public String getKind() { return kind; }
    public Platform getPlatform() { return platform; }
    /** The remote gateway this message is about, or null when the line does not say. */
    @FactDoc("the remote gateway the message is about, or null")
    public String getPeer() { return peer; }
    /** Our gateway address when the line says it, else null. */
    @FactDoc("our gateway address when the line says it, else null")
    public String getLocal() { return local; }
    /** The tunnel key the rules join on: the peer address, or "unknown". */
    @FactDoc("the tunnel the rules join on: the peer address, or \"unknown\"")
    public String getTunnel() { return peer == null ? Tunnel.UNKNOWN : peer; }
    @FactDoc("the message details (see each kind); read one with attr(\"name\")")
    public Map<String, String> getAttrs() { return attrs; }
    /** An attribute of the message (e.g. "notify", "srcProxy"), or "" when absent; never null so DRL can compare safely. */
    @FactDoc("an attribute of the message, \"\" when absent (never null): attr(\"notify\") == \"14\"")
    public String attr(String name) { return attrs.getOrDefault(name, ""); }
    @FactDoc("true when the message carries that attribute")
    public boolean has(String name) { return attrs.containsKey(name); }
    /**
     * True when a kept sample line contains {@code phrase}, ignoring case: lets a rule author
     * match a device message in its own words (the DSL's 'the log says "..."').
     */
    @FactDoc("true when a sample line contains the phrase, ignoring case: says(\"proxy identities not supported\")")
    public boolean says(String phrase) {
        String p = phrase.toLowerCase(java.util.Locale.ROOT);
        for (Origin o : samples) if (o.getText() != null && o.getText().toLowerCase(java.util.Locale.ROOT).contains(p)) return true;
        return false;
    }
    @FactDoc("how many lines were folded into this event")
    public int getCount() { return count; }
    @FactDoc("input order of the first occurrence: compare with another event's lastSeq for \"before\"/\"after\"")
    public long getFirstSeq() { return firstSeq; }
    @FactDoc("input order of the last occurrence")
    public long getLastSeq() { return lastSeq; }
    public String getFirstTime() { return firstTime; }
    public String getLastTime() { return lastTime; }
    public Origin getOrigin() { return samples.get(0); }
    @Override public List<Origin> getOrigins() { return Collections.unmodifiableList(samples); }

    @Override public String describe() {
        String where = peer == null ? "" : " peer " + peer;
        return kind + where + (attrs.isEmpty() ? "" : " " + attrs) + (count > 1 ? " (x" + count + ")" : "");
    }

    @Override public String toString() { return id + " " + describe(); }
}
