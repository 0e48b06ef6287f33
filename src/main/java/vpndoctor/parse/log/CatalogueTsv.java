package vpndoctor.parse.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a bundled message catalogue (catalog/asa-messages.tsv, catalog/ios-messages.tsv): '#' lines
 * and blank lines skipped, every other line exactly {@code fields} tab-separated fields. A bad table
 * is a build fault, so it fails loudly with resource:line.
 */
final class CatalogueTsv {
    /** One data row: its line number in the resource and its fields. */
    interface Row {
        void accept(int lineNo, String[] fields);
    }

    private CatalogueTsv() {}

    static void read(String resource, int fields, Row row) {
        InputStream in = CatalogueTsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != fields) throw new IllegalStateException(resource + ":" + n + ": expected " + fields + " tab-separated fields");
                row.accept(n, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failure at one row of the table. */
    static IllegalStateException at(String resource, int lineNo, String what) {
        return new IllegalStateException(resource + ":" + lineNo + ": " + what);
    }
}
