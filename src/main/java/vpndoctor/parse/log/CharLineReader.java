package vpndoctor.parse.log;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits an already-decoded character stream (UTF-16 input) into lines on CR, LF or CRLF, keeping at
 * most {@link LineLimits#MAX_CHARS} characters of a line in memory.
 */
final class CharLineReader {
    void read(Reader in, LineSink sink) throws IOException {
        char[] buf = new char[1 << 15];
        StringBuilder line = new StringBuilder(256);
        boolean overflow = false;
        boolean skipLf = false;
        boolean pending = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (c == '\n' || c == '\r') {
                    if (c == '\n' && skipLf && !pending) { skipLf = false; continue; }
                    if (overflow) sink.tooLong(); else sink.line(line.toString());
                    line.setLength(0);
                    overflow = false;
                    pending = false;
                    skipLf = c == '\r';
                    continue;
                }
                skipLf = false;
                pending = true;
                if (overflow) continue;
                if (line.length() >= LineLimits.MAX_CHARS) { overflow = true; line.setLength(0); continue; }
                line.append(c);
            }
        }
        if (pending) {
            if (overflow) sink.tooLong(); else sink.line(line.toString());
        }
    }
}
