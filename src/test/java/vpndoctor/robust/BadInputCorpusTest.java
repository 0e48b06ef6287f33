package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static vpndoctor.robust.BadInputs.GOOD_LOG;
import static vpndoctor.robust.BadInputs.diagnose;
import static vpndoctor.robust.BadInputs.file;
import static vpndoctor.robust.BadInputs.skipped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * One test per entry of src/test/resources/bad-inputs/: nothing crashes, the trouble is named
 * (source, and line where it is about a line), and the good parts of the same run are still
 * diagnosed. Log entries hold IKMP_BAD_MESSAGE lines from 192.0.2.45, so PSK_MISMATCH must survive.
 */
class BadInputCorpusTest {
    private static final String PEER = "192.0.2.45";

    private static void assertPskMismatch(Diagnosis d) {
        assertThat(d.rootCauses()).as("the good lines are still diagnosed")
                .anySatisfy(f -> {
                    assertThat(f.id()).isEqualTo("PSK_MISMATCH");
                    assertThat(f.tunnel()).isEqualTo(PEER);
                });
    }

    @Test
    void emptyFileIsNamedAndTheOtherLogStillCounts() {
        Diagnosis d = diagnose(Evidence.builder().log(file("empty.log")).log(GOOD_LOG));
        assertThat(skipped(d)).contains("empty.log: empty");
        assertPskMismatch(d);
    }

    @Test
    void binaryFileIsSkippedAsAWholeWithTheReason() {
        Diagnosis d = diagnose(Evidence.builder().log(file("binary.log")).log(GOOD_LOG));
        assertThat(skipped(d)).containsPattern("binary\\.log: binary file: \\d+ NUL bytes");
        assertThat(d.input().sources()).doesNotContain(file("binary.log").toString());
        assertPskMismatch(d);
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkIsRead() {
        for (String name : new String[]{"utf16le-bom.log", "utf16be-nobom.log"}) {
            Diagnosis d = diagnose(Evidence.builder().log(file(name)));
            assertThat(d.input().lines()).as(name).isEqualTo(3);
            assertThat(d.input().skipped()).as(name).isEmpty();
            assertPskMismatch(d);
        }
    }

    @Test
    void latin1TextIsRead() {
        Diagnosis d = diagnose(Evidence.builder().log(file("latin1.log")));
        assertThat(d.input().lines()).isEqualTo(2);
        assertThat(d.input().skipped()).isEmpty();
        assertPskMismatch(d);
    }

    @Test
    void afewNulBytesInALineDoNotSinkTheFile() {
        Diagnosis d = diagnose(Evidence.builder().log(file("nul-bytes.log")));
        assertThat(d.input().lines()).isEqualTo(21);
        assertPskMismatch(d);
    }

    @Test
    void tenMegabyteLineIsSkippedByNumberAndTheRestRead(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("one-huge-line.log");
        byte[] line = new byte[10 * 1024 * 1024];
        Arrays.fill(line, (byte) 'A');
        byte[] head = "%ASA-4-713903: IP = 192.0.2.45, ".getBytes(StandardCharsets.US_ASCII); // the line looks relevant too
        System.arraycopy(head, 0, line, 0, head.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(line, 0, line.length);
        out.write('\n');
        out.write(Files.readAllBytes(GOOD_LOG));
        Files.write(big, out.toByteArray());
        Diagnosis d = diagnose(Evidence.builder().log(big));
        assertThat(skipped(d)).contains("one-huge-line.log:1: line longer than 65536 characters, skipped");
        assertThat(d.input().skippedLines()).isEqualTo(1);
        assertPskMismatch(d);
    }

    @Test
    void crlfAndMixedLineEndingsCountEachLineOnce() {
        Diagnosis crlf = diagnose(Evidence.builder().log(file("crlf.log")));
        assertThat(crlf.input().lines()).isEqualTo(2);
        assertPskMismatch(crlf);
        // "A\r" "B\n" "C\r\n" "D\r" "\r\n" "\n": four text lines and two empty ones
        Diagnosis mixed = diagnose(Evidence.builder().log(file("mixed-endings.log")));
        assertThat(mixed.input().lines()).isEqualTo(6);
        assertPskMismatch(mixed);
    }

    @Test
    void proposalBlockCutInTheMiddleStillYieldsTheLaterVerdict() {
        Diagnosis d = diagnose(Evidence.builder().log(file("cut-proposal-block.log")));
        assertThat(d.rootCauseIds()).contains("ENCRYPTION_DOMAIN_MISMATCH");
        Finding f = d.rootCauses().stream().filter(x -> x.id().equals("ENCRYPTION_DOMAIN_MISMATCH")).findFirst().orElseThrow();
        assertThat(f.tunnel()).isEqualTo("2.2.2.3");
    }

    @Test
    void timestampsInUnknownFormatsDoNotHideTheMessages() {
        Diagnosis d = diagnose(Evidence.builder().log(file("unknown-timestamps.log")));
        assertThat(d.input().lines()).isEqualTo(4);
        assertThat(d.input().relevant()).as("every line still parsed as IKMP_BAD_MESSAGE").isEqualTo(4);
        assertPskMismatch(d);
    }

    @Test
    void addressesOutOfRangeNeverBecomeTunnels() {
        Diagnosis d = diagnose(Evidence.builder().log(file("ip-out-of-range.log")));
        assertThat(d.tunnels()).doesNotContain("300.1.1.1", "1.2.3.4.5");
        // known and left as is: "1.2.3.4.5" is read as peer 1.2.3.4 (the address patterns take the first
        // four octets); devices do not print five-octet addresses, a hand-edited log might
        assertPskMismatch(d);
    }

    @Test
    void configWithMasksThatAreNotMasksIsStillUsed() {
        Path sample = Path.of("facts-samples/004-pix-proxy-identities-not-supported-with-configs");
        Diagnosis d = diagnose(Evidence.builder().log(sample.resolve("pix-debug.log"))
                .localConfig(file("bad-masks.cfg")).peerConfig(sample.resolve("peer.cfg")));
        assertThat(d.rootCauseIds()).contains("ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(d.input().configUnparsed()).isGreaterThanOrEqualTo(1);
        // the facts command names each line that was not used, with file:line
        Cli cli = Cli.run("facts", "--config", file("bad-masks.cfg").toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("bad-masks.cfg:22", "bad-masks.cfg:31", "bad-masks.cfg:40");
        assertThat(cli.out()).doesNotContain("Zz9OtherKey", "Sup3rS3cret-04", "n0tpublic");
    }

    @Test
    void wrongTypedObservationsAreNamedAndTheGoodOneKept() {
        Diagnosis d = diagnose(Evidence.builder().observations(file("wrong-types.json")).log(GOOD_LOG));
        String s = skipped(d);
        assertThat(s).contains("wrong-types.json: unknown field \"severity\"",
                "wrong-types.json: observations[0]: expected an object with a text \"kind\"",
                "wrong-types.json: observations[1]", "wrong-types.json: observations[2]",
                "wrong-types.json: observations[3]: \"tunnel\" must be text",
                "wrong-types.json: observations[4]: unknown field \"seenBy\" ignored");
        assertPskMismatch(d);
        Cli cli = Cli.run("facts", "--observations", file("wrong-types.json").toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("observed SMALL_PACKETS_OK @192.0.2.147");
    }

    @Test
    void invalidJsonNamesTheFileAndLine() {
        Diagnosis d = diagnose(Evidence.builder().observations(file("not-json.json")).log(GOOD_LOG));
        assertThat(skipped(d)).containsPattern("not-json\\.json: not valid JSON at line \\d+");
        assertPskMismatch(d);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = DIRLESS.resolve("no-such.log");
        Diagnosis d = diagnose(Evidence.builder().log(missing).log(GOOD_LOG));
        assertThat(skipped(d)).contains(missing + ": file not found");
        assertPskMismatch(d);
    }

    @Test
    void directoryWhereAFileIsExpectedIsNamed(@TempDir Path tmp) {
        Diagnosis d = diagnose(Evidence.builder().log(tmp).localConfig(tmp).log(GOOD_LOG));
        assertThat(skipped(d)).contains(tmp + ": is a directory, expected a file");
        assertPskMismatch(d);
    }

    @Test
    void unreadableFileIsNamed(@TempDir Path tmp) throws IOException {
        Path locked = tmp.resolve("locked.log");
        Files.copy(GOOD_LOG, locked);
        boolean denied = locked.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeTrue(denied && !Files.isReadable(locked),
                "running as root (or on a file system without permissions): a chmod 000 file stays readable; see brokenGzip for a read that fails");
        Diagnosis d = diagnose(Evidence.builder().log(locked).log(GOOD_LOG));
        assertThat(skipped(d)).contains(locked + ": permission denied (not readable)");
        assertPskMismatch(d);
    }

    @Test
    void brokenGzipFailsToReadWithTheReason(@TempDir Path tmp) throws IOException {
        // a read that fails whoever runs the test: the file opens, but its content is not what its name says
        Path gz = tmp.resolve("rotated.log.gz");
        Files.writeString(gz, "this is not gzip\n");
        Diagnosis d = diagnose(Evidence.builder().log(gz).log(GOOD_LOG));
        assertThat(skipped(d)).contains(gz + ": could not be read to the end: ZipException: Not in GZIP format");
        assertPskMismatch(d);
    }

    private static final Path DIRLESS = Path.of("src/test/resources/bad-inputs/does-not-exist");
}
