package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * An FTD's data-plane config is the ASA's dialect under an "NGFW Version" banner: every case whose config
 * carries an "ASA Version" banner gives the same causes, confidences, fixes and advice with the FTD's banner
 * instead, and names the device FTD.
 */
class FtdConfigReadsAsAsaTest {
    private static final Path CASES = Path.of("facts-samples");

    private static List<Path> asaBannerCases() throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(CASES, CASES.resolve("real"))) {
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                    for (String cfg : List.of("local.cfg", "peer.cfg")) {
                        Path f = d.resolve(cfg);
                        if (Files.isRegularFile(f) && Files.readString(f).lines().anyMatch(l -> l.startsWith("ASA Version "))) {
                            out.add(d);
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Diagnosis diagnose(Path dir, boolean ftd) throws Exception {
        Evidence.Builder b = Evidence.builder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!Files.isRegularFile(f) || n.endsWith(".json")) continue;
                String text = Files.readString(f);
                if (ftd) text = text.replaceAll("(?m)^ASA Version ", "NGFW Version ");
                if (n.equals("local.cfg")) b.localConfig(n, text);
                else if (n.equals("peer.cfg")) b.peerConfig(n, text);
                else b.log(n, text);
            }
        }
        return TestDoctor.get().diagnose(b.build());
    }

    private static List<String> said(Diagnosis d) {
        List<String> out = new ArrayList<>();
        for (List<Finding> fs : List.of(d.rootCauses(), d.hypotheses())) {
            for (Finding f : fs) {
                out.add(String.format("%s@%s %.3f fix=%s next=%s", f.id(), f.tunnel(), f.confidence(), f.remediation(), f.nextCommands()));
            }
        }
        d.recommendations().forEach(a -> out.add("advice " + a.command()));
        return out;
    }

    @Test
    void anFtdBannerChangesNothingButTheDevicesName() throws Exception {
        List<Path> cases = asaBannerCases();
        assertThat(cases).hasSizeGreaterThan(20);
        List<String> differ = new ArrayList<>();
        for (Path c : cases) {
            Diagnosis asa = diagnose(c, false), ftd = diagnose(c, true);
            if (!said(asa).equals(said(ftd))) differ.add(c + "\n  ASA: " + said(asa) + "\n  FTD: " + said(ftd));
            assertThat(ftd.devices()).as(c.toString()).anyMatch(v -> v.platform().equals("FTD"));
            assertThat(asa.devices()).as(c.toString()).noneMatch(v -> v.platform().equals("FTD"));
        }
        assertThat(differ).as("cases read otherwise under an FTD banner").isEmpty();
    }
}
