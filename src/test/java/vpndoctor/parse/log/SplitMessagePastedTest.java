package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * IOS prints %CRYPTO-4-RECVD_PKT_NOT_IPSEC on two lines; its second line "(ip) vrf/dest_addr= /A, src_addr= B, prot= N"
 * joins its head also when the console copy was quoted in an e-mail or forum reply ("> " before each line) or copied
 * from a web page with non-breaking spaces for its spaces. Before, both copies lost the packet's addresses (the
 * real case ios-vti-any-selectors-drop-plain-gre-on-same-endpoints lost both its hypotheses in those forms).
 */
class SplitMessagePastedTest {
    private static final String HEAD = "%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet.";
    private static final String TAIL = "(ip) vrf/dest_addr= /4.4.4.4, src_addr= 1.1.1.1, prot= 47";

    private static void joined(String head, String tail) {
        Ingest in = Ingest.of(head, tail);
        List<LogEvent> e = in.events().stream().filter(x -> x.getKind().equals("CLEARTEXT_FOR_PROTECTED_TRAFFIC")).toList();
        assertThat(e).as(head + " / " + tail).hasSize(1);
        assertThat(e.get(0).getPeer()).isEqualTo("1.1.1.1");
        assertThat(e.get(0).attr("prot")).isEqualTo("47");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    @Test
    void theSecondLineJoinsAsPrintedQuotedAndNbspSpaced() {
        joined(HEAD, TAIL);
        joined("> " + HEAD, "> " + TAIL);
        joined(">> " + HEAD, ">> " + TAIL);
        joined(HEAD.replace(' ', '\u00A0'), TAIL.replace(' ', '\u00A0'));
        joined("\u00A0\u00A0" + HEAD.replace(' ', '\u00A0'), "\u00A0\u00A0\u00A0" + TAIL.replace(' ', '\u00A0'));
    }

    @Test
    void aQuotedLineOfItsOwnAfterTheHeadStaysApart() {
        // a second head is no continuation of the first: only it gets the addresses
        Ingest in = Ingest.of("> " + HEAD, "> " + HEAD, "> " + TAIL);
        assertThat(in.events().stream().filter(x -> x.getKind().equals("CLEARTEXT_FOR_PROTECTED_TRAFFIC")).map(LogEvent::getPeer).toList())
                .containsExactly("1.1.1.1");
        assertThat(in.acct.getLines()).isEqualTo(3);
    }
}
