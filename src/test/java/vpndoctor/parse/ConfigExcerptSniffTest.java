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
    void proseSeparatorsAndLogsAreNoConfig() {
        assertThat(kind("dear colleague,\nthe object-group we talked about is wrong\nregards\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("!\nend\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("notes about the tunnel\n!\nsee the access-list below, it is fine\nthanks\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("Nov 26 10:01:02 asa-hq %ASA-4-713903: Group = 1.2.3.4, IP = 1.2.3.4, x\n")).isEqualTo(Kind.LOG);
    }
}
