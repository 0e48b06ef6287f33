package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * IOS prints its crypto data-plane drops on two console lines: the message, then the packet's addresses on a
 * tab-indented line of their own (TerminalWrap.SPLIT). Session 12 first sight: a real console copy of
 * RECVD_PKT_NOT_IPSEC was read as two lines, the addresses and "prot= 47" of the second lost, so the message named
 * no tunnel. Read joined now, exactly like the one-line form a syslog server writes; a line that merely ends like a
 * head, or a head followed by a line of its own, is read as before.
 */
class IosTwoLineMessageTest {
    private static final String HEAD = "*Apr 22 09:10:14.002: %CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet.";
    private static final String TAIL = "(ip) vrf/dest_addr= /198.51.100.41, src_addr= 192.0.2.41, prot= 47";

    @Test
    void theConsoleFormIsReadLikeTheOneLineForm() {
        for (String indent : new String[] {"\t", "        ", ""}) {
            Ingest two = Ingest.of(HEAD, indent + TAIL);
            Ingest one = Ingest.of(HEAD + " " + TAIL);
            assertThat(two.events()).singleElement().satisfies(e -> {
                assertThat(e.getPeer()).isEqualTo("192.0.2.41");
                assertThat(e.attr("prot")).isEqualTo("47");
                assertThat(e.attr("src")).isEqualTo("192.0.2.41");
            });
            assertThat(two.events().get(0).getAttrs()).isEqualTo(one.events().get(0).getAttrs());
            assertThat(two.acct.getLines()).isEqualTo(2);
            assertThat(two.acct.getRelevant()).isEqualTo(2);
            assertThat(two.acct.getNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("printed on two lines"));
        }
    }

    @Test
    void theInvalidSpiFormJoinsItsAddressLine() {
        Ingest two = Ingest.of("*Mar  1 00:10:00.000: %CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for",
                "\tdestaddr=203.0.113.9, prot=50, spi=0x5A1B2C3D(1511730237), srcaddr=198.51.100.9");
        assertThat(two.events()).singleElement().satisfies(e -> assertThat(e.getPeer()).isEqualTo("198.51.100.9"));
    }

    @Test
    void aTerminalCutOfTheFirstLineStillJoinsTheSecond() {
        // an 80-column terminal cut the 86-character first line, then the message's own second line follows
        assertThat(HEAD.length()).isGreaterThan(80);
        Ingest cut = Ingest.of(HEAD.substring(0, 80), HEAD.substring(80), "        " + TAIL);
        assertThat(cut.events()).singleElement().satisfies(e -> {
            assertThat(e.getPeer()).isEqualTo("192.0.2.41");
            assertThat(e.attr("prot")).isEqualTo("47");
        });
        assertThat(cut.acct.getLines()).isEqualTo(3);
        assertThat(cut.acct.getNotes()).hasSize(2);
    }

    @Test
    void aHeadFollowedByALineOfItsOwnStaysApart() {
        // neighbours: the head, then a message that starts on its own; and a non-crypto line ending in the same words
        Ingest apart = Ingest.of(HEAD, "*Apr 22 09:10:15.000: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer 192.0.2.41:500       Id: 192.0.2.41",
                "R1#show logging | include not an IPSEC packet.", "(ip) is not a continuation here");
        assertThat(apart.acct.getLines()).isEqualTo(4);
        assertThat(apart.acct.getNotes()).isEmpty();
        assertThat(apart.events()).anySatisfy(e -> assertThat(e.getKind()).isEqualTo("P2_COMPLETED"));
    }

    @Test
    void aTunnelCarrierNamesThePeerAHostFlowDoesNot() {
        LogEventView gre = LogEventView.of(Ingest.of(HEAD + " " + TAIL));
        assertThat(gre.peer).isEqualTo("192.0.2.41");
        LogEventView host = LogEventView.of(Ingest.of("%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= /10.45.0.25, src_addr= 10.145.7.40, prot= 6"));
        assertThat(host.peer).isNull();
        assertThat(host.prot).isEqualTo("6");
    }

    private record LogEventView(String peer, String prot) {
        static LogEventView of(Ingest in) {
            var e = in.events().get(0);
            return new LogEventView(e.getPeer(), e.attr("prot"));
        }
    }
}
