package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vpndoctor.model.Platform;
import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.model.config.IsakmpEnabled;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.NatRule;
import vpndoctor.model.config.PresharedKey;

/** ASA 8.2 (IOS-like isakmp blocks, PIX-like nat 0) and the PIX 6.3(1) host-object case from the field guide. */
class Asa82AndPixQuirksTest {
    @Test void asa82Config() {
        ParsedConfig p = Cfg.parse("ASA Version 8.2(5)", "hostname asa82", "access-list NONAT extended permit ip 10.1.0.0 255.255.0.0 10.2.0.0 255.255.0.0",
                "access-list SPLIT standard permit 10.1.0.0 255.255.0.0", "nat (inside) 0 access-list NONAT",
                "crypto isakmp enable outside", "crypto isakmp policy 10", " authentication pre-share", " encryption 3des", " hash sha",
                " group 2", " lifetime 86400", "tunnel-group 10.9.9.9 type ipsec-l2l", "tunnel-group 10.9.9.9 ipsec-attributes",
                " pre-shared-key abc123");
        assertThat(p.platform()).isEqualTo(Platform.ASA);
        assertThat(p.unparsed()).isEmpty();
        assertThat(Cfg.one(p, IsakmpEnabled.class).getIface()).isEqualTo("outside");
        assertThat(Cfg.one(p, IsakmpPolicy.class).getDefaulted()).isEmpty();
        assertThat(Cfg.one(p, NatRule.class).getKind()).isEqualTo(NatRule.Kind.EXEMPTION);
        assertThat(Cfg.one(p, PresharedKey.class).getSource()).isEqualTo("asa-tunnel-group");
        assertThat(p.factsOf(AclEntry.class)).filteredOn(e -> e.getAcl().equals("SPLIT")).singleElement()
                .satisfies(e -> assertThat(e.getSource()).hasToString("10.1.0.0/16"));
        assertThat(Cfg.one(p, DeviceInfo.class).describe()).isEqualTo("local device asa82 is ASA 8.2(5)");
    }

    @Test void pix631HostObjectIsVisibleToRules() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "object-group network partner_net", "  network-object host 10.1.1.0",
                "access-list 101 permit ip 10.5.0.0 255.255.255.0 object-group partner_net");
        AclEntry e = Cfg.one(p, AclEntry.class);
        assertThat(e.isDstHostForm()).isTrue();
        assertThat(e.getDestination()).hasToString("10.1.1.0/32");
        assertThat(e.getDstGroup()).isEqualTo("partner_net");
        assertThat(Cfg.one(p, DeviceInfo.class).getVersion()).isEqualTo("6.3(1)");
    }

    @Test void supernetStaysOneEntry() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "object-group network R", "  network-object 172.20.0.0 255.254.0.0",
                "access-list 101 permit ip 10.5.0.0 255.255.255.0 object-group R");
        assertThat(Cfg.one(p, AclEntry.class).getDestination()).hasToString("172.20.0.0/15");
    }
}
