package vpndoctor.parse.log;

import static vpndoctor.parse.log.AsciiBytes.isDigit;
import static vpndoctor.parse.log.AsciiBytes.isWord;
import static vpndoctor.parse.log.AsciiBytes.startsWithCI;

import vpndoctor.model.EventKind;

/**
 * The ASA connection and translation messages (302013-302016, 305009-305012) that make up most of
 * a firewall's syslog, read straight from the bytes with a strict hand-written grammar instead of
 * lower-casing and regexes. It gives exactly what {@link NatConnRules} gives (same kind, same
 * attributes in the same order), and declines ({@link Result#SLOW}) any line whose shape leaves the
 * slightest doubt, which then takes the regex path. Stateless, so it may run on the reader thread.
 * <p>
 * Words that would make the full path read the line differently (a phase cue, a needle NatConnRules
 * tries first) are looked for only in the line's free text: every span the grammar does not fix,
 * reported through {@link LineScan#free}. The fixed words hold none of them; the validated addresses
 * and ports (at most five digits) cannot hold one; and the free spans are bounded by spaces, colons
 * or parentheses, which no word contains, except where a protocol name meets " translation" (its
 * span takes in " trans", for "no trans"). So most of a connection line's bytes are never searched.
 */
final class AsaConnScanner {
    enum Result { EVENT, IGNORED, SLOW }

    /** Words no accepted line may hold in its free text: phase cues and the needles NatConnRules tries before ours. */
    private static final int ANY_LINE = RareWords.RARE | RareWords.NO_TRANS | RareWords.CREATION;

    private AsaConnScanner() {}

    /** Reads the message body b[from, to) (after "%ASA-6-302013:", trimmed) into out. */
    static Result scan(byte[] b, int from, int to, LineScan out) {
        out.freeWords = 0;
        if (startsWithCI(b, from, to, "built ")) return built(b, from + 6, to, out);
        if (startsWithCI(b, from, to, "teardown ")) return teardown(b, from, to, out);
        return Result.SLOW;
    }

    private static Result built(byte[] b, int i, int to, LineScan out) {
        if (startsWithCI(b, i, to, "inbound ") || startsWithCI(b, i, to, "outbound ")) return builtConnection(b, i, to, out);
        return builtTranslation(b, i, to, out);
    }

    /** "Built outbound TCP connection 123 for outside:1.2.3.4/443 (1.2.3.4/443) to inside:10.0.0.1/555 (198.51.100.1/555)". */
    private static Result builtConnection(byte[] b, int i, int to, LineScan out) {
        int dirStart = i;
        int dirEnd = indexOfSpace(b, i, to);
        i = dirEnd + 1;
        int protoStart = i;
        Head head = Head.read(b, i, to, out);
        if (head == null) return Result.SLOW;
        int protoEnd = head.protoEnd;
        End src = head.src;
        i = src.end;
        // "(mapped/port)" and "(user)" tokens may stand between the two ends; none has a space
        while (i < to && b[i] == ' ' && i + 1 < to && b[i + 1] == '(') {
            i = indexOfSpace(b, i + 1, to);
        }
        if (!startsWithCI(b, i, to, " to ")) return Result.SLOW;
        out.free(b, src.end, i);
        End dst = End.read(b, i + 4, to);
        if (dst == null) return Result.SLOW; // what follows is not read (the regex ends here too)
        out.free(b, dst.end, to);
        src.free(b, out);
        dst.free(b, out);
        // NatConnRules tries the translation and teardown needles before this one
        if ((out.freeWords & (ANY_LINE | RareWords.TRANS | RareWords.TEARDOWN)) != 0) return Result.SLOW;
        out.is(EventKind.CONN_BUILT).attr(LineScan.DIRECTION, dirStart, dirEnd).lowerAttr(LineScan.PROTO, protoStart, protoEnd);
        src.put(out, LineScan.SRC_IF, LineScan.SRC);
        dst.put(out, LineScan.DST_IF, LineScan.DST);
        return Result.EVENT;
    }

    private static Result builtTranslation(byte[] b, int i, int to, LineScan out) {
        int typeStart = i;
        int typeEnd = indexOfSpace(b, i, to);
        if (!(typeEnd - i == 7 && startsWithCI(b, i, to, "dynamic") || typeEnd - i == 6 && startsWithCI(b, i, to, "static")
                || typeEnd - i == 8 && startsWithCI(b, i, to, "identity"))) return Result.SLOW;
        i = typeEnd + 1;
        int protoStart = -1, protoEnd = -1;
        if (!startsWithCI(b, i, to, "translation from ")) {
            protoStart = i;
            protoEnd = wordEnd(b, i, to);
            if (protoEnd == i || !startsWithCI(b, protoEnd, to, " translation from ")) return Result.SLOW;
            out.free(b, protoStart, protoEnd + 6); // with " trans": "...no translation" reads "no trans"
            i = protoEnd + 1;
        }
        End from = End.read(b, i + 17, to);
        if (from == null || !startsWithCI(b, from.end, to, " to ")) return Result.SLOW;
        End dest = End.read(b, from.end + 4, to);
        if (dest == null) return Result.SLOW; // what follows is not read (the regex ends here too)
        out.free(b, dest.end, to);
        from.free(b, out);
        dest.free(b, out);
        if ((out.freeWords & ANY_LINE) != 0) return Result.SLOW;
        out.is(EventKind.XLATE_BUILT).lowerAttr(LineScan.TYPE, typeStart, typeEnd);
        if (protoStart >= 0) out.lowerAttr(LineScan.PROTO, protoStart, protoEnd);
        from.put(out, LineScan.FROM_IF, LineScan.FROM);
        dest.put(out, LineScan.TO_IF, LineScan.TO);
        return Result.EVENT;
    }

    /**
     * "Teardown TCP connection 123 for outside:1.2.3.4/443 to inside:10.0.0.1/555 duration 0:00:12 bytes 99 TCP FINs"
     * and "Teardown dynamic TCP translation from ..." (305012, recognized and of no use).
     */
    private static Result teardown(byte[] b, int from, int to, LineScan out) {
        int i = from + 9;
        if (startsWithCI(b, i, to, "dynamic") || startsWithCI(b, i, to, "static translation")
                || startsWithCI(b, i, to, "identity translation")) {
            out.free(b, i, to);
            // needles tried before the ignored teardowns: "translation from" (its regex needs "Built")
            return (out.freeWords & (ANY_LINE | RareWords.BUILT)) != 0 ? Result.SLOW : Result.IGNORED;
        }
        int protoStart = i;
        Head head = Head.read(b, i, to, out);
        if (head == null || !startsWithCI(b, head.src.end, to, " to ")) return Result.SLOW;
        int protoEnd = head.protoEnd;
        End src = head.src;
        End dst = End.read(b, src.end + 4, to);
        if (dst == null) return Result.SLOW;
        out.free(b, dst.end, to); // duration, bytes, reason and whatever follows
        src.free(b, out);
        dst.free(b, out);
        // a "built" (the translation needle), a "trans", or a second "teardown" (this line's first is fixed text)
        if ((out.freeWords & (ANY_LINE | RareWords.BUILT | RareWords.TRANS | RareWords.TEARDOWN)) != 0) return Result.SLOW;
        i = dst.end;
        int afterBytes = durationAndBytes(b, i, to);
        if (afterBytes >= 0) i = afterBytes;
        if (i < to && b[i] == ' ') i++;
        // the reason: the rest, trimmed, cut before a " (user)"-like suffix (the body is trimmed at its end already)
        while (i < to && b[i] == ' ') i++;
        int reasonEnd = AsciiBytes.indexOf(b, i, to, " (");
        if (reasonEnd <= i) reasonEnd = to;
        if (reasonEnd - i == 11 && startsWithCI(b, i, to, "syn timeout")) {
            out.is(EventKind.SYN_TIMEOUT);
        } else {
            out.is(EventKind.CONN_TEARDOWN);
            while (reasonEnd > i && b[reasonEnd - 1] == ' ') reasonEnd--;
            if (reasonEnd == i) out.noneAttr(LineScan.REASON); else out.attr(LineScan.REASON, i, reasonEnd);
        }
        out.lowerAttr(LineScan.PROTO, protoStart, protoEnd);
        src.put(out, LineScan.SRC_IF, LineScan.SRC);
        dst.put(out, LineScan.DST_IF, LineScan.DST);
        return Result.EVENT;
    }

    /** " duration 0:00:12 bytes 1234" at i: the index after the digits, or -1 when that part is not there. */
    private static int durationAndBytes(byte[] b, int i, int to) {
        if (!startsWithCI(b, i, to, " duration ")) return -1;
        int j = skipToken(b, i + 10, to);
        if (j < 0 || !startsWithCI(b, j, to, " bytes ")) return -1;
        int d = j + 7;
        int k = d;
        while (k < to && isDigit(b[k])) k++;
        return k == d ? -1 : k;
    }

    /** End of a non-empty run of non-space bytes starting at i, or -1 when it is empty. */
    private static int skipToken(byte[] b, int i, int to) {
        int j = indexOfSpace(b, i, to);
        return j == i ? -1 : j;
    }

    private static int indexOfSpace(byte[] b, int i, int to) {
        while (i < to && b[i] != ' ') i++;
        return i;
    }

    /** End of a run of ASCII letters and digits (a protocol name). */
    private static int wordEnd(byte[] b, int i, int to) {
        while (i < to && (isWord(b[i]) && b[i] != '_')) i++;
        return i;
    }

    /** "TCP connection 123 for outside:1.2.3.4/443", the part built and torn-down connections share: protocol and source end. */
    private record Head(int protoEnd, End src) {
        static Head read(byte[] b, int i, int to, LineScan out) {
            int protoEnd = wordEnd(b, i, to);
            if (protoEnd == i || !startsWithCI(b, protoEnd, to, " connection ")) return null;
            out.free(b, i, protoEnd);
            int idStart = protoEnd + 12;
            int idEnd = skipToken(b, idStart, to);
            if (idEnd < 0 || !startsWithCI(b, idEnd, to, " for ")) return null;
            out.free(b, idStart, idEnd);
            End src = End.read(b, idEnd + 5, to);
            return src == null ? null : new Head(protoEnd, src);
        }
    }

    /** "ifname:1.2.3.4" with an optional "/port": the regex END of NatConnRules, with a valid IPv4 address. */
    private record End(int ifStart, int colon, int addrEnd, int end) {
        static End read(byte[] b, int i, int to) {
            int s = i;
            while (i < to && (isWord(b[i]) || b[i] == '.' || b[i] == '-')) i++;
            if (i == s || i >= to || b[i] != ':') return null;
            int colon = i;
            int a = ++i;
            // the run of digits and dots must be a valid IPv4 address (Addresses#isIpv4), checked as it is read
            int parts = 0, value = 0, digits = 0;
            for (; i < to; i++) {
                byte c = b[i];
                if (isDigit(c)) {
                    value = value * 10 + (c - '0');
                    if (++digits > 3) return null;
                } else if (c == '.') {
                    if (digits == 0 || value > 255) return null;
                    parts++;
                    value = 0;
                    digits = 0;
                } else {
                    break;
                }
            }
            if (digits == 0 || value > 255 || parts != 3 || i - a > 15) return null;
            int addrEnd = i;
            if (i < to && b[i] == '/') {
                int p = ++i;
                while (i < to && isDigit(b[i])) i++;
                if (i == p) return null; // "/x": the regex would not take the slash, the line would differ
                if (i - p > 5) return null; // not a port; and six digits could be a cue ("702303")
            }
            return new End(s, colon, addrEnd, i);
        }

        /** The interface name is free text; the address and port are validated. */
        void free(byte[] b, LineScan out) {
            out.free(b, ifStart, colon);
        }

        void put(LineScan out, int ifName, int addrName) {
            out.attr(ifName, ifStart, colon).attr(addrName, colon + 1, addrEnd);
        }
    }
}
