package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.NetInterface;
import vpndoctor.model.config.StaticRoute;
import vpndoctor.model.config.TcpMssSetting;

class InterfaceParseTest {
    @Test void pixInterfaceFromThreeLines() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "interface ethernet0 auto", "interface ethernet1 auto shutdown",
                "nameif ethernet0 outside security0", "nameif ethernet1 dmz security50", "ip address outside 192.0.2.1 255.255.255.0");
        List<NetInterface> ifs = p.factsOf(NetInterface.class);
        assertThat(ifs.get(0).getLogicalName()).isEqualTo("outside");
        assertThat(ifs.get(0).getAddress()).isEqualTo("192.0.2.1");
        assertThat(ifs.get(0).getSubnet()).hasToString("192.0.2.0/24");
        assertThat(ifs.get(0).getSecurityLevel()).isZero();
        assertThat(ifs.get(0).getOrigins()).hasSize(3);
        assertThat(ifs.get(1).isShutdown()).isTrue();
        assertThat(ifs.get(1).hasAddress()).isFalse();
    }

    @Test void asaAndIosInterfaces() {
        NetInterface asa = Cfg.one(Cfg.parse("ASA Version 9.1(7)", "interface GigabitEthernet0/0", " nameif outside", " security-level 0",
                " ip address 203.0.113.1 255.255.255.0 standby 203.0.113.2", " speed 1000"), NetInterface.class);
        assertThat(asa.getNameif()).isEqualTo("outside");
        assertThat(asa.getAddress()).isEqualTo("203.0.113.1");
        ParsedConfig ios = Cfg.parse("version 12.4", "interface FastEthernet0/1", " ip address 10.2.2.1 255.255.255.0", " ip tcp adjust-mss 1360", " shutdown");
        NetInterface i = Cfg.one(ios, NetInterface.class);
        assertThat(i.getLogicalName()).isEqualTo("FastEthernet0/1");
        assertThat(i.getSecurityLevel()).isEqualTo(-1);
        assertThat(i.isShutdown()).isTrue();
        TcpMssSetting mss = Cfg.one(ios, TcpMssSetting.class);
        assertThat(mss.getValue()).isEqualTo(1360);
        assertThat(mss.getIface()).isEqualTo("FastEthernet0/1");
    }

    @Test void routesAndGlobalMss() {
        ParsedConfig pix = Cfg.parse("PIX Version 6.3(1)", "route outside 0.0.0.0 0.0.0.0 192.0.2.254 1", "sysopt connection tcpmss 1350",
                "sysopt connection permit-ipsec");
        StaticRoute r = Cfg.one(pix, StaticRoute.class);
        assertThat(r.isDefault()).isTrue();
        assertThat(r.getIface()).isEqualTo("outside");
        assertThat(Cfg.one(pix, TcpMssSetting.class).isGlobal()).isTrue();
        ParsedConfig ios = Cfg.parse("version 12.4", "ip route 10.8.0.0 255.255.0.0 Serial0/0 10.0.0.1", "ip route 0.0.0.0 0.0.0.0 198.51.100.254");
        assertThat(ios.factsOf(StaticRoute.class)).extracting(StaticRoute::describe)
                .containsExactly("local route 10.8.0.0/16 via 10.0.0.1 on Serial0/0", "local route 0.0.0.0/0 via 198.51.100.254");
    }

    @Test void badInterfaceAddressIsWarning() {
        ParsedConfig p = Cfg.parse("ASA Version 9.1(7)", "interface GigabitEthernet0/0", " nameif outside", " ip address 300.1.1.1 255.255.255.0");
        assertThat(p.unparsed()).singleElement().satisfies(u -> assertThat(u.getReason()).contains("not an IP address: 300.1.1.1"));
        assertThat(Cfg.one(p, NetInterface.class).hasAddress()).isFalse();
    }
}
