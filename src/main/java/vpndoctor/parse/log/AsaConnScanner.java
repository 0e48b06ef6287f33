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
        int protoEnd = wordEnd(b, i, to);
        int src = head(b, i, protoEnd, to, out);
        int srcEnd = src < 0 ? -1 : end(b, src, to, out);
        if (srcEnd < 0) return Result.SLOW;
        int srcColon = out.endColon, srcAddrEnd = out.endAddr;
        i = srcEnd;
        // "(mapped/port)" and "(user)" tokens may stand between the two ends; none has a space
        while (i < to && b[i] == ' ' && i + 1 < to && b[i + 1] == '(') {
            i = indexOfSpace(b, i + 1, to);
        }
        if (!startsWithCI(b, i, to, " to ")) return Result.SLOW;
        out.free(b, srcEnd, i);
        int dst = i + 4;
        int dstEnd = end(b, dst, to, out);
        if (dstEnd < 0) return Result.SLOW; // what follows is not read (the regex ends here too)
        int dstColon = out.endColon, dstAddrEnd = out.endAddr;
        out.free(b, dstEnd, to);
        out.free(b, src, srcColon + 1);
        out.free(b, dst, dstColon + 1);
        // NatConnRules tries the translation and teardown needles before this one
        if ((out.freeWords & (ANY_LINE | RareWords.TRANS | RareWords.TEARDOWN)) != 0) return Result.SLOW;
        out.is(EventKind.CONN_BUILT).attr(LineScan.DIRECTION, dirStart, dirEnd).lowerAttr(LineScan.PROTO, protoStart, protoEnd);
        out.attr(LineScan.SRC_IF, src, srcColon).attr(LineScan.SRC, srcColon + 1, srcAddrEnd);
        out.attr(LineScan.DST_IF, dst, dstColon).attr(LineScan.DST, dstColon + 1, dstAddrEnd);
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
        int from = i + 17;
        int fromEnd = end(b, from, to, out);
        if (fromEnd < 0 || !startsWithCI(b, fromEnd, to, " to ")) return Result.SLOW;
        int fromColon = out.endColon, fromAddrEnd = out.endAddr;
        int dest = fromEnd + 4;
        int destEnd = end(b, dest, to, out);
        if (destEnd < 0) return Result.SLOW; // what follows is not read (the regex ends here too)
        int destColon = out.endColon, destAddrEnd = out.endAddr;
        out.free(b, destEnd, to);
        out.free(b, from, fromColon + 1);
        out.free(b, dest, destColon + 1);
        if ((out.freeWords & ANY_LINE) != 0) return Result.SLOW;
        out.is(EventKind.XLATE_BUILT).lowerAttr(LineScan.TYPE, typeStart, typeEnd);
        if (protoStart >= 0) out.lowerAttr(LineScan.PROTO, protoStart, protoEnd);
        out.attr(LineScan.FROM_IF, from, fromColon).attr(LineScan.FROM, fromColon + 1, fromAddrEnd);
        out.attr(LineScan.TO_IF, dest, destColon).attr(LineScan.TO, destColon + 1, destAddrEnd);
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
        int protoEnd = wordEnd(b, i, to);
        int src = head(b, i, protoEnd, to, out);
        int srcEnd = src < 0 ? -1 : end(b, src, to, out);
        if (srcEnd < 0 || !startsWithCI(b, srcEnd, to, " to ")) return Result.SLOW;
        int srcColon = out.endColon, srcAddrEnd = out.endAddr;
        int dst = srcEnd + 4;
        int dstEnd = end(b, dst, to, out);
        if (dstEnd < 0) return Result.SLOW;
        int dstColon = out.endColon, dstAddrEnd = out.endAddr;
        i = dstEnd;
        int afterBytes = durationAndBytes(b, i, to);
        // " duration 0:01:02 bytes 123" holds no word (letters only in those two, digits and colons
        // cannot start one, and it ends with a digit, which no word's first part does): only the reason
        // and whatever follows is free text; a duration of another shape is searched as well
        out.free(b, afterBytes >= 0 && digitsAndColons(b, i + 10, AsciiBytes.indexOf(b, i + 10, to, " ")) ? afterBytes : i, to);
        out.free(b, src, srcColon + 1);
        out.free(b, dst, dstColon + 1);
        // a "built" (the translation needle), a "trans", or a second "teardown" (this line's first is fixed text)
        if ((out.freeWords & (ANY_LINE | RareWords.BUILT | RareWords.TRANS | RareWords.TEARDOWN)) != 0) return Result.SLOW;
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
        out.attr(LineScan.SRC_IF, src, srcColon).attr(LineScan.SRC, srcColon + 1, srcAddrEnd);
        out.attr(LineScan.DST_IF, dst, dstColon).attr(LineScan.DST, dstColon + 1, dstAddrEnd);
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

    /** Whether b[from, to) is made of digits and colons only (from < to). */
    private static boolean digitsAndColons(byte[] b, int from, int to) {
        if (to <= from) return false;
        for (int i = from; i < to; i++) {
            if (!isDigit(b[i]) && b[i] != ':') return false;
        }
        return true;
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

    /**
     * "TCP connection 123 for " at i, the part built and torn-down connections share before the
     * source end (protoEnd: where the protocol name ends): the index of that end, or -1.
     */
    private static int head(byte[] b, int i, int protoEnd, int to, LineScan out) {
        if (protoEnd == i || !startsWithCI(b, protoEnd, to, " connection ")) return -1;
        out.free(b, i, protoEnd);
        int idStart = protoEnd + 12;
        int idEnd = skipToken(b, idStart, to);
        if (idEnd < 0 || !startsWithCI(b, idEnd, to, " for ")) return -1;
        out.free(b, idStart, idEnd);
        return idEnd + 5;
    }

    /** Bytes of an interface name in an end: \w, '.' and '-'. */
    private static final boolean[] IF_NAME = new boolean[256];

    static {
        for (int c = 0; c < 128; c++) IF_NAME[c] = isWord((byte) c) || c == '.' || c == '-';
    }

    /**
     * "ifname:1.2.3.4" with an optional "/port" at i, the regex END of NatConnRules with a valid IPv4
     * address: the index after it, or -1; its colon and the address's end go to out.endColon and
     * out.endAddr (numbers, not an object: two ends a line, millions of lines). The interface name is
     * free text (with its colon, so a word ending in ':' is seen); the address and port are validated.
     */
    private static int end(byte[] b, int i, int to, LineScan out) {
        int s = i;
        while (i < to && IF_NAME[b[i] & 0xFF]) i++;
        if (i == s || i >= to || b[i] != ':') return -1;
        int colon = i;
        int a = ++i;
        // the run of digits and dots must be a valid IPv4 address (Addresses#isIpv4), checked as it is read
        int parts = 0, value = 0, digits = 0;
        for (; i < to; i++) {
            byte c = b[i];
            if (isDigit(c)) {
                value = value * 10 + (c - '0');
                if (++digits > 3) return -1;
            } else if (c == '.') {
                if (digits == 0 || value > 255) return -1;
                parts++;
                value = 0;
                digits = 0;
            } else {
                break;
            }
        }
        if (digits == 0 || value > 255 || parts != 3 || i - a > 15) return -1;
        int addrEnd = i;
        if (i < to && b[i] == '/') {
            int p = ++i;
            while (i < to && isDigit(b[i])) i++;
            if (i == p) return -1; // "/x": the regex would not take the slash, the line would differ
            if (i - p > 5) return -1; // not a port; and six digits could be a cue ("702303")
        }
        out.endColon = colon;
        out.endAddr = addrEnd;
        return i;
    }
}
