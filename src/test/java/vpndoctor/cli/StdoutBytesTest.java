package vpndoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vpndoctor.bench.SyslogGenerator;

/**
 * The report reaches standard output through {@link StdoutBytes} (one 1 MB buffer) instead of picocli's out (an
 * OutputStreamWriter that writes every 8 KB): the bytes must be the same, whatever the chars and however the
 * writes cut them.
 */
class StdoutBytesTest {
    @TempDir Path dir;

    /** Random text (ASCII, Latin-1, other BMP chars, surrogate pairs, lone surrogates) in random pieces: the bytes of OutputStreamWriter. */
    @Test
    void sameBytesAsOutputStreamWriterForAnyCharsAndCuts() throws Exception {
        Random r = new Random(14);
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, StandardCharsets.UTF_16LE)) {
            for (int round = 0; round < 40; round++) {
                char[] text = randomText(r, r.nextInt(round < 20 ? 200 : 3_000_000));
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                Writer old = new OutputStreamWriter(expected, cs);
                Writer now = new StdoutBytes(actual, cs);
                for (int i = 0; i < text.length; ) {
                    int n = Math.min(text.length - i, r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 1 + r.nextInt(20_000));
                    if (r.nextBoolean()) {
                        old.write(text, i, n);
                        now.write(text, i, n);
                    } else {
                        String s = new String(text, i, n);
                        old.write(s);
                        now.write(s);
                    }
                    i += n;
                }
                old.flush();
                now.flush();
                assertThat(actual.toByteArray()).as(cs + " round " + round).isEqualTo(expected.toByteArray());
            }
        }
    }

    private static char[] randomText(Random r, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(100);
            if (k < 80) c[i] = (char) (0x20 + r.nextInt(0x5f));
            else if (k < 88) c[i] = (char) (0x80 + r.nextInt(0x80));
            else if (k < 93) c[i] = (char) (0x100 + r.nextInt(0xd700));
            else if (k < 97 && i + 1 < n) {
                c[i++] = (char) (0xd800 + r.nextInt(0x400));
                c[i] = (char) (0xdc00 + r.nextInt(0x400));
            } else c[i] = (char) (0xd800 + r.nextInt(0x800)); // lone, high or low
        }
        return c;
    }

    /**
     * The command itself, in a JVM started through {@link Main#main} (whose standard output it owns): its JSON Lines and
     * JSON reports of a generated 300-tunnel log (over 1 MB of JSON Lines) are the bytes picocli's out writes in this JVM.
     */
    @Test
    void mainWritesTheReportPicocliWouldWrite() throws Exception {
        Path log = dir.resolve("g.log");
        try (var out = Files.newOutputStream(log)) {
            new SyslogGenerator(20_000, 300, 5, SyslogGenerator.autoShare(20_000, 300)).write(out);
        }
        for (String format : List.of("jsonl", "json")) {
            String[] args = {"diagnose", log.toString(), "--format", format};
            StringWriter in = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(in, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            assertThat(cl.execute(args)).isZero();
            byte[] picocli = in.toString().getBytes(StdoutBytes.charset());

            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(List.of(args));
            Path stdout = dir.resolve("out." + format);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(dir.resolve("err.txt").toFile());
            pb.environment().put("VPNDOCTOR_RELAUNCH", "off");
            pb.environment().put("VPNDOCTOR_CACHE", "off");
            Process p = pb.start();
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
            if (format.equals("jsonl")) assertThat(picocli.length).isGreaterThan(1 << 20);
            byte[] main = Files.readAllBytes(stdout);
            assertThat(java.util.Arrays.mismatch(main, picocli)).as(format + ": first byte that differs (of " + picocli.length + ")").isEqualTo(-1);
        }
    }
}
