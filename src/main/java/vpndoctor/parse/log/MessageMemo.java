package vpndoctor.parse.log;

import vpndoctor.model.EventKind;
import vpndoctor.model.Platform;

/**
 * The message-derived part of a pre-parse ({@link PreParsed}), remembered per message text: a log
 * repeats the same device message (after its envelope: time, host) many times, and the parse of a
 * message is a function of its text alone. {@link #derive} runs exactly what PreParsed ran on the
 * message (the parsers hold no state between lines; {@link Msg}'s lower-case copy is a function of
 * the text), so a line whose message text equals a remembered one gets the remembered values, and
 * equal texts give equal values whatever came between them. The envelope, relevance and the block
 * openers still look at each line itself.
 * <p>
 * One memo per thread (no locking, dropped when a read ends), direct-mapped by the text's hash,
 * {@value #SLOTS} slots, a text kept from its second sighting on: a message that falls out or was
 * not kept is parsed again, which costs time, never a different answer. Not a
 * template memo: two messages that differ in any character (a peer, a message id) are two entries;
 * see docs/perf-notes/s9-parse.md for why the parse is not reused across addresses.
 * <p>
 * {@code -Dvpndoctor.parsememo=off} or {@code VPNDOCTOR_PARSE_MEMO=off} parses every line
 * (the reference {@code MessageMemoEquivalenceTest} compares with).
 */
final class MessageMemo {
    static final int SLOTS = 1 << 10;
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
    private static final String[] NONE = {};
    private static volatile boolean enabled = !"off".equals(System.getProperty("vpndoctor.parsememo",
            System.getenv().getOrDefault("VPNDOCTOR_PARSE_MEMO", "on")));

    /** The values PreParsed takes from a message (see the fields of the same names there). */
    static final class Derived {
        final String text;
        final Platform strongPlatform;
        final int phase;
        final EventKind blockKind;
        final MessageParser.Outcome outcome;
        final EventKind kind;
        final String peer, local;
        final boolean ignore, tunnelless, peerUnreadable;
        /** Shared by every line of this text: read only. */
        final String[] names, values;
        final boolean findDone;
        final String found, group, conn;

        private Derived(Msg m) {
            text = m.text;
            strongPlatform = PlatformDetector.strong(m.text);
            phase = LineClassifier.phaseSign(m);
            blockKind = ProposalBlock.startKind(m);
            Parsed p = null;
            if (blockKind == null) {
                p = new Parsed();
                outcome = MessageParser.parse(m, p);
            } else {
                outcome = null;
            }
            boolean event = outcome == MessageParser.Outcome.EVENT;
            if (p != null) {
                kind = p.kind;
                peer = p.peer;
                local = p.local;
                ignore = p.ignore;
                tunnelless = p.tunnelless;
                peerUnreadable = p.peerUnreadable;
                names = new String[p.attrs.size()];
                values = new String[p.attrs.size()];
                p.attrsInto(names, values);
            } else {
                kind = null;
                peer = local = null;
                ignore = tunnelless = peerUnreadable = false;
                names = values = NONE;
            }
            // the finder runs for an unrecognized line and for an event that names no peer itself (LineClassifier.attribute)
            findDone = outcome == MessageParser.Outcome.UNRECOGNIZED
                    || event && !tunnelless && peer == null && !p.attrs.containsKey("badAddress");
            found = findDone ? PeerFinder.find(m.text) : null;
            boolean tunnelEvent = event && !tunnelless;
            group = tunnelEvent ? PeerFinder.group(m.text) : null;
            conn = tunnelEvent ? ConnId.of(m.text) : null;
        }
    }

    private final Derived[] slots = new Derived[SLOTS];
    /**
     * The hash codes of texts seen once, per slot: a text is remembered only when it comes again
     * (most messages naming a message id or an SPI never do). Remembering every text replaced an
     * entry per line; entries that outlived a young collection were promoted and then dropped,
     * and under -Xmx256m with 100k tunnels that old-generation garbage cost two full collections.
     */
    private final int[] seen = new int[SLOTS];

    /** Whether pre-parses reuse remembered messages (read once per line). */
    static boolean enabled() {
        return enabled;
    }

    /** Turns the memo on or off for the lines read from now on (tests compare both); returns the previous setting. */
    static boolean enabled(boolean on) {
        boolean was = enabled;
        enabled = on;
        return was;
    }

    /** The message's values, computed (the parsers may throw: then nothing is remembered). */
    static Derived derive(Msg m) {
        return new Derived(m);
    }

    /** The remembered values of this exact text, or null. */
    Derived get(String text) {
        Derived d = slots[slot(text)];
        return d != null && d.text.equals(text) ? d : null;
    }

    /** Offers a text's values just derived: kept when the text was seen before (its hash code, in its slot). */
    void put(Derived d) {
        int h = d.text.hashCode();
        int i = slot(d.text);
        if (seen[i] == h) slots[i] = d; else seen[i] = h;
    }

    /** The top bits of the text's hash code times the golden ratio (as SharedValues: the low bits alone cluster). */
    private static int slot(String text) {
        return (text.hashCode() * 0x9E3779B9) >>> SHIFT;
    }
}
