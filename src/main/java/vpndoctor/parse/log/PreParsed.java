package vpndoctor.parse.log;

import vpndoctor.model.EventKind;

/**
 * The part of a line's classification that depends on the line alone: decoding, normalizing, the
 * lower-case copies, the envelope, the message's parse and the peer phrases it names. Made ahead, on
 * whichever thread scans the line's batch ({@link ScannedBatch#claimAndScan}), for the lines the byte
 * scan leaves to the full path, so the reader's core does it while the ordered thread is busy with
 * earlier lines. {@link LineClassifier} takes these values instead of computing them when the line
 * goes the ordinary way (an open block, a routing table or a state output may take it first; then the
 * values are unused); everything that depends on earlier lines (blocks, phase, platform, peer
 * settling, the event store) stays on the ordered thread. Every value is what the ordered thread would
 * compute from the same text (ScanEquivalenceTest compares the modes); a line whose parse fails here
 * is given no pre-parse, so the ordered thread fails on it where it always did.
 */
final class PreParsed {
    private static final ThreadLocal<LineDecoder> DECODERS = ThreadLocal.withInitial(LineDecoder::new);

    /** The line as decoded. */
    final String raw;
    /** {@link TextNormalizer#normalize} of raw. */
    final String line;
    final boolean relevant;
    /** The following are set only for relevant lines. */
    final LowerLine lower;
    /** {@link ShowIpsecSa#opens} and whether {@link StateBlock#open} opens a block, on the trimmed line. */
    final boolean showSaOpens, stateOpens;
    /** {@link PlatformDetector#strong} of the message and {@link LineClassifier#phaseSign}. */
    final vpndoctor.model.Platform strongPlatform;
    final int phase;
    final Envelope.Stripped env;
    final Msg msg;
    final EventKind blockKind;
    /** The parse (null when blockKind is set: a proposal block's first line is not parsed). */
    final MessageParser.Outcome outcome;
    final Parsed parsed;
    /** {@link PeerFinder#find} of the message when the classifier will ask for it (see {@link #find}). */
    private final String found;
    private final boolean findDone;
    /** {@link PeerFinder#group} and {@link ConnId#of} of an event's message that is about a tunnel (else null, unasked). */
    final String group;
    final String conn;

    private PreParsed(String raw) {
        this.raw = raw;
        this.line = TextNormalizer.normalize(raw);
        this.relevant = RelevanceFilter.mayBeRelevant(line);
        if (!relevant) {
            showSaOpens = stateOpens = false;
            strongPlatform = null;
            phase = 0;
            lower = null;
            env = null;
            msg = null;
            blockKind = null;
            outcome = null;
            parsed = null;
            found = null;
            findDone = false;
            group = conn = null;
            return;
        }
        lower = new LowerLine(line);
        showSaOpens = ShowIpsecSa.opens(lower.trimmed, lower.trimmedLower);
        stateOpens = StateBlock.open(lower.trimmed, lower.trimmedLower) != null;
        env = Envelope.strip(line);
        msg = lower.msg(env.message());
        strongPlatform = PlatformDetector.strong(msg.text);
        phase = LineClassifier.phaseSign(msg);
        blockKind = ProposalBlock.startKind(msg);
        if (blockKind != null) {
            outcome = null;
            parsed = null;
            found = null;
            findDone = false;
            group = conn = null;
            return;
        }
        parsed = new Parsed();
        outcome = MessageParser.parse(msg, parsed);
        // the finder runs for an unrecognized line and for an event that names no peer itself (LineClassifier.attribute)
        findDone = outcome == MessageParser.Outcome.UNRECOGNIZED || outcome == MessageParser.Outcome.EVENT
                && !parsed.tunnelless && parsed.peer == null && !parsed.attrs.containsKey("badAddress");
        found = findDone ? PeerFinder.find(msg.text) : null;
        boolean tunnelEvent = outcome == MessageParser.Outcome.EVENT && !parsed.tunnelless;
        group = tunnelEvent ? PeerFinder.group(msg.text) : null;
        conn = tunnelEvent ? ConnId.of(msg.text) : null;
    }

    /**
     * The pre-parse of a line, or null when there is none to make: a line too long to read, or one a
     * parser fails on (the ordered thread then meets the failure itself, in its place).
     */
    static PreParsed of(byte[] b, int off, int len) {
        try {
            String raw = DECODERS.get().decode(b, off, len);
            if (raw.length() > LineLimits.MAX_CHARS) return null;
            return new PreParsed(raw);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The parse copied into the classifier's own Parsed (reset by the caller). */
    void copyInto(Parsed out) {
        out.kind = parsed.kind;
        out.peer = parsed.peer;
        out.local = parsed.local;
        out.ignore = parsed.ignore;
        out.tunnelless = parsed.tunnelless;
        out.peerUnreadable = parsed.peerUnreadable;
        out.attrs.putAll(parsed.attrs);
    }

    /** {@link PeerFinder#find} of the message's text. */
    String find() {
        return findDone ? found : PeerFinder.find(msg.text);
    }
}
