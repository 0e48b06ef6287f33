package vpndoctor.parse.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import vpndoctor.model.InputAccounting;

/**
 * Log exports that list the newest line first (a Splunk, Graylog or Kibana search exported as it is
 * shown, most SIEM exports, journalctl -r) are read oldest first: rules read order (the first and
 * last step of a negotiation, which phase came after which). Told from the dated lines alone: their
 * times step down far more often than up (at least {@value #MIN_DOWN} steps down and at most one step
 * up for ten down) and nearly every non-blank line is dated (two or a tenth may not be: header rows). Undated text keeps its order (a
 * reversed debug paste cannot be told from a forward one), and so does a merge of two devices' logs,
 * unsorted in places but stepping up. Decided first on the source's head; only then is the whole
 * source held (up to {@value #MAX_BYTES} bytes) and decided again on all its lines. Lines a terminal
 * broke ({@link TerminalWrap}) move with the line they continue. Origins and notes keep the file's
 * line numbers ({@link SourceContext#fileLine}).
 */
final class NewestFirst {
    /** The largest source reordered (held in memory while it is read): a larger one is read as written, with a note. */
    static final int MAX_BYTES = 48 << 20;
    static final int MIN_DOWN = 2;

    private NewestFirst() {}

    /**
     * The source to read: {@code text} as it stands, or its lines oldest first (then ctx.reversedLines
     * is set and a note says so). head: the first bytes of text (text still starts with them); whole:
     * head is all of it.
     */
    static InputStream oldestFirst(InputStream text, byte[] head, boolean whole, SourceContext ctx, InputAccounting acct) throws IOException {
        return oldestFirst(text, head, whole, ctx, acct, MAX_BYTES);
    }

    /** {@link #oldestFirst(InputStream, byte[], boolean, SourceContext, InputAccounting)} holding at most maxBytes (a test's small limit). */
    static InputStream oldestFirst(InputStream text, byte[] head, boolean whole, SourceContext ctx, InputAccounting acct, int maxBytes) throws IOException {
        if (!Lines.of(head, head.length, !whole, ctx.wrapWidth).newestFirst()) return text;
        byte[] all = whole && head.length <= maxBytes ? head : text.readNBytes(maxBytes + 1);
        if (all.length > maxBytes) {
            acct.noteLine(ctx.source, 1, "its dated lines run newest first (a log export's order), but the file is over "
                    + maxBytes + " bytes, more than is held to reorder: read as written, so what came first and last may be misread;"
                    + " sort it oldest first");
            return new SequenceInputStream(new ByteArrayInputStream(all), text); // what was held, then the rest
        }
        Lines lines = Lines.of(all, all.length, false, ctx.wrapWidth);
        if (!lines.newestFirst()) return new ByteArrayInputStream(all);
        ctx.reversedLines = lines.count;
        acct.noteLine(ctx.source, 1, lines.count + " lines listed newest first (a log export's order): read oldest first;"
                + " line numbers are the file's");
        return lines.reversed();
    }

    /** The lines of b[0, n) (split as {@link ByteLineReader} splits), grouped into records, with the order evidence of their times. */
    static final class Lines {
        final byte[] b;
        int count;
        int[] from = new int[64], to = new int[64];
        /** Index of each record's first line (a line and the pieces that continue it); records + 1 entries used. */
        int[] record = new int[64];
        int records;
        int dated, undated, up, down;

        private Lines(byte[] b) {
            this.b = b;
        }

        /** partial: the last line may be cut off by the end of the sample (it is left out). */
        static Lines of(byte[] b, int n, boolean partial, int width) {
            Lines l = new Lines(b);
            int start = 0;
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (c != '\n' && c != '\r') continue;
                l.add(start, i);
                if (c == '\r' && i + 1 < n && b[i + 1] == '\n') i++;
                start = i + 1;
            }
            if (start < n && !partial) l.add(start, n);
            l.group(width);
            return l;
        }

        private void add(int f, int t) {
            if (count == from.length) {
                from = java.util.Arrays.copyOf(from, count * 2);
                to = java.util.Arrays.copyOf(to, count * 2);
            }
            from[count] = f;
            to[count++] = t;
        }

        /** Groups lines into records (a line broken by a terminal with its pieces) and counts the records' time steps. */
        private void group(int width) {
            long last = -1;
            int i = 0;
            while (i < count) {
                if (records + 1 >= record.length) record = java.util.Arrays.copyOf(record, record.length * 2);
                record[records++] = i;
                int len = to[i] - from[i];
                int j = i + 1;
                StringBuilder held = null;
                if (TerminalWrap.splitHead(b, from[i], len)) {
                    // an IOS message printed on two lines stays one record: its second line follows it
                    if (j < count && TerminalWrap.continues(TerminalWrap.SPLIT, AsciiBytes.string(b, from[i], to[i]), b, from[j], to[j] - from[j])) j++;
                } else if (len == width && TerminalWrap.mayBeCut(b, from[i], len, width) == TerminalWrap.DATED) {
                    held = new StringBuilder(AsciiBytes.string(b, from[i], to[i]));
                    while (j < count && TerminalWrap.continues(TerminalWrap.DATED, held, b, from[j], to[j] - from[j])) {
                        held.append(AsciiBytes.string(b, from[j], to[j]));
                        boolean full = to[j] - from[j] == width; // a full-width piece may go on again
                        j++;
                        if (!full) break;
                    }
                }
                // a broken record's time is read from it joined (a CSV row's first piece has no closing quote)
                long t = held != null && j > i + 1 ? seconds(held.toString()) : seconds(b, from[i], to[i]);
                if (t >= 0) {
                    dated++;
                    if (last >= 0 && t < last) down++;
                    else if (last >= 0 && t > last) up++;
                    last = t;
                } else if (!blank(b, from[i], to[i])) {
                    undated++;
                }
                i = j;
            }
            record[records] = count;
        }

        /** Times step down, almost never up, and nearly every non-blank line is dated (an export's header row, journalctl's "-- Logs begin at" line need not be). */
        boolean newestFirst() {
            return down >= MIN_DOWN && up * 10 <= down && undated <= Math.max(2, dated / 10);
        }

        /** The records last first, each line ended by a line feed. */
        InputStream reversed() {
            int[] order = new int[count];
            int k = 0;
            for (int r = records - 1; r >= 0; r--) {
                for (int i = record[r]; i < record[r + 1]; i++) order[k++] = i;
            }
            return new InputStream() {
                private int line, pos = -1; // pos -1: the line's first byte is next

                @Override public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override public int read(byte[] out, int off, int len) {
                    if (len == 0) return 0;
                    int n = 0;
                    while (n < len && line < count) {
                        int l = order[line];
                        if (pos < 0) pos = from[l];
                        if (pos < to[l]) {
                            int m = Math.min(len - n, to[l] - pos);
                            System.arraycopy(b, pos, out, off + n, m);
                            pos += m;
                            n += m;
                        } else {
                            out[off + n++] = '\n';
                            line++;
                            pos = -1;
                        }
                    }
                    return n == 0 ? -1 : n;
                }
            };
        }

        private static boolean blank(byte[] b, int f, int t) {
            for (int i = f; i < t; i++) if (b[i] != ' ' && b[i] != '\t') return false;
            return true;
        }

        /** The line's envelope time in {@link TimeWindow#seconds}, or -1 (a first-byte test before any parsing). */
        private static long seconds(byte[] b, int f, int t) {
            int i = f;
            while (i < t && (b[i] == ' ' || b[i] == '\t' || b[i] == '>')) i++; // a paste's indentation or e-mail quote marks
            if (i >= t) return -1;
            byte c = b[i];
            if (!(AsciiBytes.isDigit(c) || c == '<' || c == '"' || c == '{' || c == '*' || c == '.' || c == ':' || c >= 'A' && c <= 'Z')) return -1;
            return seconds(new String(b, f, t - f, StandardCharsets.ISO_8859_1));
        }

        private static long seconds(String line) {
            return TimeWindow.seconds(Envelope.strip(TextNormalizer.normalize(line)).time());
        }
    }
}
