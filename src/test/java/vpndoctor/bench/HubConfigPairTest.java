package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.engine.Engine;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.engine.RuleSession;
import vpndoctor.model.derived.TunnelPairing;
import vpndoctor.report.JsonLinesReport;
import vpndoctor.report.JsonReport;
import vpndoctor.result.Diagnosis;

/**
 * Issue 14, faults 2 and 3: a hub and its mirror (gen-config). The hub's entries for other spokes
 * must not pair with the peer's entries for its other spokes (that was N x N pairings, out of
 * memory at a few thousand entries, and a transform-set fault hidden by the peer's other entries).
 */
class HubConfigPairTest {
    @TempDir Path dir;

    private Diagnosis diagnose(ConfigGenerator g, int[] pairings) throws Exception {
        g.writeLocal(dir.resolve("local.cfg"));
        g.writePeer(dir.resolve("peer.cfg"));
        Files.writeString(dir.resolve("faults.json"), g.faultsJson());
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().localConfig(dir.resolve("local.cfg")).peerConfig(dir.resolve("peer.cfg")).build());
        var doctor = TestDoctor.get();
        try (RuleSession s = Engine.of(doctor).newSession()) {
            loaded.facts().forEach(s::insert);
            s.fire();
            pairings[0] = s.all(TunnelPairing.class).size();
            return Engine.of(doctor).assembler().assemble(s, Engine.of(doctor).context(loaded, java.util.List.of()));
        }
    }

    @Test
    void aHubPairsOnlyTheEntriesThatNameEachOtherAndFindsTheInjectedFault() throws Exception {
        int[] pairings = {0};
        Diagnosis d = diagnose(new ConfigGenerator(60, 50, 20, 3, "TRANSFORM_SET_MISMATCH"), pairings);
        assertThat(pairings[0]).isEqualTo(1);
        Path report = dir.resolve("r.json");
        Files.writeString(report, JsonReport.render(d));
        FaultCheck.Result r = FaultCheck.check(dir.resolve("faults.json"), report);
        assertThat(r.exact()).as(r.summary() + r.mismatches()).isTrue();
        assertThat(r.faulty()).isEqualTo(1);
        assertThat(r.healthy()).isEqualTo(59);
    }

    @Test
    void jsonLinesCarryOneTunnelPerLineAndASummaryLast() throws Exception {
        Diagnosis d = diagnose(new ConfigGenerator(4, 3, 0, 1, "PSK_MISMATCH"), new int[1]);
        StringWriter w = new StringWriter();
        JsonLinesReport.write(d, w);
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(d.tunnels().size() + 1);
        assertThat(lines[lines.length - 1]).startsWith("{\"summary\":true");
        Path report = dir.resolve("r.jsonl");
        Files.writeString(report, w.toString());
        assertThat(FaultCheck.check(dir.resolve("faults.json"), report).exact()).isTrue();
    }

    @Test
    void anAclLineTooLargeToExpandIsNotedAndTheRestIsCompared() throws Exception {
        StringBuilder cfg = new StringBuilder("ASA Version 9.8(4)\nhostname big\ninterface GigabitEthernet1/1\n nameif outside\n security-level 0\n ip address 198.51.100.1 255.255.255.0\n");
        for (String g : new String[] {"A", "B"}) {
            cfg.append("object-group network ").append(g).append('\n');
            for (int i = 0; i < 600; i++) cfg.append(" network-object host 10.").append(g.equals("A") ? 1 : 2).append('.').append(i / 250).append('.').append(i % 250 + 1).append('\n');
        }
        cfg.append("access-list cmap extended permit ip object-group A object-group B\n");
        cfg.append("access-list cmap extended permit ip 10.9.0.0 255.255.255.0 10.8.0.0 255.255.255.0\n");
        cfg.append("crypto map m 1 match address cmap\ncrypto map m 1 set peer 203.0.113.1\ncrypto map m 1 set ikev1 transform-set T\ncrypto map m interface outside\n");
        Path local = dir.resolve("big.cfg");
        Files.writeString(local, cfg);
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().localConfig(local).build());
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("big.cfg:", "too large to expand", "600 source x 600 destination"));
        assertThat(d.input().configUnparsed()).isEqualTo(1);
    }
}
