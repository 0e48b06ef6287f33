package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.parse.log.LogFiles;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Issue 13.3: the verdicts do not depend on the order of the evidence: the log files of a
 * multi-file case in any order, and independent devices' logs (the multi-peer samples and the
 * corpus fixtures) given as files or pasted into one file as blocks, in any order.
 */
class OrderDoesNotMatterTest {
    private static final List<String> MULTI_PEER = List.of("multi-peer-asa-three-failures", "126-asa-multi-peer-mixed", "139-ios-two-peers-connid");

    @Test
    void theLogFilesOfAMultiFileCaseInAnyOrderGiveTheSameVerdicts() throws IOException {
        int cases = 0;
        try (Stream<Path> dirs = Files.list(TestDoctor.samples())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Path> logs = logsOf(dir);
                if (logs.size() < 2) continue;
                cases++;
                List<String> first = null;
                for (List<Path> order : orders(logs, 6)) {
                    Evidence.Builder b = Evidence.builder();
                    for (Path l : order) b.log(l);
                    if (Files.exists(dir.resolve("local.cfg"))) b.localConfig(dir.resolve("local.cfg"));
                    if (Files.exists(dir.resolve("peer.cfg"))) b.peerConfig(dir.resolve("peer.cfg"));
                    List<String> v = verdicts(b.build());
                    if (first == null) first = v;
                    else assertThat(v).as(dir + " in order " + order).isEqualTo(first);
                }
            }
        }
        assertThat(cases).isGreaterThan(0);
    }

    @Test
    void independentDevicesAsFilesInAnyOrderGiveTheSameVerdicts() throws IOException {
        assertSameInAnyOrder(multiPeerAndCorpora(), false);
    }

    @Test
    void independentDevicesPastedAsBlocksInAnyOrderGiveTheSameVerdicts() throws IOException {
        assertSameInAnyOrder(multiPeerSamples(), true);
    }

    /**
     * The corpus fixtures pasted into one file, in any order of blocks. It failed while the FTD
     * catalogue's placeholder lines still made faults; with them read as no evidence it passes. A
     * latent weakness stays (noted in the session's closing note): rules that ask whether a tunnel
     * "came up after" a failure compare read order, also across two devices' blocks that name the
     * same address.
     */
    @Test
    void corpusFixturesPastedAsBlocksInAnyOrderGiveTheSameVerdicts() throws IOException {
        assertSameInAnyOrder(multiPeerAndCorpora(), true);
    }

    private static List<Path> multiPeerSamples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String c : MULTI_PEER) files.addAll(logsOf(TestDoctor.samples().resolve(c)));
        return files;
    }

    private static List<Path> multiPeerAndCorpora() throws IOException {
        List<Path> files = multiPeerSamples();
        List<Path> corpora = LogFiles.corporaLogs();
        if (corpora.isEmpty()) System.err.println("../shared/corpora is absent: the order test runs on the multi-peer samples only");
        files.addAll(corpora);
        return files;
    }

    private static void assertSameInAnyOrder(List<Path> files, boolean asBlocks) throws IOException {
        List<String> first = null;
        for (List<Path> order : orders(files, 4)) {
            Evidence ev;
            if (asBlocks) {
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                for (Path f : order) {
                    byte[] bytes = Files.readAllBytes(f);
                    one.writeBytes(bytes);
                    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') one.write('\n');
                }
                ev = Evidence.builder().log("pasted.log", one.toByteArray()).build();
            } else {
                Evidence.Builder b = Evidence.builder();
                for (Path f : order) b.log(f);
                ev = b.build();
            }
            List<String> v = verdicts(ev);
            if (first == null) first = v;
            else assertThat(v).as((asBlocks ? "blocks" : "files") + " in order " + names(order)).isEqualTo(first);
        }
        assertThat(first).isNotEmpty();
    }

    private static List<Path> logsOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
    }

    /** The given order, its reverse and seeded shuffles: at most max orders. */
    private static List<List<Path>> orders(List<Path> items, int max) {
        List<List<Path>> out = new ArrayList<>();
        out.add(items);
        List<Path> rev = new ArrayList<>(items);
        Collections.reverse(rev);
        out.add(rev);
        Random r = new Random(13);
        while (out.size() < max) {
            List<Path> s = new ArrayList<>(items);
            Collections.shuffle(s, r);
            out.add(s);
        }
        return out;
    }

    private static List<String> names(List<Path> order) {
        return order.stream().map(p -> p.getFileName().toString()).toList();
    }

    /** Root causes as "ID@tunnel confidence", sorted. */
    static List<String> verdicts(Evidence ev) {
        Diagnosis d = TestDoctor.get().diagnose(ev);
        List<String> v = new ArrayList<>();
        for (Finding f : d.rootCauses()) v.add(f.id() + "@" + f.tunnel() + " " + String.format(Locale.ROOT, "%.2f", f.confidence()));
        Collections.sort(v);
        return v;
    }
}
