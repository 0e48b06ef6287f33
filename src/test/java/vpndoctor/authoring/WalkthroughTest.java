package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the walkthrough of rules-drl/README.md as written: every block marked
 * {@code <!-- walkthrough: file PATH -->} is written to PATH, every {@code $ vpn-doctor ...} line of
 * a block marked {@code <!-- walkthrough: run [exit=N] -->} is run (in-process, through the same
 * command line as the jar), and the lines shown under it must appear in its output ("..." = any
 * text). Paths starting with "my-" live in a fresh folder; the others are the project's.
 */
class WalkthroughTest {
    private static final Pattern MARK = Pattern.compile("<!-- walkthrough: (file|run)\\s*([^>]*?)\\s*-->");

    @TempDir Path work;

    @Test
    void readmeWalkthroughWorksAsWritten() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("rules-drl", "README.md"));
        int files = 0, commands = 0;
        for (int i = 0; i < lines.size(); i++) {
            var m = MARK.matcher(lines.get(i));
            if (!m.find()) continue;
            List<String> block = fencedBlockAfter(lines, i);
            if (m.group(1).equals("file")) {
                Path target = path(m.group(2));
                Files.createDirectories(target.getParent());
                Files.writeString(target, String.join("\n", block) + "\n");
                files++;
            } else {
                int exit = m.group(2).startsWith("exit=") ? Integer.parseInt(m.group(2).substring(5)) : 0;
                commands += runBlock(block, exit);
            }
        }
        assertThat(files).as("files the walkthrough writes").isGreaterThanOrEqualTo(5);
        assertThat(commands).as("commands the walkthrough runs").isGreaterThanOrEqualTo(9);
    }

    private int runBlock(List<String> block, int exit) {
        int n = 0;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (!line.startsWith("$ vpn-doctor ")) continue;
            List<String> args = new ArrayList<>();
            for (String tok : line.substring("$ vpn-doctor ".length()).trim().split("\\s+")) {
                args.add(tok.startsWith("my-") ? path(tok).toString() : tok);
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            n++;
            assertThat(r.exit()).as(line + "\n" + r).isEqualTo(exit);
            // read the output as if run beside the my-* folders, as the README shows it
            String output = (r.out() + r.err()).replace(work.toString() + java.io.File.separator, "");
            for (int j = i + 1; j < block.size() && !block.get(j).startsWith("$ "); j++) {
                String want = block.get(j);
                if (want.isBlank()) continue;
                assertThat(appears(output, want)).as(line + ": expected a line containing\n  " + want + "\n" + r).isTrue();
            }
        }
        return n;
    }

    /** True when some output line contains the parts of {@code want} around "..." in order. */
    private static boolean appears(String output, String want) {
        StringBuilder re = new StringBuilder("(?m)");
        String[] parts = want.split("\\.\\.\\.", -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) re.append(".*");
            re.append(Pattern.quote(parts[k]));
        }
        return Pattern.compile(re.toString()).matcher(output).find();
    }

    private Path path(String p) {
        return p.startsWith("my-") ? work.resolve(p) : Path.of(p);
    }

    private static List<String> fencedBlockAfter(List<String> lines, int mark) {
        int start = mark + 1;
        while (!lines.get(start).startsWith("```")) start++;
        List<String> block = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).startsWith("```"); i++) block.add(lines.get(i));
        return block;
    }
}
