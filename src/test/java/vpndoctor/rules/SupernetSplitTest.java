package vpndoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.Side;
import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.Net;
import vpndoctor.model.config.PortMatch;
import vpndoctor.model.derived.EncryptionDomain;

/**
 * "The peer's crypto ACL splits our supernet" (rules-drl/config/objects.drl) needs the peer's pieces to cover
 * the supernet. Before session 10 any supernet facing an IOS peer was a 0.6 verdict: a real healthy IKEv2 pair
 * whose two ACLs each name 192.168.0.0/16 on the far side got PEER_SPLITS_SUPERNET.
 */
class SupernetSplitTest {
    private static AclEntry entry(String src, String dst) {
        return new AclEntry("a", Side.PEER, List.of(), "110", 1, "permit", "ip", Net.parse(src), PortMatch.ANY, Net.parse(dst), PortMatch.ANY,
                "", "", false, false);
    }

    private static EncryptionDomain peer(AclEntry... entries) {
        CryptoMapEntry m = new CryptoMapEntry("m", Side.PEER, List.of(), "CMAP", 10, "110", List.of("203.0.113.1"), List.of("TS"), 0, false, "", false, false, false, 0);
        return new EncryptionDomain(m, List.of(entries));
    }

    @Test
    void classfulPiecesThatCoverTheSupernetSplitIt() {
        EncryptionDomain p = peer(entry("172.20.0.0/16", "10.97.0.0/24"), entry("172.21.0.0/16", "10.97.0.0/24"));
        assertThat(ConfigFunctions.splitInto(Net.parse("172.20.0.0/15"), p, true)).isTrue();
    }

    @Test
    void oneNarrowerNetworkInsideTheSupernetIsNoSplit() {
        EncryptionDomain p = peer(entry("192.168.10.0/24", "192.168.0.0/16"));
        assertThat(ConfigFunctions.splitInto(Net.parse("192.168.0.0/16"), p, true)).isFalse();
    }

    @Test
    void theSameSupernetOnTheOtherSideIsNoSplit() {
        EncryptionDomain p = peer(entry("172.20.0.0/15", "10.97.0.0/24"));
        assertThat(ConfigFunctions.splitInto(Net.parse("172.20.0.0/15"), p, true)).isFalse();
    }
}
