package vpndoctor.parse.log;

import vpndoctor.model.EventKind;
import vpndoctor.model.Platform;

/**
 * The part of a line's classification that depends on the line alone: decoding, normalizing, the
 * block openers' tests, the envelope, the platform and phase signs, the message's parse and the peer
 * phrases it names. Made ahead, on whichever thread scans the line's batch ({@link ScannedBatch#claimAndScan}),
 * for the lines the byte scan leaves to the full path, so the reader's core does it while the ordered
 * thread is busy with earlier lines. {@link LineClassifier} takes these values instead of computing
 * them when the line goes the ordinary way (an open block, a routing table or a state output may take
 * it first; then they are unused); everything that depends on earlier lines (blocks, phase, platform,
 * peer settling, the event store) stays on the ordered thread. Every value is what the ordered thread
 * would compute from the same text (ScanEquivalenceTest compares the modes); a line whose parse fails
 * here gets no pre-parse, so the ordered thread fails on it where it always did.
 * <p>
 * Kept small: a batch's pre-parses live until the ordered thread reaches them, so a young collection
 * in between copies them; an event line keeps no lower-case copies and no message (re-derived from the
 * line in the rare case the ordered thread asks for it), and its parse is kept as arrays.
 */
final class PreParsed {
    private static final ThreadLocal<LineDecoder> DECODERS = ThreadLocal.withInitial(LineDecoder::new);
    /** -Dvpndoctor.preparse=off leaves every line to the ordered thread (to measure what the pre-parse gives). */
    private static final boolean ENABLED = !"off".equals(System.getProperty("vpndoctor.preparse"));
    private static final String[] NONE = {};
    private static final ThreadLocal<MessageMemo> MEMOS = ThreadLocal.withInitial(MessageMemo::new);

    /** The line as decoded. */
    final String raw;
    /** {@link TextNormalizer#normalize} of raw. */
    final String line;
    final boolean relevant;
    // the rest is set for relevant lines only
    /** {@link ShowIpsecSa#opens} and whether {@link StateBlock#open} opens a block, on the trimmed line. */
    final boolean showSaOpens, stateOpens;
    /** The lower-case copies, kept only when a block opens (the ordered thread opens it from them). */
    final LowerLine lower;
    /** The envelope (its message is dropped, null, for an event line: see {@link #msg}). */
    final Envelope.Stripped env;
    /** The message; null for an event line (see {@link #text}). */
    final Msg msg;
    /** {@link PlatformDetector#strong} of the message and {@link LineClassifier#phaseSign}. */
    final Platform strongPlatform;
    final int phase;
    final EventKind blockKind;
    /** The parse (null when blockKind is set: a proposal block's first line is not parsed). */
    final MessageParser.Outcome outcome;
    private final EventKind kind;
    private final String peer, local;
    private final boolean ignore, tunnelless, peerUnreadable;
    private final String[] names, values;
    /** {@link PeerFinder#find} of the message when the classifier will ask for it (see {@link #find}). */
    private final String found;
    private final boolean findDone;
    /** {@link PeerFinder#group} and {@link ConnId#of} of an event's message that is about a tunnel (else null, unasked). */
    final String group;
    final String conn;
    /** {@link LogSecrets#mask} of the line, for an event or unrecognized line (the text its origin keeps); else null. */
    final String masked;

    private PreParsed(String raw, MessageMemo memo) {
        this.raw = raw;
        this.line = TextNormalizer.normalize(raw);
        this.relevant = RelevanceFilter.mayBeRelevant(line);
        if (!relevant) {
            showSaOpens = stateOpens = false;
            lower = null;
            env = null;
            msg = null;
            strongPlatform = null;
            phase = 0;
            blockKind = null;
            outcome = null;
            kind = null;
            peer = local = found = group = conn = null;
            ignore = tunnelless = peerUnreadable = findDone = false;
            names = values = NONE;
            masked = null;
            return;
        }
        LowerLine low = new LowerLine(line);
        showSaOpens = ShowIpsecSa.opens(low.trimmed, low.trimmedLower);
        stateOpens = StateBlock.open(low.trimmed, low.trimmedLower) != null;
        lower = showSaOpens || stateOpens ? low : null;
        Envelope.Stripped e = Envelope.strip(line);
        String text = e.message();
        // everything below the envelope is a function of the message text alone: a message seen before is not parsed again
        MessageMemo.Derived d = memo == null ? null : memo.get(text);
        Msg m = null;
        if (d == null) {
            m = low.msg(text);
            d = MessageMemo.derive(m);
            if (memo != null) memo.put(d);
        }
        // copied, not kept by reference: a memo entry holds its message text, which an event line's pre-parse must not keep alive
        strongPlatform = d.strongPlatform;
        phase = d.phase;
        blockKind = d.blockKind;
        outcome = d.outcome;
        boolean event = outcome == MessageParser.Outcome.EVENT;
        env = event ? new Envelope.Stripped(null, e.time(), e.host()) : e;
        msg = event ? null : m != null ? m : low.msg(text);
        kind = d.kind;
        peer = d.peer;
        local = d.local;
        ignore = d.ignore;
        tunnelless = d.tunnelless;
        peerUnreadable = d.peerUnreadable;
        names = d.names;
        values = d.values;
        findDone = d.findDone;
        found = d.found;
        group = d.group;
        conn = d.conn;
        masked = event || outcome == MessageParser.Outcome.UNRECOGNIZED ? LogSecrets.mask(line) : null;
    }

    /**
     * The pre-parse of a line, or null when there is none to make: a line too long to read, or one a
     * parser fails on (the ordered thread then meets the failure itself, in its place).
     */
    static PreParsed of(byte[] b, int off, int len) {
        if (!ENABLED) return null;
        try {
            String raw = DECODERS.get().decode(b, off, len);
            if (raw.length() > LineLimits.MAX_CHARS) return null;
            return new PreParsed(raw, MessageMemo.enabled() ? MEMOS.get() : null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Drops the calling thread's message memo (at the end of a read: nothing of it outlives reading). */
    static void releaseMemo() {
        MEMOS.remove();
    }

    /** The parse copied into the classifier's own Parsed (reset by the caller; names and values may be shared by other lines' pre-parses: read only). */
    void copyInto(Parsed out) {
        out.kind = kind;
        out.peer = peer;
        out.local = local;
        out.ignore = ignore;
        out.tunnelless = tunnelless;
        out.peerUnreadable = peerUnreadable;
        for (int i = 0; i < names.length; i++) out.attrs.put(names[i], values[i]);
    }

    /** The message's text (made again from the line for an event line, which keeps no message). */
    String text() {
        return msg != null ? msg.text : Envelope.strip(line).message();
    }

    /** {@link PeerFinder#find} of the message's text. */
    String find() {
        return findDone ? found : PeerFinder.find(text());
    }
}
