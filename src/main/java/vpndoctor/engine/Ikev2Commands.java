package vpndoctor.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vpndoctor.model.Platform;

/**
 * The IKEv2 form of an IKEv1-only diagnostic command (catalog/ikev2-commands.tsv): "debug crypto isakmp"
 * shows nothing of an IKEv2 negotiation on IOS, "debug crypto ikev1" nothing on an ASA.
 */
final class Ikev2Commands {
    private Ikev2Commands() {}

    private record Row(Platform platform, String ikev1, String ikev2) {}

    private static final List<Row> ROWS = load();

    /** The commands with every IKEv1 form the table knows for p's family rewritten, duplicates dropped, order kept. */
    static List<String> of(List<String> commands, Platform p) {
        Platform family = p == null ? Platform.UNKNOWN : p.family();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String c : commands) out.add(rewrite(c, family));
        return List.copyOf(out);
    }

    private static String rewrite(String command, Platform family) {
        for (Row r : ROWS) {
            if (r.platform() != family || !command.startsWith(r.ikev1())) continue;
            String rest = command.substring(r.ikev1().length());
            if (rest.isEmpty() || rest.charAt(0) == ' ') return r.ikev2() + rest;
        }
        return command;
    }

    private static List<Row> load() {
        try (InputStream in = Ikev2Commands.class.getClassLoader().getResourceAsStream("catalog/ikev2-commands.tsv")) {
            if (in == null) throw new IllegalStateException("catalog/ikev2-commands.tsv missing from the class path");
            List<Row> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalStateException("catalog/ikev2-commands.tsv: expected platform<TAB>ikev1 form<TAB>ikev2 form: " + line);
                rows.add(new Row(Platform.valueOf(f[0]), f[1], f[2]));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
