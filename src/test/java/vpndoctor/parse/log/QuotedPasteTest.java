package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines quoted in an e-mail reply or a forum post ("> ") read as the device wrote them: before, a
 * quoted 'show crypto isakmp sa' was not seen at all (its block opens on a line's first word).
 */
class QuotedPasteTest {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`> dst             src             state` | `dst             src             state`",
        "`> > ISAKMP (0): SA not acceptable!` | `ISAKMP (0): SA not acceptable!`",
        "`>> ISAKMP (0): SA not acceptable!` | `ISAKMP (0): SA not acceptable!`",
        "`>    #pkts encaps: 0` | `   #pkts encaps: 0`",
        "`>` | ``",
        "`    > dst             src` | `dst             src`",
        // neighbours: no quote mark, or a '>' that is no quote mark
        "`>foo` | `>foo`",
        "`*> 10.0.0.0` | `*> 10.0.0.0`",
        "`    #pkts encaps: 0` | `    #pkts encaps: 0`",
        "`Dec  6 10:00:00 asa-hq %ASA-6-713119: x` | `Dec  6 10:00:00 asa-hq %ASA-6-713119: x`",
    })
    void quoteMarksAreDropped(String line, String text) {
        assertThat(TextNormalizer.normalize(line)).isEqualTo(text);
    }

    @Test
    void aQuotedShowIsakmpSaIsRead() {
        String[] show = {
            "branch-rtr#show crypto isakmp sa",
            "IPv4 Crypto ISAKMP SA",
            "dst             src             state          conn-id status",
            "198.51.100.140  192.0.2.14      MM_NO_STATE          0 ACTIVE",
        };
        String[] quoted = new String[show.length];
        for (int i = 0; i < show.length; i++) quoted[i] = "> " + show[i];
        assertThat(kinds(Ingest.of(show))).isNotEmpty();
        assertThat(kinds(Ingest.of(quoted))).isEqualTo(kinds(Ingest.of(show)));
    }

    private static java.util.List<String> kinds(Ingest in) {
        return in.events().stream().map(e -> e.getKind() + "@" + e.getPeer() + " " + e.getAttrs()).toList();
    }
}
