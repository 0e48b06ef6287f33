package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnIdTest {
    @Test
    void readsTheIdOfEachDebugStyle() {
        assertThat(ConnId.of("ISAKMP:(1001): retransmitting phase 1 MM_NO_STATE...")).isEqualTo("1001");
        assertThat(ConnId.of("ISAKMP (0:3): atts not acceptable")).isEqualTo("3");
        assertThat(ConnId.of("ISAKMP (1001): received packet from 10.0.0.2")).isEqualTo("1001");
        assertThat(ConnId.of("ISAKMP (0): retransmitting phase 1")).as("0 is no SA yet").isNull();
        assertThat(ConnId.of("IPSEC(validate_proposal): invalid local address")).isNull();
        // IOS-XE 16/17: a space before the id, and a debug class after ISAKMP
        assertThat(ConnId.of("ISAKMP: (1003):Detected port floating to port = 4501")).isEqualTo("1003");
        assertThat(ConnId.of("ISAKMP-PAK: (1001):received packet from 203.0.113.100 dport 500 sport 500 Global (R) QM_IDLE")).isEqualTo("1001");
        assertThat(ConnId.of("ISAKMP-ERROR: (1003):deleting node 12 error TRUE reason \"Delete Larval\"")).isEqualTo("1003");
        assertThat(ConnId.of("ISAKMP-ERROR: (0):ignoring request to send delete notify (no ISAKMP sa)")).isNull();
    }

    @Test
    void anIosXeLineWithoutPeerTakesThePeerItsPakLineNamed() {
        Ingest in = Ingest.of(
                "ISAKMP-PAK: (1001):received packet from 10.0.0.2 dport 500 sport 500 Global (R) MM_KEY_EXCH",
                "ISAKMP-PAK: (1002):received packet from 10.0.0.3 dport 500 sport 500 Global (R) MM_KEY_EXCH",
                "ISAKMP-ERROR: (1001):retransmitting phase 1 MM_KEY_EXCH...");
        assertThat(in.events()).filteredOn(e -> e.getKind().equals("P1_RETRANSMIT"))
                .singleElement().satisfies(e -> assertThat(e.getPeer()).isEqualTo("10.0.0.2"));
    }

    @Test
    void aLineWithoutPeerTakesThePeerOfItsConnectionNotTheLastPeerSeen() {
        Ingest in = Ingest.of(
                "ISAKMP (1001): received packet from 10.0.0.2 dport 500 sport 500 Global (R) MM_KEY_EXCH",
                "ISAKMP (1002): received packet from 10.0.0.3 dport 500 sport 500 Global (R) MM_KEY_EXCH",
                "ISAKMP:(1001): retransmitting phase 1 MM_KEY_EXCH...");
        assertThat(in.events()).filteredOn(e -> e.getKind().equals("P1_RETRANSMIT"))
                .singleElement().satisfies(e -> assertThat(e.getPeer()).isEqualTo("10.0.0.2"));
    }
}
