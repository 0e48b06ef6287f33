package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.config.ConfigUnparsed;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.PresharedKey;
import vpndoctor.rules.ConfigFunctions;

/** IKEv2 policies as IOS (named proposals, keyrings) and the ASA (numbered policies) write them. */
class Ikev2ConfigTest {
    @Test void iosProposalsNamedByAPolicyBecomeOnePolicyPerCombination() {
        ParsedConfig p = Cfg.parse("version 15.4", "crypto ikev2 proposal BIG", " encryption aes-cbc-256 aes-cbc-128", " integrity sha256 sha1",
                " group 19 14", "crypto ikev2 proposal UNUSED", " encryption 3des", " integrity md5", " group 2",
                "crypto ikev2 policy POL", " proposal BIG", " match fvrf any");
        List<IsakmpPolicy> ps = p.factsOf(IsakmpPolicy.class);
        assertThat(ps).hasSize(8).allSatisfy(x -> assertThat(x.getAuthentication()).isEqualTo(IsakmpPolicyBuilder.PER_PEER));
        assertThat(ps).extracting(IsakmpPolicy::getSignature).contains("aes-128/sha/group14/per-peer", "aes-256/sha256/group19/per-peer")
                .noneMatch(s -> s.startsWith("3des"));
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void withoutAPolicyEveryProposalCounts() {
        ParsedConfig p = Cfg.parse("version 15.4", "crypto ikev2 proposal A", " encryption aes-cbc-128", " integrity sha1", " group 14");
        assertThat(p.factsOf(IsakmpPolicy.class)).extracting(IsakmpPolicy::getSignature).containsExactly("aes-128/sha/group14/per-peer");
    }

    @Test void asaPoliciesListSeveralValuesToo() {
        ParsedConfig ours = Cfg.parse("ASA Version 9.8(4)", "crypto ikev2 policy 10", " encryption aes-256 aes-192", " integrity sha256 sha",
                " group 19 14", " prf sha256", " lifetime seconds 86400");
        ParsedConfig theirs = Cfg.parse("version 15.4", "crypto ikev2 proposal P", " encryption aes-cbc-192", " integrity sha1", " group 14",
                "crypto ikev2 policy POL", " proposal P");
        assertThat(ours.factsOf(IsakmpPolicy.class)).hasSize(8);
        // the common choice is the second value of every list: before, only the first counted and no policy was shared
        assertThat(ConfigFunctions.sharePolicy(ours.factsOf(IsakmpPolicy.class), theirs.factsOf(IsakmpPolicy.class))).isTrue();
        ParsedConfig other = Cfg.parse("version 15.4", "crypto ikev2 proposal P", " encryption aes-cbc-128", " integrity sha1", " group 14");
        assertThat(ConfigFunctions.sharePolicy(ours.factsOf(IsakmpPolicy.class), other.factsOf(IsakmpPolicy.class))).isFalse();
    }

    @Test void keyringPeersWithOneKeyBecomeKeysAndDifferentDirectionsBecomeKeyringPeers() {
        ParsedConfig p = Cfg.parse("version 15.4", "crypto ikev2 keyring KR", " peer SITE-A", "  address 192.0.2.1", "  pre-shared-key Same-Both-Ways-1",
                " peer SITE-B", "  address 192.0.2.2 255.255.255.255", "  pre-shared-key local Equal-Key-2", "  pre-shared-key remote Equal-Key-2",
                " peer SITE-C", "  address 192.0.2.3", "  pre-shared-key local Mine-3", "  pre-shared-key remote Theirs-3");
        List<PresharedKey> keys = p.factsOf(PresharedKey.class);
        assertThat(keys).extracting(PresharedKey::getPeerAddress).containsExactly("192.0.2.1", "192.0.2.2");
        assertThat(keys).allSatisfy(k -> assertThat(k.getSource()).isEqualTo("ios-ikev2-keyring"));
        assertThat(keys.get(0).getKeyDigest()).isEqualTo(ConfigSecrets.digest("Same-Both-Ways-1"));
        // since route-based tunnels compare local and remote keys crosswise, every peer is a KeyringPeer and no line is left unused
        assertThat(p.unparsed()).isEmpty();
        List<vpndoctor.model.config.KeyringPeer> peers = p.factsOf(vpndoctor.model.config.KeyringPeer.class);
        assertThat(peers).extracting(vpndoctor.model.config.KeyringPeer::getPeerName).containsExactly("SITE-A", "SITE-B", "SITE-C");
        assertThat(peers.get(2).getLocalKey()).isEqualTo(ConfigSecrets.digest("Mine-3"));
        assertThat(peers.get(2).getRemoteKey()).isEqualTo(ConfigSecrets.digest("Theirs-3"));
        assertThat(peers.get(0).getLocalKey()).isEqualTo(peers.get(0).getRemoteKey());
        assertThat(peers.get(2).covers("192.0.2.3")).isTrue();
        assertThat(peers.get(2).covers("192.0.2.4")).isFalse();
        assertThat(p.facts().toString()).doesNotContain("Mine-3").doesNotContain("Theirs-3");
    }

    @Test void certificateAuthenticationInAProfileStaysVisible() {
        ParsedConfig p = Cfg.parse("version 15.4", "crypto ikev2 profile PROF", " match identity remote address 192.0.2.9 255.255.255.255",
                " authentication remote rsa-sig", " authentication local rsa-sig", " pki trustpoint TP", " keyring local KR");
        assertThat(p.unparsed()).extracting(ConfigUnparsed::getReason).containsOnly("certificate authentication: not compared").hasSize(3);
    }
}
