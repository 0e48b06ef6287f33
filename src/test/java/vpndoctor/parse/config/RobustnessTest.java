package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vpndoctor.model.Side;
import vpndoctor.model.Traceable;
import vpndoctor.model.config.ConfigFact;
import vpndoctor.model.config.NetInterface;
import vpndoctor.model.config.PresharedKey;

/** The reader never throws on bad input, and every line is accounted for exactly once. */
class RobustnessTest {
    private static final String[] WORDS = {"crypto", "map", "M", "10", "isakmp", "ikev1", "ikev2", "policy", "key", "address", "netmask",
            "access-list", "A", "permit", "deny", "ip", "tcp", "host", "any", "object-group", "object", "network", "network-object",
            "group-object", "G", "nat", "(inside)", "(inside,outside)", "0", "static", "source", "destination", "tunnel-group",
            "ipsec-attributes", "pre-shared-key", "set", "peer", "transform-set", "pfs", "group2", "match", "eq", "range",
            "10.1.1.0", "255.255.255.0", "0.0.0.255", "300.1.1.1", "255.0.255.0", "interface", "nameif", "ip", "route", "dynamic",
            "dynamic-map", "ipsec-proposal", "protocol", "esp", "encryption", "integrity", "subnet", "sysopt", "connection", "tcpmss", ""};

    @Test void randomVpnishLinesNeverThrow() throws Exception {
        Random r = new Random(42);
        for (String banner : List.of("PIX Version 6.3(1)", "ASA Version 9.1(7)", "version 12.4")) {
            for (int round = 0; round < 30; round++) {
                List<String> lines = new ArrayList<>();
                lines.add(banner);
                for (int i = 0; i < 60; i++) {
                    StringBuilder sb = new StringBuilder(r.nextInt(4) == 0 ? " " : "");
                    int n = 1 + r.nextInt(9);
                    for (int j = 0; j < n; j++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                    lines.add(sb.toString());
                }
                ParsedConfig p = Cfg.parse(Side.PEER, lines.toArray(String[]::new));
                assertThat(p.used() + p.ignored() + p.unparsedCount()).isEqualTo(p.lines());
                assertThat(p.facts()).allSatisfy(f -> {
                    assertThat(f).isInstanceOf(ConfigFact.class);
                    assertThat(((Traceable) f).describe()).isNotBlank();
                });
                assertThat(p.facts()).noneMatch(f -> f.toString().contains("parser error"));
            }
        }
    }

    @Test void idsAreUnique() {
        ParsedConfig p = Cfg.resource("asa-healthy-a.cfg", Side.LOCAL);
        assertThat(p.facts()).extracting(f -> ((Traceable) f).getId()).doesNotHaveDuplicates();
    }

    @Test void keyPointsAtTheOtherSidesOutsideAddress() {
        ParsedConfig pix = Cfg.resource("pix-healthy-local.cfg", Side.LOCAL);
        ParsedConfig ios = Cfg.resource("ios-healthy-peer.cfg", Side.PEER);
        NetInterface iosOutside = ios.factsOf(NetInterface.class).stream().filter(i -> i.getName().equals("FastEthernet0/0")).findFirst().orElseThrow();
        NetInterface pixOutside = pix.factsOf(NetInterface.class).stream().filter(i -> i.getLogicalName().equals("outside")).findFirst().orElseThrow();
        assertThat(Cfg.one(pix, PresharedKey.class).appliesTo(iosOutside.getAddress())).isTrue();
        assertThat(Cfg.one(ios, PresharedKey.class).appliesTo(pixOutside.getAddress())).isTrue();
    }
}
