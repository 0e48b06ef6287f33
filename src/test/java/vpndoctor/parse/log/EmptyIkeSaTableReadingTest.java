package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** IKE SA tables printed empty become SHOW_NO_IKE_SA with their IKE version; a table with a row, or an IPv6 title alone, does not. */
class EmptyIkeSaTableReadingTest {
    @Test
    void iosTitleAndHeadWithoutRows() {
        Ingest in = Ingest.of("R1#show crypto isakmp sa", "IPv4 Crypto ISAKMP SA", "dst             src             state          conn-id status", "",
                "IPv6 Crypto ISAKMP SA", "", "R1#show crypto session");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo("SHOW_NO_IKE_SA");
            assertThat(e.getAttrs()).containsEntry("ikev", "1");
            assertThat(e.getOrigin().getLine()).isEqualTo(3); // the column head marks the empty table
        });
    }

    @Test
    void aRowMakesItATableOfSas() {
        Ingest in = Ingest.of("IPv4 Crypto ISAKMP SA", "dst             src             state          conn-id status",
                "203.0.113.20    192.0.2.1       QM_IDLE           1001 ACTIVE");
        assertThat(in.events()).extracting(e -> e.getKind()).containsExactly("SHOW_ISAKMP_SA");
    }

    @Test
    void anIpv6TitleAloneSaysNothingOfIpv4Peers() {
        assertThat(Ingest.of("IPv6 Crypto ISAKMP SA", "").events()).isEmpty();
    }

    @Test
    void asaSectionsEachSpeakOfTheirVersion() {
        Ingest in = Ingest.of("There are no IKEv1 SAs", "There are no IKEv2 SAs");
        assertThat(in.events()).extracting(e -> e.getKind() + " " + e.attr("ikev")).containsExactly("SHOW_NO_IKE_SA 1", "SHOW_NO_IKE_SA 2");
    }
}
