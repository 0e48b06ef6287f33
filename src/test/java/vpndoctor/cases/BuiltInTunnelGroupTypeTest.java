package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.model.Side;
import vpndoctor.model.config.TunnelGroup;
import vpndoctor.parse.config.ConfigReader;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * ASA's built-in tunnel groups are printed without a "type" line and were read as "type ?": DefaultL2LGroup is
 * ipsec-l2l, DefaultRAGroup remote-access, DefaultWEBVPNGroup webvpn. A peer landing on DefaultL2LGroup of a config
 * that keeps its L2L key there (686) is no missing group, and the failing key is the meant one: PSK_MISMATCH. With
 * an alias group holding a key (687) the misnamed group stays the verdict, and DefaultL2LGroup is never that alias.
 */
class BuiltInTunnelGroupTypeTest {
    @Test
    void builtInGroupsHaveTheirFixedTypes() throws Exception {
        String cfg = "tunnel-group DefaultL2LGroup ipsec-attributes\n ikev1 pre-shared-key k1\ntunnel-group DefaultRAGroup general-attributes\n"
                + " address-pool POOL\ntunnel-group DefaultWEBVPNGroup webvpn-attributes\n group-alias web enable\n"
                + "tunnel-group SITE type ipsec-l2l\ntunnel-group OTHER ipsec-attributes\n ikev1 pre-shared-key k2\n";
        var facts = ConfigReader.read("asa.cfg", Side.LOCAL, new StringReader(cfg)).facts();
        var types = facts.stream().filter(f -> f instanceof TunnelGroup).map(f -> (TunnelGroup) f)
                .collect(java.util.stream.Collectors.toMap(TunnelGroup::getName, TunnelGroup::getType));
        assertThat(types).containsEntry("DefaultL2LGroup", "ipsec-l2l").containsEntry("DefaultRAGroup", "remote-access")
                .containsEntry("DefaultWEBVPNGroup", "webvpn").containsEntry("SITE", "ipsec-l2l").containsEntry("OTHER", "");
    }

    @Test
    void landingOnTheDefaultGroupThatHoldsTheMeantKeyIsAKeyMismatch() {
        Diagnosis d = TestDoctor.diagnoseSample("686-asa-lands-on-default-l2l-group-config-keys-it-there");
        assertThat(d.rootCauseIds()).containsExactly("PSK_MISMATCH");
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("the key tried is DefaultL2LGroup's"));
        assertThat(d.hypotheses()).filteredOn(h -> h.id().equals("TUNNEL_GROUP_MISMATCH")).extracting(Finding::confidence)
                .allMatch(c -> c < 0.3);
    }

    @Test
    void anAliasGroupHoldingTheKeyStaysTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("687-asa-lands-on-default-l2l-group-alias-group-holds-key");
        assertThat(d.rootCauseIds()).containsExactly("TUNNEL_GROUP_MISMATCH");
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("'SITE-B' holds the key"))
                .noneMatch(r -> r.contains("'DefaultL2LGroup' holds the key"));
    }
}
