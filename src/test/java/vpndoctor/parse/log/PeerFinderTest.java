package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.bench.SyslogGenerator;

/** The hand-written peer finder gives what its specification, the phrase regex, gives. */
class PeerFinderTest {
    private static final Pattern SPEC = Pattern.compile(PeerFinder.PHRASES);

    private static String spec(String text) {
        Matcher m = SPEC.matcher(text);
        while (m.find()) if (PeerFinder.shaped(m.group(1))) return m.group(1);
        return null;
    }

    @Test
    void findsThePeerBehindEachPhrase() {
        assertThat(PeerFinder.find("Group = 10.1.1.1, IP = 203.0.113.5, Error processing payload")).isEqualTo("203.0.113.5");
        assertThat(PeerFinder.find("ISAKMP (0:1): retransmitting phase 1 MM_KEY_EXCH... to peer 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(PeerFinder.find("no phrase before 198.51.100.7")).isNull();
        assertThat(PeerFinder.find("ISAKMP (0): received packet from 198.51.100.7 dport 500")).isEqualTo("198.51.100.7");
        assertThat(PeerFinder.find("IKE Peer: 192.0.2.9 proposal")).isEqualTo("192.0.2.9");
        assertThat(PeerFinder.find("xpeer 192.0.2.9")).isNull(); // \b before the phrase
        assertThat(PeerFinder.find("remote=192.0.2.1, local= 10.0.0.1")).isEqualTo("192.0.2.1");
        // an address-shaped token is taken whole, so a broken one is noted by the caller instead of read in part
        assertThat(PeerFinder.find("peer 1.2.3.4567")).isEqualTo("1.2.3.4567");
        assertThat(PeerFinder.find("IP = 1.2.3.4.5.6, Error")).isEqualTo("1.2.3.4.5.6");
        assertThat(PeerFinder.find("peer 1234.5.6.7 from 9.8.7.6")).isEqualTo("1234.5.6.7");
        assertThat(PeerFinder.find("with 2 proposals from 9.8.7.6")).isEqualTo("9.8.7.6"); // not address-shaped: skipped
        assertThat(PeerFinder.find("from 12:00:01 peer 9.8.7.6")).isEqualTo("9.8.7.6");
    }

    @Test
    void findsIpv6Peers() {
        assertThat(PeerFinder.find("Group = G, IP = 2001:db8::1, Error processing payload")).isEqualTo("2001:db8::1");
        assertThat(PeerFinder.find("IKEv2-PROTO-2: (1): Peer 2001:DB8::1:500 failed")).isEqualTo("2001:DB8::1:500");
        assertThat(PeerFinder.find("received packet from 2001:db8:0:0:0:0:0:7 dport 500")).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void agreesWithThePhraseRegexOnEverySampleLineAndOnMutations() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("facts-samples"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("real-heldout")).filter(p -> !p.toString().endsWith(".json")).toList()) {
                lines.addAll(List.of(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).split("\\R")));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(2_000, 6, 3, 0.2).write(out);
        lines.addAll(List.of(out.toString(StandardCharsets.ISO_8859_1).split("\n")));
        String[] inserts = {"IP = ", "Remote:", "Remote: ", "peer at ", "Peer ", "peer: ", "IKE Peer: ", "from ", "with ",
            "Peer Info for", "ip:", "src:", "srcaddr=", "remote", "remote= ", "x", "_", "\u0301", "\u00e9", "1", "12.", "1.2.3.4",
            "999.1.1.1", "1.2.3", ".", " ", "9", "2001:db8::1", "2001:DB8::1:500", "::", ":500", "12:00:01", "1.2.3.4.5.6", "f", "a:",
            "\uD83D\uDE00", "\u00B2", "\u0661", "\u0301\u0301", "\u00A0"}; // emoji (surrogates), superscript two, Arabic-Indic one, marks, nbsp
        SplittableRandom rnd = new SplittableRandom(7);
        List<String> all = new ArrayList<>(lines);
        for (int round = 0; round < 3; round++) {
            for (String line : lines) {
                StringBuilder m = new StringBuilder(line);
                for (int e = rnd.nextInt(1, 4); e > 0; e--) {
                    int at = rnd.nextInt(m.length() + 1);
                    if (rnd.nextBoolean() || m.length() == 0) m.insert(at, inserts[rnd.nextInt(inserts.length)]);
                    else m.deleteCharAt(Math.min(at, m.length() - 1));
                }
                all.add(m.toString());
            }
        }
        int found = 0;
        for (String s : all) {
            String expected = spec(s);
            assertThat(PeerFinder.find(s)).as(s).isEqualTo(expected);
            if (expected != null) found++;
        }
        assertThat(found).as("lines with a peer phrase").isGreaterThan(1000);
    }
}
