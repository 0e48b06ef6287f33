package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.AclEntry;

class AclParseTest {
    @Test void pixMasks() {
        AclEntry e = Cfg.one(Cfg.parse("PIX Version 6.3(1)", "access-list 101 permit ip 10.1.1.0 255.255.255.0 10.2.2.0 255.255.255.224"), AclEntry.class);
        assertThat(e.getAcl()).isEqualTo("101");
        assertThat(e.getSource()).hasToString("10.1.1.0/24");
        assertThat(e.getDestination()).hasToString("10.2.2.0/27");
        assertThat(e.isPermit()).isTrue();
        assertThat(e.hasPortOrProtocolQualifier()).isFalse();
    }

    @Test void iosWildcardsNumberedAndNamed() {
        ParsedConfig p = Cfg.parse("version 12.4", "access-list 110 permit ip 10.2.2.0 0.0.0.255 host 10.1.1.5",
                "access-list 10 permit 10.9.0.0 0.0.255.255", "access-list 11 permit 10.9.9.9",
                "ip access-list extended VPN", " remark the tunnel", " 10 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255",
                " deny ip any any log");
        List<AclEntry> es = p.factsOf(AclEntry.class);
        assertThat(es).extracting(e -> e.getAcl() + "#" + e.getIndex() + " " + e.getSource() + ">" + e.getDestination())
                .containsExactly("110#1 10.2.2.0/24>10.1.1.5/32", "10#1 10.9.0.0/16>0.0.0.0/0", "11#1 10.9.9.9/32>0.0.0.0/0",
                        "VPN#1 10.2.2.0/24>10.1.1.0/24", "VPN#2 0.0.0.0/0>0.0.0.0/0");
        assertThat(es.get(0).isDstHostForm()).isTrue();
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void asaExtendedWithPortsAndRemarks() {
        ParsedConfig p = Cfg.parse("ASA Version 9.1(7)", "access-list A remark vpn", "access-list A extended permit tcp 10.1.1.0 255.255.255.0 host 10.2.2.2 eq www",
                "access-list A extended permit udp any range 1000 2000 10.2.2.0 255.255.255.0 gt 1023",
                "access-list A line 3 extended deny icmp any any echo", "access-list A extended permit ip any any inactive");
        List<AclEntry> es = p.factsOf(AclEntry.class);
        assertThat(es).hasSize(3);
        assertThat(es.get(0).getDstPort().getText()).isEqualTo("eq www");
        assertThat(es.get(0).getDstPort().getLow()).isEqualTo(80);
        assertThat(es.get(0).hasPortOrProtocolQualifier()).isTrue();
        assertThat(es.get(1).getSrcPort().getOp()).isEqualTo("range");
        assertThat(es.get(1).getSrcPort().getHigh()).isEqualTo(2000);
        assertThat(es.get(1).getDstPort().getOp()).isEqualTo("gt");
        assertThat(es.get(2).getAction()).isEqualTo("deny");
        assertThat(es.get(2).getIndex()).isEqualTo(3);
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void objectGroupLineExpandsCartesian() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "access-list 101 permit ip object-group L object-group R",
                "object-group network L", "  network-object 10.1.1.0 255.255.255.0", "  network-object host 10.1.2.1",
                "object-group network R", "  network-object 10.2.0.0 255.255.0.0", "  network-object 10.3.0.0 255.255.0.0");
        List<AclEntry> es = p.factsOf(AclEntry.class);
        assertThat(es).hasSize(4);
        assertThat(es).allMatch(e -> e.getIndex() == 1 && e.getSrcGroup().equals("L") && e.getDstGroup().equals("R"));
        AclEntry hostOne = es.stream().filter(e -> e.getSource().isHost()).findFirst().orElseThrow();
        assertThat(hostOne.isSrcHostForm()).isTrue();
        assertThat(hostOne.getOrigins()).extracting(o -> o.getLine()).contains(2, 5);
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void asaObjectReferences() {
        ParsedConfig p = Cfg.parse("ASA Version 8.4(7)", "object network H", " host 10.1.1.7", "object network N", " subnet 10.2.0.0 255.255.0.0",
                "access-list A extended permit ip object H object N");
        AclEntry e = Cfg.one(p, AclEntry.class);
        assertThat(e.getSource()).hasToString("10.1.1.7/32");
        assertThat(e.isSrcHostForm()).isTrue();
        assertThat(e.getDstGroup()).isEqualTo("N");
    }

    @Test void pixNamesAreResolved() {
        AclEntry e = Cfg.one(Cfg.parse("PIX Version 6.3(1)", "names", "name 10.7.7.0 branch", "access-list 101 permit ip host 10.1.1.1 branch 255.255.255.0"),
                AclEntry.class);
        assertThat(e.getDestination()).hasToString("10.7.7.0/24");
    }

    @Test void badAddressAndNonContiguousMaskAreWarnings() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "access-list 101 permit ip 300.1.1.1 255.255.255.255 any",
                "access-list 101 permit ip 10.1.1.0 255.0.255.0 any", "access-list 101 permit ip 10.0.0.0 0.0.0.255 any",
                "access-list 101 permit ip any object-group MISSING", "access-list 101 permit ip 10.1.1.0 255.255.255.0 10.2.2.0 255.255.255.0");
        assertThat(p.unparsed()).extracting(u -> u.getReason())
                .anySatisfy(r -> assertThat(r).contains("not an IP address: 300.1.1.1"))
                .anySatisfy(r -> assertThat(r).contains("non-contiguous mask 255.0.255.0"))
                .anySatisfy(r -> assertThat(r).contains("non-contiguous mask 0.0.0.255"))
                .anySatisfy(r -> assertThat(r).contains("object-group MISSING not defined"));
        assertThat(Cfg.one(p, AclEntry.class).getIndex()).isEqualTo(5);
        assertThat(p.used() + p.ignored() + p.unparsedCount()).isEqualTo(p.lines());
    }

    @Test void iosNonContiguousWildcardIsWarning() {
        ParsedConfig p = Cfg.parse("version 12.4", "access-list 101 permit ip 10.0.0.0 0.255.0.255 any");
        assertThat(p.unparsed()).singleElement().satisfies(u -> assertThat(u.getReason()).contains("non-contiguous wildcard"));
    }
}
