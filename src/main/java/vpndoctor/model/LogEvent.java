package vpndoctor.model;

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

    private final int number;
    private final String peer;
    private final Map<String, String> attrs;
    /**
     * The kept example lines (at most {@link #MAX_SAMPLES}) besides the packed first one: an Origin[]
     * of all of them; or, while every one lies in the file of {@link Naming#texts}, null (one line, packed
     * in {@link #handle0} and {@link #place0}) or a long[] of two per further line, {@link Origin#handle}
     * and {@link #place}: 16 bytes a line instead of an Origin (40) and its slot. Most events of a
     * large log have one line (issue 14): it costs two fields, no array.
     */
    private Object samples;
    /** The first packed sample (when {@link Naming#texts} is set): its handle and {@link #place}. */
    private long handle0, place0;
    private final String firstTime;
    private final long firstSeq;
    private String lastTime;
    private long lastSeq;
    private int count = 1;
    /**
     * Bits of {@link Phrases}: low 16, which phrases {@link #says} has answered for the current
     * samples; high 16, which it found. Cleared when a sample is added.
     */
    private int says;
    /**
     * The kind, platform, our gateway address, the device that logged the event, the store its packed
     * samples lie in, the id when not "e" + {@link #number} and the tunnel when not the plain peer:
     * one field for seven that are alike between many events (the events of one kind, device and
     * local address share one) or mostly null, to keep a LogEvent at 80 bytes (issue 14: 540k events
     * of 100k tunnels). Never null.
     */
    private Naming naming;

    /** What many events have alike; immutable, shared between events alike (see {@link #of}). */
    private static final class Naming {
        private static final Object[] ALIKE = new Object[1024];
        final String kind;
        final Platform platform;
        final String local, device;
        /** The store the packed samples' texts lie in; null while they are an Origin[]. */
        final SampleTexts texts;
        final String id, tunnel;
        /** The platform is the reader's guess from the line's wording alone (see {@link #platformGuessed}). */
        final boolean guessed;

        private Naming(String kind, Platform platform, String local, String device, SampleTexts texts, String id, String tunnel) {
            this(kind, platform, false, local, device, texts, id, tunnel);
        }

        private Naming(String kind, Platform platform, boolean guessed, String local, String device, SampleTexts texts, String id, String tunnel) {
            this.kind = kind;
            this.platform = platform;
            this.guessed = guessed;
            this.local = local;
            this.device = device;
            this.texts = texts;
            this.id = id;
            this.tunnel = tunnel;
        }

        /** The naming of these; one instance per recent (kind, platform, local, device, texts) when neither id nor tunnel is set. */
        static Naming of(String kind, Platform platform, String local, String device, SampleTexts texts, String id, String tunnel) {
            if (id != null || tunnel != null) return new Naming(kind, platform, local, device, texts, id, tunnel);
            int h = ((java.util.Objects.hashCode(kind) * 31 + platform.ordinal()) * 31 + java.util.Objects.hashCode(local)) * 31
                    + java.util.Objects.hashCode(device);
            // a store's namings are kept by the store (a static table would keep its file open after its last event)
            Object[] alike = texts == null ? ALIKE : texts.namings;
            int i = (h * 0x9E3779B9) >>> 32 - Integer.numberOfTrailingZeros(alike.length);
            // a race only makes another instance: final fields, equal values
            if (alike[i] instanceof Naming n && n.texts == texts && n.platform == platform && java.util.Objects.equals(n.kind, kind)
                    && java.util.Objects.equals(n.local, local) && java.util.Objects.equals(n.device, device)) return n;
            Naming n = new Naming(kind, platform, local, device, texts, null, null);
            alike[i] = n;
            return n;
        }

        Naming withDevice(String d) { return guessed ? new Naming(kind, platform, true, local, d, texts, id, tunnel) : of(kind, platform, local, d, texts, id, tunnel); }
        Naming withTunnel(String t) { return guessed ? new Naming(kind, platform, true, local, device, texts, id, t) : of(kind, platform, local, device, texts, id, t); }
        Naming withTexts(SampleTexts t) {
            if (t == texts) return this;
            return guessed ? new Naming(kind, platform, true, local, device, t, id, tunnel) : of(kind, platform, local, device, t, id, tunnel);
        }
        /** A guessed platform (an unshared instance: few events carry one), or the platform the evidence established. */
        Naming withPlatform(Platform p, boolean guess) {
            return guess ? new Naming(kind, p, true, local, device, texts, id, tunnel) : of(kind, p, local, device, texts, id, tunnel);
        }
    }

    private static final Origin[] NO_ORIGINS = {};

    public LogEvent(String id, String kind, Platform platform, String peer, String local,
                    Map<String, String> attrs, Origin origin, String time, long seq) {
        this(numberOf(id), id, kind, platform, peer, local, SmallMap.copyOf(attrs), origin, time, seq);
    }

    /**
     * An event with id "e" + {@code number}, whose peer, local and attributes are given through
     * {@code shared} (a store's table: the same peer and values recur in every event of a tunnel).
     */
    public LogEvent(int number, String kind, Platform platform, String peer, String local,
                    Map<String, String> attrs, SharedValues shared, Origin origin, String time, long seq) {
        this(number, null, kind, platform, shared.string(peer), shared.string(local), shared.attrs(attrs), origin, time, seq);
    }

    private LogEvent(int number, String id, String kind, Platform platform, String peer, String local,
                     Map<String, String> attrs, Origin origin, String time, long seq) {
        this.number = number;
        this.naming = Naming.of(kind, platform == null ? Platform.UNKNOWN : platform, local, null, null, number > 0 ? null : id, null);
        this.peer = peer;
        this.attrs = attrs;
        this.samples = NO_ORIGINS;
        addSample(origin);
        this.firstTime = time;
        this.lastTime = time;
        this.firstSeq = seq;
        this.lastSeq = seq;
    }

    /** n when the id is "e" + n in canonical digits, else 0 (the id is kept as given). */
    private static int numberOf(String id) {
        if (id == null || id.length() < 2 || id.length() > 10 || id.charAt(0) != 'e' || id.charAt(1) == '0') return 0;
        int n = 0;
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') return 0;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A copy about another peer (used when the evidence names one peer only, see PeerAttribution). */
    public LogEvent withPeer(String newPeer) {
        LogEvent copy = new LogEvent(number, naming.id, naming.kind, naming.platform, newPeer, naming.local, attrs, getOrigin(), firstTime, firstSeq);
        copy.samples = samples instanceof long[] l ? l.clone() : samples instanceof Origin[] a ? a.clone() : null;
        copy.naming = copy.naming.withTexts(naming.texts);
        copy.handle0 = handle0;
        copy.place0 = place0;
        copy.naming = copy.naming.withDevice(naming.device);
        if (naming.guessed) copy.naming = copy.naming.withPlatform(naming.platform, true);
        copy.says = says; // the same samples
        copy.count = count;
        copy.lastSeq = lastSeq;
        copy.lastTime = lastTime;
        return copy;
    }

    /** Folds another occurrence of the same message into this event. */
    public void addOccurrence(Origin origin, String time, long seq) {
        count++;
        if (sampleCount() < MAX_SAMPLES) addSample(origin);
        if (time != null && time != lastTime) lastTime = time; // no store when the same: see LineScan on G1
        lastSeq = seq;
    }

    private void addSample(Origin origin) {
        int n = sampleCount();
        int saysBefore = says;
        says = 0;
        if (origin != null && !origin.holdsText() && (n == 0 || naming.texts == origin.texts())) {
            saysOfKept(n, saysBefore, origin);
            if (n == 0) {
                handle0 = origin.handle();
                place0 = place(origin);
                samples = null;
                naming = naming.withTexts(origin.texts());
            } else {
                long[] more = n == 1 ? new long[2] : java.util.Arrays.copyOf((long[]) samples, 2 * n);
                more[2 * n - 2] = origin.handle();
                more[2 * n - 1] = place(origin);
                samples = more;
            }
        } else {
            Origin[] more = new Origin[n + 1];
            for (int i = 0; i < n; i++) more[i] = sample(i);
            more[n] = origin;
            samples = more;
            naming = naming.withTexts(null);
        }
    }

    /**
     * The {@link #says} bits after packed sample n was added, answered on its bytes while they are still in its store's
     * write buffer (it was kept a moment ago): the 100k-tunnel run's memo key otherwise reads a million lines back from
     * the file (s16-scale.md). Only for the phrases known now (a rule base's are registered when the memo reads the
     * rules, see {@link #expectSays}); the bits stay unknown (0) when the text is no longer buffered, as before.
     */
    private void saysOfKept(int n, int before, Origin origin) {
        Phrases.Table phrases = Phrases.table();
        int found = origin.texts().foundBuffered(origin.handle(), phrases.patterns());
        if (found < 0) return;
        int all = (1 << phrases.lowered().length) - 1;
        int known = n == 0 ? all : before & all;
        int yes = ((n == 0 ? 0 : before) | found << 16) & known << 16; // high half: found in any sample
        says = known | yes;
    }

    /**
     * Numbers phrases rules will ask {@link #says} about before they ask (the shape memo's rule reading does, while a
     * large log is read): lines kept afterwards carry their answers from the start. Answers do not change. Returns how
     * many of them have a bit (past 16 phrases in a JVM, a further one is answered from the texts each time).
     */
    public static int expectSays(java.util.Collection<String> phrases) {
        int numbered = 0;
        for (String p : phrases) if (Phrases.index(p) >= 0) numbered++;
        return numbered;
    }

    /** A packed sample's line and source: line << 32 | the source's number in {@link Naming#texts}. */
    private static long place(Origin o) {
        return (long) o.getLine() << 32 | o.texts().sourceNumber(o.getSource());
    }

    private Origin sample(int i) {
        if (samples instanceof Origin[] a) return a[i];
        long place = place(i);
        SampleTexts texts = naming.texts;
        return new Origin(texts.source((int) place), (int) (place >>> 32), texts, handle(i));
    }

    /** The source of sample i: {@code getOrigins().get(i).getSource()} without making the list or the Origin. */
    public String sampleSource(int i) {
        return samples instanceof Origin[] a ? a[i].getSource() : naming.texts.source((int) place(i));
    }

    /** The line of sample i: {@code getOrigins().get(i).getLine()} without making the list or the Origin. */
    public int sampleLine(int i) {
        return samples instanceof Origin[] a ? a[i].getLine() : (int) (place(i) >>> 32);
    }

    /** The packed place (source index, line) of packed sample i. */
    private long place(int i) {
        return i == 0 ? place0 : ((long[]) samples)[2 * i - 1];
    }

    /** The handle of packed sample i. */
    private long handle(int i) {
        return i == 0 ? handle0 : ((long[]) samples)[2 * i - 2];
    }

    private String sampleText(int i) {
        return samples instanceof Origin[] a ? a[i].getText() : naming.texts.text(handle(i));
    }

    /** How many example lines the event keeps (as {@code getOrigins().size()}, without the list). */
    public int sampleCount() {
        if (samples instanceof Origin[] a) return a.length;
        return samples == null ? 1 : 1 + ((long[]) samples).length / 2;
    }

    /**
     * Another input line the same message rests on (a block read as one event: the idents and
     * counters of one SA), kept as a sample without counting an occurrence.
     */
    public void addContext(Origin origin) {
        if (origin != null && sampleCount() < MAX_SAMPLES && !getOrigins().contains(origin)) addSample(origin);
    }

    @Override public String getId() { String id = id(); return id != null ? id : "e" + number; }

    /** The id as given, or null when it is "e" + {@link #number}. */
    private String id() { return naming.id; }
    @FactDoc("the message kind, a name of the EventKind vocabulary")
    public String getKind() { return naming.kind; }
    public Platform getPlatform() { return naming.platform; }

    /**
     * Whether the platform is only the reader's guess from the line's wording (an IKEv2 or ISAKMP debug
     * line that names no family, read before anything in its source did): the evidence may still
     * establish the device's platform ({@link #establishPlatform}). Not a bean property: rules see the platform only.
     */
    public boolean platformGuessed() { return naming.guessed; }

    /** Marks the platform as guessed; by the reader that made this event, before any session sees it. */
    public void guessPlatform() {
        if (!naming.guessed) naming = naming.withPlatform(naming.platform, true);
    }

    /** A guessed platform replaced by the one the evidence established for the device (a no-op otherwise); before any session sees it. */
    public void establishPlatform(Platform p) {
        if (naming.guessed && p != null && p != Platform.UNKNOWN) naming = naming.withPlatform(p, false);
    }
    /** The remote gateway this message is about, or null when the line does not say. */
    @FactDoc("the remote gateway the message is about, or null")
    public String getPeer() { return peer; }
    /** Our gateway address when the line says it, else null. */
    @FactDoc("our gateway address when the line says it, else null")
    public String getLocal() { return naming.local; }
    /**
     * The tunnel key the rules join on: the peer address, or "unknown"; "peer@device" when several
     * devices in the evidence talk to the same peer (each device's tunnel is its own).
     */
    @FactDoc("the tunnel the rules join on: the peer address, \"peer@device\" when several logging devices talk to that peer, or \"unknown\"")
    public String getTunnel() {
        String tunnel = naming.tunnel;
        return tunnel != null ? tunnel : peer == null ? Tunnel.UNKNOWN : peer;
    }
    /** The device that logged the message (its syslog host name), or null when the line does not say. */
    @FactDoc("the device that logged the message (its syslog host name), or null when no line says")
    public String getDevice() { return naming.device; }

    /** Records the logging device; once, by the store that made this event, before any session sees it. */
    public LogEvent onDevice(String logger) {
        String device = getDevice();
        if (device != null && !device.equals(logger)) throw new IllegalStateException("device already set: " + device);
        naming = naming.withDevice(logger);
        return this;
    }

    /** Names this event's tunnel apart from its peer address (see {@link #getTunnel}); before any session sees it. */
    public void nameTunnel(String name) {
        naming = naming.withTunnel(name);
    }
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
        int bit = Phrases.index(phrase);
        if (bit < 0) return saysNow(phrase.toLowerCase(java.util.Locale.ROOT));
        if ((says & 1 << bit) == 0) learnSays();
        return (says & 1 << 16 + bit) != 0;
    }

    /** Answers every phrase asked so far at once, reading each sample's text once (they may lie in a file: see SampleTexts). */
    private void learnSays() {
        Phrases.Table phrases = Phrases.table();
        int n = phrases.lowered().length;
        int known = 0, yes = 0;
        for (int i = 0; i < n; i++) known |= 1 << i;
        for (int s = 0, samples = sampleCount(); s < samples; s++) yes |= found(s, phrases);
        says = known | yes << 16;
    }

    /** Which phrases sample s contains (bit i for phrase i): on its stored bytes when it lies in a file as Latin-1, else on its String. */
    private int found(int s, Phrases.Table phrases) {
        int found = -1;
        if (!(samples instanceof Origin[] a)) found = naming.texts.found(handle(s), phrases.patterns());
        else if (!a[s].holdsText()) found = a[s].texts().found(a[s].handle(), phrases.patterns());
        if (found >= 0) return found;
        String t = sampleText(s).toLowerCase(java.util.Locale.ROOT);
        String[] lowered = phrases.lowered();
        int yes = 0;
        for (int i = 0; i < lowered.length; i++) if (t.contains(lowered[i])) yes |= 1 << i;
        return yes;
    }

    private boolean saysNow(String lowered) {
        for (int s = 0, n = sampleCount(); s < n; s++) if (sampleText(s).toLowerCase(java.util.Locale.ROOT).contains(lowered)) return true;
        return false;
    }

    /**
     * The phrases rules asked {@link #says} about, numbered (a rule base asks a few, each of every
     * event): an event keeps one bit per phrase instead of lower-casing its samples on every call.
     * Past 16 phrases, a further one is answered from the texts each time.
     */
    private static final class Phrases {
        /** The phrases lowered, and as {@link CaselessLatin1#pattern}s for texts kept as Latin-1 bytes; index i is bit i. */
        record Table(String[] lowered, CaselessLatin1.Pattern[] patterns) {}

        private static final java.util.concurrent.ConcurrentHashMap<String, Integer> INDEX = new java.util.concurrent.ConcurrentHashMap<>();
        private static volatile Table table = new Table(new String[0], new CaselessLatin1.Pattern[0]);

        static int index(String phrase) {
            Integer i = INDEX.get(phrase);
            return i != null ? i : register(phrase);
        }

        private static synchronized int register(String phrase) {
            Integer i = INDEX.get(phrase);
            if (i != null) return i;
            int n = table.lowered().length;
            if (n == 16) return -1;
            String[] lowered = java.util.Arrays.copyOf(table.lowered(), n + 1);
            CaselessLatin1.Pattern[] patterns = java.util.Arrays.copyOf(table.patterns(), n + 1);
            lowered[n] = phrase.toLowerCase(java.util.Locale.ROOT);
            patterns[n] = CaselessLatin1.pattern(lowered[n]);
            table = new Table(lowered, patterns); // before INDEX names it: an event that learns a bit has its phrase
            INDEX.put(phrase, n);
            return n;
        }

        static Table table() { return table; }
    }
    @FactDoc("how many lines were folded into this event")
    public int getCount() { return count; }
    @FactDoc("input order of the first occurrence: compare with another event's lastSeq for \"before\"/\"after\"")
    public long getFirstSeq() { return firstSeq; }
    @FactDoc("input order of the last occurrence")
    public long getLastSeq() { return lastSeq; }
    public String getFirstTime() { return firstTime; }
    public String getLastTime() { return lastTime; }
    public Origin getOrigin() { return sample(0); }
    @Override public List<Origin> getOrigins() {
        if (samples instanceof Origin[] a) return Collections.unmodifiableList(java.util.Arrays.asList(a));
        Origin[] a = new Origin[sampleCount()];
        for (int i = 0; i < a.length; i++) a[i] = sample(i);
        return List.of(a);
    }

    @Override public String describe() {
        // the device is named where it tells two tunnels of one peer apart (several devices in one syslog)
        boolean apart = naming.tunnel != null;
        String where = peer == null ? "" : " peer " + peer + (apart ? " on " + getDevice() : "");
        return naming.kind + where + (attrs.isEmpty() ? "" : " " + attrs) + (count > 1 ? " (x" + count + ")" : "");
    }

    @Override public String toString() { return getId() + " " + describe(); }
}
