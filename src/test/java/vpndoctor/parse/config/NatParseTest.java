package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.NatRule;
import vpndoctor.model.config.NatRule.Kind;

class NatParseTest {
    @Test void pixNatZeroAccessListIsExemption() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "nat (inside) 0 access-list nonat",
                "access-list nonat permit ip 10.1.1.0 255.255.255.0 10.2.2.0 255.255.255.0",
                "access-list nonat permit ip 10.1.1.0 255.255.255.0 10.3.3.0 255.255.255.0",
                "nat (inside) 1 10.1.1.0 255.255.255.0 0 0", "global (outside) 1 interface",
                "static (inside,outside) 192.0.2.10 10.1.1.10 netmask 255.255.255.255 0 0",
                "static (inside,outside) 10.1.1.0 10.1.1.0 netmask 255.255.255.0");
        List<NatRule> rules = p.factsOf(NatRule.class);
        assertThat(rules).extracting(NatRule::getKind).containsExactly(Kind.EXEMPTION, Kind.DYNAMIC, Kind.STATIC, Kind.IDENTITY);
        NatRule ex = rules.get(0);
        assertThat(ex.isExempting()).isTrue();
        assertThat(ex.getAcl()).isEqualTo("nonat");
        assertThat(ex.getRealIface()).isEqualTo("inside");
        assertThat(ex.getSources()).extracting(Object::toString).containsExactly("10.1.1.0/24");
        assertThat(ex.getDestinations()).extracting(Object::toString).containsExactly("10.2.2.0/24", "10.3.3.0/24");
        assertThat(rules.get(2).getMappedSources()).extracting(Object::toString).containsExactly("192.0.2.10/32");
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void exemptionWithMissingAclIsReported() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "nat (inside) 0 access-list nonat");
        assertThat(p.unparsed()).singleElement().satisfies(u -> assertThat(u.getReason()).contains("access-list nonat used by NAT is not defined"));
    }

    @Test void asaTwiceNatIdentityIsExemption() {
        ParsedConfig p = Cfg.parse("ASA Version 9.1(7)", "object network L", " subnet 10.1.0.0 255.255.0.0", "object-group network R",
                " network-object 10.2.0.0 255.255.0.0", "nat (inside,outside) source static L L destination static R R no-proxy-arp route-lookup",
                "nat (inside,outside) after-auto source dynamic any interface");
        List<NatRule> rules = p.factsOf(NatRule.class);
        NatRule id = rules.get(0);
        assertThat(id.getKind()).isEqualTo(Kind.IDENTITY);
        assertThat(id.isNoProxyArp()).isTrue();
        assertThat(id.isRouteLookup()).isTrue();
        assertThat(id.getDestinations()).extracting(Object::toString).containsExactly("10.2.0.0/16");
        assertThat(id.getMappedIface()).isEqualTo("outside");
        assertThat(rules.get(1).getKind()).isEqualTo(Kind.DYNAMIC);
        assertThat(rules.get(1).getSources()).extracting(Object::toString).containsExactly("0.0.0.0/0");
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void asaObjectNat() {
        ParsedConfig p = Cfg.parse("ASA Version 8.4(7)", "object network WEB", " host 10.1.1.10", " nat (inside,outside) static 192.0.2.10");
        NatRule r = Cfg.one(p, NatRule.class);
        assertThat(r.getKind()).isEqualTo(Kind.STATIC);
        assertThat(r.getSources()).extracting(Object::toString).containsExactly("10.1.1.10/32");
        assertThat(r.getMappedSources()).extracting(Object::toString).containsExactly("192.0.2.10/32");
    }

    @Test void iosNat() {
        ParsedConfig p = Cfg.parse("version 12.4", "ip nat inside source list 120 interface FastEthernet0/0 overload",
                "ip nat inside source static 10.2.2.5 198.51.100.5", "access-list 120 deny ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255",
                "access-list 120 permit ip 10.2.2.0 0.0.0.255 any");
        List<NatRule> rules = p.factsOf(NatRule.class);
        assertThat(rules).extracting(NatRule::getKind).containsExactly(Kind.DYNAMIC, Kind.STATIC);
        assertThat(rules.get(0).getAcl()).isEqualTo("120");
        assertThat(rules.get(0).getSources()).extracting(Object::toString).containsExactly("10.2.2.0/24");
        assertThat(p.unparsed()).isEmpty();
    }
}
