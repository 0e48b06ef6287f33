package vpndoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.parse.CaseFileSniffer.Kind;

/**
 * A config excerpt pasted into a forum thread often loses its indentation: "crypto isakmp policy 10" followed by
 * "encr 3des", "hash md5", ... flush left. The config reader takes such lines, but the case-folder sniffer only
 * counted indented sub-lines, so the peer router's excerpt of a real case (Cisco Community thread, ASA 5520 to
 * a 2921) was skipped as "neither" and the two peers' configs were never compared. Lines that only look like
 * sub-lines, with no config object above them, and prose stay what they were.
 */
class FlatPastedConfigExcerptSniffTest {
    private static final Path REAL = Path.of("facts-samples/real/asa-pppoe-initiator-mm-wait-msg2-toward-ios-2921-configs-both-ends-cause-unconfirmed");

    private static Kind kind(String text) {
        return CaseFileSniffer.sniff(text.getBytes()).kind();
    }

    @Test
    void theRealRouterExcerptWithoutIndentationIsAConfig() throws Exception {
        assertThat(CaseFileSniffer.sniff(REAL.resolve("peer.cfg")).kind()).isEqualTo(Kind.CONFIG);
        assertThat(CaseFileSniffer.sniff(REAL.resolve("local.cfg")).kind()).isEqualTo(Kind.CONFIG);
    }

    @Test
    void aFlushLeftPolicyAndTransformSetAreAConfigExcerpt() {
        assertThat(kind("crypto isakmp policy 10\nencr aes 256\nhash sha256\nauthentication pre-share\ngroup 14\nlifetime 28800\n"))
                .isEqualTo(Kind.CONFIG);
        assertThat(kind("crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac\nmode tunnel\n"
                + "crypto map CM 10 ipsec-isakmp\nset peer 198.51.100.1\nset transform-set TS\nmatch address 101\n")).isEqualTo(Kind.CONFIG);
    }

    @Test
    void subLineWordsWithoutAConfigObjectAndProseAreNoConfig() {
        assertThat(kind("set peer 198.51.100.1\nmatch address 101\nis what I typed, is it right?\nthanks\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("group 2 is what we use on both sides\nlifetime is one day\nhash is md5\nstill down\n")).isEqualTo(Kind.NEITHER);
        assertThat(kind("dear colleague,\nthe transform set we talked about is wrong\nregards\n")).isEqualTo(Kind.NEITHER);
    }
}
