package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * What IOS show output says of a crypto map's state: 'show crypto map' entries keep their transform sets
 * (normalised as a config's) and the interfaces the map is applied to; 'show crypto engine connections
 * active' is one table event (IKE and IPsec rows counted, our address as local, no tunnel); 'show crypto
 * session detail' keeps the IKE SA's state and the flow's origin. These lines were unrecognised before.
 */
class ShowCryptoStateOutputsTest {
    private static LogEvent only(Ingest in, String kind) {
        List<LogEvent> l = in.events().stream().filter(e -> e.getKind().equals(kind)).toList();
        assertThat(l).as(kind).hasSize(1);
        return l.get(0);
    }

    @Test
    void aShowCryptoMapEntryKeepsItsTransformSetsAndInterfaces() {
        Ingest in = Ingest.of(
                "Crypto Map IPv4 \"VPN\" 10 ipsec-isakmp",
                "        Peer = 198.51.100.2",
                "        Extended IP access list ACL1",
                "            access-list ACL1 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255",
                "        Security association lifetime: 4608000 kilobytes/3600 seconds",
                "        PFS (Y/N): Y",
                "        DH group:  group14",
                "        Transform sets={ ",
                "                T1:  { esp-256-aes esp-sha-hmac  } , ",
                "                T2:  { esp-3des esp-md5-hmac  } , ",
                "        }",
                "        Interfaces using crypto map VPN:",
                "                GigabitEthernet0/0",
                "                GigabitEthernet0/1");
        LogEvent e = only(in, "IKE_TRACE");
        assertThat(e.getTunnel()).isEqualTo("198.51.100.2");
        assertThat(e.attr("mapSeq")).isEqualTo("10");
        assertThat(e.attr("transformSets")).isEqualTo("T1: esp-aes-256 esp-sha-hmac, T2: esp-3des esp-md5-hmac");
        assertThat(e.attr("interfaces")).isEqualTo("GigabitEthernet0/0 GigabitEthernet0/1");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    @Test
    void transformSetsPrintedOnTheHeaderLineAreReadToo() {
        Ingest in = Ingest.of("Crypto Map \"VPN\" 20 ipsec-isakmp", "Peer = 198.51.100.3",
                "Transform sets={ T1:  { esp-aes esp-sha-hmac  } ,  }");
        assertThat(only(in, "IKE_TRACE").attr("transformSets")).isEqualTo("T1: esp-aes-128 esp-sha-hmac");
    }

    @Test
    void theEngineTableIsOneEventWithItsRowsCountedAndOurAddress() {
        Ingest in = Ingest.of(
                "Crypto Engine Connections",
                "",
                "   ID  Interface  Type   Algorithm   Encrypt Decrypt IP-Address",
                "    1  Se1/0.10   IPsec  AES+SHA        0       9    192.0.2.1",
                "    2  Se1/0.10   IPsec  AES+SHA        9       0    192.0.2.1",
                " 1001  Se1/0.10   IKE    MD5+AES        0       0    192.0.2.1",
                " 1003  IKEv2   SHA512+AES256        0        0        0 192.0.2.1");
        LogEvent e = only(in, "SHOW_CRYPTO_ENGINE");
        assertThat(e.attr("ikeRows")).isEqualTo("2");
        assertThat(e.attr("ipsecRows")).isEqualTo("2");
        assertThat(e.getLocal()).isEqualTo("192.0.2.1");
        assertThat(e.getPeer()).isNull();
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    @Test
    void theSessionDetailKeepsTheIkeSaStateAndTheFlowsOrigin() {
        Ingest in = Ingest.of(
                "Interface: GigabitEthernet0/0",
                "Session status: DOWN-NEGOTIATING",
                "Peer: 192.0.2.1 port 500 fvrf: (none) ivrf: (none)",
                "  IKEv1 SA: local 198.51.100.2/500 remote 192.0.2.1/500 Active",
                "  IPSEC FLOW: permit ip 10.2.2.0/255.255.255.0 10.1.1.0/255.255.255.0",
                "        Active SAs: 0, origin: crypto map");
        LogEvent e = only(in, "SHOW_IPSEC_SA");
        assertThat(e.attr("ikeSa")).isEqualTo("active");
        assertThat(e.attr("origin")).isEqualTo("crypto map");
        assertThat(e.attr("interface")).isEqualTo("GigabitEthernet0/0");
    }
}
