package vpndoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.parse.CaseFileSniffer.Kind;

/**
 * A file of a case folder that holds only a few config lines (an object-group, a crypto ACL line and its map
 * entry, as posted in a forum thread) is a config excerpt, not "neither": skipping it lost the only config
 * evidence of a real case. Prose, a lone "!" or "end", and a log stay what they were.
 */
class ConfigExcerptSniffTest {
    private static Kind kind(String text) {
        return CaseFileSniffer.sniff(text.getBytes()).kind();
    }

    @Test
    void anObjectGroupAloneIsAConfigExcerpt() {
        assertThat(kind("object-group network azure-networks\n description Azure-Virtual-Network\n network-object 10.0.0.0 255.255.255.0\n  exit\n"))
                .isEqualTo(Kind.CONFIG);
    }

    @Test
    void aCryptoAclLineWithItsMapEntryIsAConfigExcerpt() {
        assertThat(kind("access-list outside_cryptomap extended permit ip 192.168.1.0 255.255.255.0 object-group remote-nets\n"
                + "crypto map outside_map 1 match address outside_cryptomap\n")).isEqualTo(Kind.CONFIG);
        assertThat(kind("object network LAN\n subnet 192.168.10.0 255.255.255.0\n")).isEqualTo(Kind.CONFIG);
    }

    @Test
    void showOutputWithAccessListHitCountsIsNoConfig() {
        // 'show crypto ipsec sa' (which prints the map entry's ACL line) then 'show access-list': the hit-count lines
        // are state, not configuration; read as a config, the SA counters were lost (held-out round 10)
        assertThat(kind("fw# show cryp ipse sa\ninterface: outside\n    Crypto map tag: m, seq num: 1, local addr: 203.0.113.10\n"
                + "      access-list cm extended permit ip 10.0.0.0 255.255.255.0 10.0.1.0 255.255.255.0\n      current_peer: 198.51.100.20\n"
                + "      #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0\n      #pkts decaps: 26, #pkts decrypt: 26, #pkts verify: 26\n"
                + "fw# show access-list cm\naccess-list cm; 2 elements; name hash: 0x2b034900\n"
                + "access-list cm line 1 extended permit ip object a object b (hitcnt=8) 0xd0d5d370\n"
                + "  access-list cm line 1 extended permit ip 10.0.0.0 255.255.255.0 10.0.1.0 255.255.255.0 (hitcnt=8) 0xd0d5d370\n"
                + "access-list cm line 2 extended permit icmp object a object b (hitcnt=0) 0x1adc0eab\n")).isEqualTo(Kind.LOG);
    }

    @Test
    void proseSeparatorsAndLogsAreNoConfig() {
        assertThat(kind("dear colleague,\nthe object-group we talked about is wrong\nregards\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("!\nend\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("notes about the tunnel\n!\nsee the access-list below, it is fine\nthanks\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("Nov 26 10:01:02 asa-hq %ASA-4-713903: Group = 1.2.3.4, IP = 1.2.3.4, x\n")).isEqualTo(Kind.LOG);
    }
}
