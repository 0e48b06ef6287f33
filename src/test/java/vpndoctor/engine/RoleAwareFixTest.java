package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * With configs of both sides, the Fix names the device that must change (by hostname) and uses its
 * syntax: the side missing a line, or the side whose value differs from its network's policy.
 */
class RoleAwareFixTest {
    private static Finding root(String folder, String id) throws java.io.IOException {
        Diagnosis d = TestDoctor.diagnoseSample(folder);
        return d.rootCauses().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not found: " + d.rootCauses()));
    }

    @Test void theSpokeMissingTunnelProtectionIsTheOneToChange() throws java.io.IOException {
        Finding f = root("232-cfg-ios-gre-tunnel-protection-missing-on-spoke", "TUNNEL_PROTECTION_MISSING");
        assertThat(f.change()).extracting(c -> c.side(), c -> c.hostname(), c -> c.platform()).containsExactly("peer", "spoke-b", "IOS");
        assertThat(f.change().reason()).startsWith("interface Tunnel1");
        assertThat(f.remediation()).contains("interface Tunnel1");
    }

    @Test void aSpokeWhoseTransformDiffersFromTheHubsSharedProfileChanges() throws java.io.IOException {
        Finding f = root("235-cfg-ios-vti-ipsec-profile-transform-mismatch-spoke", "TRANSFORM_SET_MISMATCH");
        assertThat(f.change()).extracting(c -> c.side(), c -> c.hostname()).containsExactly("peer", "spoke-b");
        assertThat(f.remediation()).as("route-based syntax: the ipsec profile, filled in").contains("crypto ipsec profile VTI-PROF");
    }

    @Test void theSideWithoutAKeyringPeerForTheDestinationIsNamed() throws java.io.IOException {
        Finding f = root("239-cfg-ios-vti-ikev2-no-keyring-peer-for-destination", "ISAKMP_KEY_MISSING");
        assertThat(f.change()).extracting(c -> c.side(), c -> c.hostname(), c -> c.platform()).containsExactly("local", "site-a-rtr", "IOS");
        assertThat(f.change().reason()).startsWith("keyring KR");
        assertThat(f.remediation()).contains("crypto ikev2 keyring KR");
    }

    @Test void theDmvpnSpokeChangesItsNhrpAuthenticationNotTheHub() throws java.io.IOException {
        Finding f = root("240-cfg-ios-dmvpn-nhrp-authentication-mismatch", "NHRP_AUTH_MISMATCH");
        assertThat(f.change()).extracting(c -> c.side(), c -> c.hostname()).containsExactly("peer", "dmvpn-spoke2");
        assertThat(f.remediation()).contains("interface Tunnel0");
    }

    @Test void twoPointToPointPeersWithNoNetworkPolicyNameNoSide() throws java.io.IOException {
        Finding f = root("236-cfg-ios-vti-ipsec-profile-pfs-on-one-side", "PFS_MISMATCH");
        assertThat(f.change().side()).isEqualTo("either");
        assertThat(f.remediation().get(0)).as("still the route-based syntax").startsWith("crypto ipsec profile");
    }

    @Test void anIkev2AsaGetsTheTunnelGroupSyntax() throws java.io.IOException {
        Finding f = root("244-cfg-asa-ios-vti-ikev2-keys-swapped", "PSK_MISMATCH");
        assertThat(f.remediation()).anyMatch(l -> l.contains("ikev2 local-authentication pre-shared-key"));
    }

}
