package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;

/**
 * The byte scanner and the reader thread are speed-ups only: every mode must give exactly what the
 * full per-line path gives (events with ids, counts, samples, sequence numbers and times; unrecognized
 * lines; accounting) on generated syslog, on every sample case's logs, on edge cases of the scanner's
 * grammar, and on randomly mutated connection lines.
 */
class ScanEquivalenceTest {
    @Test
    void generatedSyslogIsReadTheSameInEveryMode() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(60_000, 12, 7, 0.05).write(out);
        assertSameInEveryMode(out.toByteArray());
    }

    @Test
    void sampleCaseLogsAreReadTheSameInEveryMode() throws IOException {
        List<Path> logs;
        try (Stream<Path> s = Files.walk(Path.of("facts-samples"))) {
            logs = s.filter(p -> !p.toString().contains("real-heldout")).filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
        assertThat(logs).hasSizeGreaterThan(50);
        for (Path log : logs) assertSameInEveryMode(Files.readAllBytes(log));
    }

    @Test
    void edgeCasesOfTheConnectionGrammarAreReadTheSame() {
        String p = "Nov 26 00:00:01 asa-hq %ASA-6-";
        String[] lines = {
            p + "302013: Built outbound TCP connection 1 for outside:1.2.3.4/443 (1.2.3.4/443) to inside:10.0.0.1/5 (198.51.100.1/5)",
            p + "302013: Built inbound TCP connection 2 for outside:1.2.3.4/443 (1.2.3.4/443)(LOCAL\\bob) to inside:10.0.0.1/5 (198.51.100.1/5) (bob)",
            p + "302013: Built outbound TCP connection 97023035 for outside:1.2.3.4/443 (1.2.3.4/443) to inside:10.0.0.1/5 (1.1.1.1/5)",
            p + "302013: Built outbound TCP connection 3 for oak_mm:1.2.3.4/443 (1.2.3.4/443) to inside:10.0.0.1/5 (1.1.1.1/5)",
            p + "302013: BUILT OUTBOUND tcp CONNECTION 4 FOR outside:1.2.3.4/443 TO inside:10.0.0.1/5",
            p + "302013: Built outbound TCP connection 5 for outside:300.2.3.4/443 (1.2.3.4/443) to inside:10.0.0.1/5 (1.1.1.1/5)",
            p + "302013: Built outbound TCP connection 6 for outside:1.2.3.4/x to inside:10.0.0.1/5",
            p + "302013: Built outbound TCP connection 7 for outside:1.2.3.4 to inside:10.0.0.1",
            p + "302013: Built outbound TCP connection 8 for outside:1.2.3.4/1 via x to nowhere to inside:10.0.0.1/2",
            p + "302013: Built outbound CASINO connection 9 for outside:1.2.3.4/1 to inside:10.0.0.1/2 no trans",
            p + "302015: Built outbound UDP connection 10 for outside:1.2.3.4/53 (1.2.3.4/53) to inside:10.0.0.1/5 (1.1.1.1/5) teardown dynamic",
            p + "302014: Teardown TCP connection 11 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 0 SYN Timeout",
            p + "302014: Teardown TCP connection 12 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 0 SYN Timeout (bob)",
            p + "302014: Teardown TCP connection 13 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 12x TCP FINs",
            p + "302014: Teardown TCP connection 14 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes TCP FINs",
            p + "302014: Teardown TCP connection 15 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            p + "302014: Teardown TCP connection 16 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 9   ",
            p + "302014: Teardown TCP connection 17 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 9 Built by x:1.1.1.1",
            p + "302014: Teardown TCP connection 18 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 9 teardown again",
            p + "302014: Teardown dynamic connection 19 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            p + "302014: Teardown TCP connection 20 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 9 Main Mode",
            p + "302016: Teardown UDP connection 21 for outside:1.2.3.4/53 to inside:10.0.0.1/5 duration 0:02:01 bytes 219",
            p + "305011: Built dynamic TCP translation from inside:10.0.0.1/5 to outside:198.51.100.1/7",
            p + "305009: Built dynamic translation from inside:10.0.0.1 to outside:198.51.100.1",
            p + "305009: Built static translation translation from inside:10.0.0.1 to outside:198.51.100.1",
            p + "305011: Built dynamic CASINO translation from inside:10.0.0.1/5 to outside:198.51.100.1/7",
            p + "305011: Built weird TCP translation from inside:10.0.0.1/5 to outside:198.51.100.1/7",
            p + "305012: Teardown dynamic TCP translation from inside:10.0.0.1/5 to outside:198.51.100.1/7 duration 0:00:30",
            p + "305012: Teardown static translation from inside:10.0.0.1/5 to outside:198.51.100.1/7 duration 0:00:30",
            p + "305012: Teardown static TCP translation from inside:10.0.0.1/5 to outside:198.51.100.1/7 duration 0:00:30",
            p + "305005: No translation group found for tcp src inside:10.0.0.1/1045 dst outside:10.1.0.1/80",
            p + "305006: translation creation failed for tcp src inside:10.0.0.1/1045 dst outside:10.1.0.1/80",
            "Nov 26 00:00:01 asa-hq %ASA-4-106023: Deny tcp src outside:1.2.3.4/5 dst inside:10.0.0.1/22 by access-group \"pmtu\"",
            "Nov 26 00:00:01 asa-hq %ASA-5-111008: User 'admin' executed the 'clear crypto ipsec sa' command.",
            "Nov 26 00:00:01 asa-hq %ASA-5-111008: User 'admin' executed the 'show run' command.",
            "Nov 26 00:00:01 asa-hq %ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x1) between 10.0.0.1 and 1.2.3.4 has been created.",
            "Nov 26 00:00:01 asa-hq %ASA-5-713119: Group = 1.2.3.4, IP = 1.2.3.4, PHASE 1 COMPLETED",
            "Nov 26 00:00:01 asa-hq %ASA-5-7131: short id",
            "Nov 26 00:00:01 asa-hq %ASA-5-abcdef: no id",
            "Nov 26 00:00:01 asa-hq %ASA-",
            "%ASA-6-302013: Built outbound TCP connection 22 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "   %ASA-6-302013: Built outbound TCP connection 23 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "<166>Nov 26 2026 10:00:02 fw1 : %ASA-6-302013: Built outbound TCP connection 24 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            // 'logging emblem': a colon before the time, the class in the id (the scanner skips it to read the id)
            "<166>:Nov 26 10:00:02 UTC: %ASA-session-6-302013: Built outbound TCP connection 25 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "Nov 26 10:00:03 10.0.0.1 :Nov 26 10:00:02 UTC: %ASA-session-6-302014: Teardown TCP connection 25 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 0 SYN Timeout",
            "<166>:%ASA-threat-detection-4-733100: [ Scanning] drop rate-1 exceeded",
            "<166>:%ASA-vpn-5-713119: Group = 1.2.3.4, IP = 1.2.3.4, PHASE 1 COMPLETED",
            "<166>:%ASA-session-6-30201: short id after a class",
            "<166>:%ASA-sessionwithoutlevel: no level",
            "<166>1 2026-11-26T10:00:02Z fw1 - - - - %ASA-6-302013: Built outbound TCP connection 25 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "Nov 26 00:00:01 relay: fw1 %ASA-6-302013: Built outbound TCP connection 26 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "Nov 26 00:00:01 %FWSM-x %PIX-6-302013: Built outbound TCP connection 27 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "Nov 26 00:00:01 fw %PIX-6-302013: Built outbound TCP connection 28 for outside:1.2.3.4/443 to inside:10.0.0.1/5 %FWSM-",
            "Nov 26 00:00:01 fw %FWSM-6-302013: Built outbound TCP connection 29 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "Nov 26 00:00:01 fw\t%ASA-6-302013: Built outbound TCP connection 30 for outside:1.2.3.4/443 to inside:10.0.0.1/5",
            "Nov 26 00:00:01 fw %ASA-6-302013: Built outbound TCP connection 31 for outside:1.2.3.4/443 to inside:10.0.0.1/5 \u00e9",
            "IPSEC(sa_request): ,",
            "  (key eng. msg.) OUTBOUND local= 10.0.0.1, remote= 1.2.3.4,",
            p + "302013: Built outbound TCP connection 32 for outside:1.2.3.4/443 to inside:10.0.0.1/5 protocol=",
            "    protocol= ESP, transform= esp-3des esp-md5-hmac ,",
            p + "302014: Teardown TCP connection 33 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 0 SYN Timeout",
            // a cue that ends with the interface name's colon; cues in the duration and right after the byte count
            p + "302013: Built outbound TCP connection 34 for x-702303:1.2.3.4/443 (1.2.3.4/443) to inside:10.0.0.1/5 (1.1.1.1/5)",
            p + "302014: Teardown TCP connection 35 for outside:1.2.3.4/443 to x-702303:10.0.0.1/5 duration 0:00:01 bytes 0 TCP FINs",
            p + "302014: Teardown TCP connection 36 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:mode:01 bytes 0 TCP FINs",
            p + "302014: Teardown TCP connection 37 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 0-702303: x",
            p + "302014: Teardown TCP connection 38 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 0:00:01 bytes 0isakmp",
            p + "302014: Teardown TCP connection 39 for outside:1.2.3.4/443 to inside:10.0.0.1/5 duration 1:02:03:04 bytes 77 Main Mode",
            p + "305011: Built dynamic TCP translation from in-702303:10.0.0.1/5 to outside:198.51.100.1/7",
            "%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up",
            "",
            "Peer 1.2.3.4 not responding",
        };
        assertSameInEveryMode((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        // each line alone too: no context from its neighbours
        for (String line : lines) assertSameInEveryMode((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tooLongLinesAndBatchBoundariesAreReadTheSame() {
        StringBuilder b = new StringBuilder();
        String conn = "Nov 26 00:00:01 asa-hq %ASA-6-302013: Built outbound TCP connection 1 for outside:1.2.3.4/443 to inside:10.0.0.1/5\n";
        for (int i = 0; i < ScannedBatch.MAX_LINES * 3 + 17; i++) {
            if (i % 1000 == 7) b.append("%ASA-6-302013: ").append("a".repeat(LineLimits.MAX_CHARS + 5)).append('\n');
            if (i % 1000 == 9) b.append("z".repeat(LineLimits.MAX_CHARS)).append('\n');
            b.append(conn);
        }
        assertSameInEveryMode(b.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void mutatedConnectionLinesAreReadTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(3_000, 4, 11, 0.02).write(out);
        String[] lines = out.toString(StandardCharsets.ISO_8859_1).split("\n");
        String[] inserts = {" ", "(", ")", ":", "/", ".", "x", "_", "-", "9", "Built ", "teardown ", "trans", "no trans", "SYN Timeout",
            " to ", " (u)", "mode", "\t", "300", "inbound ", "dynamic ", "connection ", " duration ", " bytes ",
            // the cues and needles the scanners look for only in a line's free text, and what borders it
            "702303", "-702303:", "OAK_QM", "isakmp", "IPSEC(", "sa_request", "message id = 0", "proposal", "Main Mode",
            "creation", "no", "No ", "spi", "pmtu", "crypto", "has been created", "anti-replay", "Teardown ", "BUILT", "7023035"};
        SplittableRandom rnd = new SplittableRandom(5);
        StringBuilder mutated = new StringBuilder();
        for (int round = 0; round < 8; round++) {
            for (String line : lines) {
                StringBuilder m = new StringBuilder(line);
                int edits = rnd.nextInt(1, 3);
                for (int e = 0; e < edits && m.length() > 0; e++) {
                    int at = rnd.nextInt(m.length());
                    switch (rnd.nextInt(3)) {
                        case 0 -> m.insert(at, inserts[rnd.nextInt(inserts.length)]);
                        case 1 -> m.deleteCharAt(at);
                        default -> m.replace(at, Math.min(m.length(), at + rnd.nextInt(1, 6)), inserts[rnd.nextInt(inserts.length)]);
                    }
                }
                mutated.append(m).append('\n');
            }
        }
        assertSameInEveryMode(mutated.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void linesSplitAcrossReadsAreReadTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(5_000, 4, 3, 0.05).write(out);
        byte[] input = out.toByteArray();
        String reference = render(input, LogIngest.Mode.STRINGS);
        // a stream that hands out a few bytes at a time: lines end up split across the reader's buffer fills
        for (int chunk : new int[] {1, 7, 4093}) {
            assertThat(render(new Trickle(input, chunk), LogIngest.Mode.PARALLEL)).isEqualTo(reference);
            assertThat(render(new Trickle(input, chunk), LogIngest.Mode.SCAN)).isEqualTo(reference);
        }
    }

    /** At most chunk bytes per read. */
    private static final class Trickle extends ByteArrayInputStream {
        private final int chunk;

        Trickle(byte[] b, int chunk) {
            super(b);
            this.chunk = chunk;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
        }
    }

    private static void assertSameInEveryMode(byte[] input) {
        String reference = render(input, LogIngest.Mode.STRINGS);
        assertThat(render(input, LogIngest.Mode.SCAN)).isEqualTo(reference);
        assertThat(render(input, LogIngest.Mode.PARALLEL)).isEqualTo(reference);
    }

    private static String render(byte[] input, LogIngest.Mode mode) {
        return render(new ByteArrayInputStream(input), mode);
    }

    /** Everything an ingest produced, as text, so a difference shows where it is. */
    private static String render(java.io.InputStream input, LogIngest.Mode mode) {
        InputAccounting acct = new InputAccounting();
        LogIngest ingest = new LogIngest(acct, mode);
        try {
            ingest.read("in.log", input);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<String> out = new ArrayList<>();
        for (LogEvent e : ingest.events()) {
            out.add(e.getId() + " " + e.getKind() + " " + e.getPlatform() + " peer=" + e.getPeer() + " local=" + e.getLocal() + " device=" + e.getDevice()
                    + " " + e.getAttrs() + " x" + e.getCount() + " seq " + e.getFirstSeq() + ".." + e.getLastSeq()
                    + " time " + e.getFirstTime() + ".." + e.getLastTime() + " " + e.getOrigins());
        }
        ingest.unrecognized().forEach(u -> out.add(u.toString() + " " + u.getOrigin() + " " + u.getPlatform()));
        out.add("lines " + acct.getLines() + " relevant " + acct.getRelevant() + " irrelevant " + acct.getIrrelevant()
                + " unrecognized " + acct.getUnrecognized() + " skipped " + acct.getSkippedLines() + " " + acct.getSkipped());
        return String.join("\n", out);
    }
}
