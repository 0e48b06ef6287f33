package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.report.JsonLinesReport;
import vpndoctor.result.Diagnosis;

/**
 * Tunnels that differ only in the addresses of attributes the rules never compute with (the proxies of
 * ASA 713061) share a shape, and re-binding gives what the full path gives; what the rules could tell
 * apart about those addresses (equality among them, prefix, host bits, class, containment, the peer
 * inside one) keeps shapes apart.
 */
class ShapeMemoAddressesTest {
    /** One ASA tunnel refused for its proxies: phase 1, the proxies received, the 713061 refusal. */
    private static String proxyTunnel(String peer, String remote, String remoteMask, String local, String localMask, int sec, int episodes) {
        StringBuilder b = new StringBuilder();
        for (int ep = 0; ep < episodes; ep++) {
            String t = String.format("Nov 26 %02d:%02d:%02d", ep * 8, sec / 60 % 60, sec % 60);
            b.append(t).append(" asa-hq %ASA-5-713119: Group = ").append(peer).append(", IP = ").append(peer).append(", PHASE 1 COMPLETED\n");
            b.append(t).append(" [IKEv1]: Group = ").append(peer).append(", IP = ").append(peer)
                    .append(", Received remote IP Proxy Subnet data in ID Payload:   Address ").append(remote).append(", Mask ").append(remoteMask)
                    .append(", Protocol 0, Port 0\n");
            b.append(t).append(" asa-hq %ASA-3-713061: Group = ").append(peer).append(", IP = ").append(peer)
                    .append(", Rejecting IPSec tunnel: no matching crypto map entry for remote proxy ").append(remote).append('/').append(remoteMask)
                    .append("/0/0 local proxy ").append(local).append('/').append(localMask).append("/0/0 on interface outside\n");
        }
        return b.toString();
    }

    private static Map<String, String> keysByPeer(String log) {
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log("p.log", log).build());
        TunnelBatches.Split split = TunnelBatches.split(loaded.facts());
        ShapeMemo memo = ShapeMemo.forRun(Engine.of(TestDoctor.get()), split.shared(), split.byGroup().values(), List.of());
        assertThat(memo).isNotNull();
        Map<String, String> out = new HashMap<>();
        for (var g : split.byGroup().entrySet()) {
            List<String> tunnels = split.tunnelsOf().get(g.getKey());
            out.put(tunnels.get(0), memo.key(tunnels, g.getValue()));
        }
        return out;
    }

    /** Fails before session 12: the proxies' values were part of the shape, so these two tunnels had two. */
    @Test
    void tunnelsWhoseSubnetsDifferOnlyInValueShareAShape() {
        Map<String, String> k = keysByPeer(proxyTunnel("198.51.100.1", "172.16.2.0", "255.255.0.0", "10.0.2.0", "255.255.255.0", 1, 2)
                + proxyTunnel("198.51.100.2", "172.16.7.0", "255.255.0.0", "10.0.7.0", "255.255.255.0", 2, 2));
        assertThat(k.get("198.51.100.1")).isNotNull().isEqualTo(k.get("198.51.100.2"));
    }

    @Test
    void whatRulesCouldTellApartKeepsShapesApart() {
        String base = proxyTunnel("198.51.100.1", "172.16.2.0", "255.255.0.0", "10.0.2.0", "255.255.255.0", 1, 1);
        String[][] others = {
                {"172.16.0.0", "255.255.0.0", "10.0.2.0", "255.255.255.0"},   // no host bits below the prefix
                {"172.16.2.0", "255.255.255.0", "10.0.2.0", "255.255.255.0"}, // another prefix
                {"10.0.2.0", "255.255.255.0", "10.0.2.0", "255.255.255.0"},   // remote equal to local
                {"10.0.0.0", "255.255.0.0", "10.0.2.0", "255.255.255.0"},     // remote contains local
                {"192.0.2.0", "255.255.0.0", "10.0.2.0", "255.255.255.0"},    // another class of address
                {"198.51.100.0", "255.255.255.0", "10.0.2.0", "255.255.255.0"}, // the peer inside the remote network
                {"172.20.0.0", "255.255.0.0", "10.0.2.0", "255.255.255.0"},   // a net a rule spells (stays whole)
        };
        StringBuilder log = new StringBuilder(base);
        for (int i = 0; i < others.length; i++) {
            String[] o = others[i];
            log.append(proxyTunnel("198.51.100." + (10 + i), o[0], o[1], o[2], o[3], 10 + i, 1));
        }
        Map<String, String> k = keysByPeer(log.toString());
        assertThat(k.values()).doesNotContainNull();
        assertThat(new HashSet<>(k.values())).as("every tunnel its own shape").hasSize(others.length + 1);
    }

    private static MemoRun report(String log, int perBatch, int threads, boolean memo) {
        return MemoRun.of(EvidenceLoader.load(Evidence.builder().log("p.log", log).build()), perBatch, threads, memo);
    }

    /**
     * Metamorphic: generated tunnels whose proxies are drawn from relations that matter (equal, contained
     * either way, disjoint, same network with other host bits, a net holding the peer, the peer itself, a
     * rule's own net, any, public and private classes) give byte-identical JSON Lines with the memo on and
     * off, and the memo re-binds tunnels with addresses left out (so the comparison is not empty).
     */
    @Test
    void generatedProxiesGiveTheSameReportWithAndWithoutTheMemo() {
        Random rnd = new Random(12);
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            String peer = "198.51." + (100 + i / 250) + "." + (1 + i % 250);
            int a = 1 + rnd.nextInt(200), b = 1 + rnd.nextInt(200);
            String[] p = switch (rnd.nextInt(10)) {
                case 0 -> new String[] {"10." + a + ".0.0", "255.255.0.0", "10." + a + ".0.0", "255.255.0.0"};        // equal
                case 1 -> new String[] {"10.0.0.0", "255.0.0.0", "10." + a + "." + b + ".0", "255.255.255.0"};       // remote contains local
                case 2 -> new String[] {"10." + a + "." + b + ".0", "255.255.255.0", "10." + a + ".0.0", "255.255.0.0"}; // local contains remote
                case 3 -> new String[] {"10." + a + "." + b + ".0", "255.255.0.0", "10." + a + ".9.0", "255.255.0.0"};   // same network, other host bits
                case 4 -> new String[] {peer.substring(0, peer.lastIndexOf('.')) + ".0", "255.255.255.0", "10.0." + a + ".0", "255.255.255.0"}; // holds the peer
                case 5 -> new String[] {peer, "255.255.255.255", "10.0." + a + ".0", "255.255.255.0"};               // the peer itself
                case 6 -> new String[] {"172.20.0.0", "255.255.0.0", "10.0." + a + ".0", "255.255.255.0"};           // a rule's net
                case 7 -> new String[] {"0.0.0.0", "0.0.0.0", "10.0." + a + ".0", "255.255.255.0"};                  // any
                case 8 -> new String[] {"8." + a + "." + b + ".0", "255.255.255.0", "192.168." + a + ".0", "255.255.255.0"}; // public and private
                default -> new String[] {"172.16." + a + ".0", "255.255.0.0", "10.0." + a + ".0", "255.255.255.0"};  // disjoint, host bits
            };
            log.append(proxyTunnel(peer, p[0], p[1], p[2], p[3], i, 1 + rnd.nextInt(2)));
        }
        int addressHits = 0;
        for (int[] batching : new int[][] {{7, 1}, {25, 2}}) {
            MemoRun off = report(log.toString(), batching[0], batching[1], false);
            MemoRun on = report(log.toString(), batching[0], batching[1], true);
            assertThat(on.jsonl()).as(batching[0] + " per batch").isEqualTo(off.jsonl());
            assertThat(off.jsonl()).contains("ENCRYPTION_DOMAIN_MISMATCH");
            addressHits += on.memo().addressHits.get();
        }
        assertThat(addressHits).as("tunnels re-bound with addresses left out").isGreaterThan(200);
    }
}
