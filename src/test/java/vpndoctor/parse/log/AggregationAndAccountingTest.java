package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/** Repeats fold into one event across sources; every line lands in exactly one accounting bucket. */
class AggregationAndAccountingTest {
    @Test
    void sameMessageInTwoFilesIsOneEvent() {
        String line = "ISAKMP:(0):No pre-shared key with 1.2.3.4!";
        Ingest in = new Ingest().read("a.log", "%LINK-3-UPDOWN: Interface Gi0/1, changed state to up\n" + line + "\n")
                .read("b.log", line + "\n" + line + "\n");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getId()).isEqualTo("e1");
            assertThat(e.getCount()).isEqualTo(3);
            assertThat(e.getFirstSeq()).isEqualTo(2);
            assertThat(e.getLastSeq()).isEqualTo(4);
            assertThat(e.getOrigins()).extracting(o -> o.where()).containsExactly("a.log:2", "b.log:1", "b.log:2");
        });
    }

    @Test
    void differentAttributesOrPeersAreDifferentEvents() {
        Ingest in = Ingest.of("ISAKMP:(0):No pre-shared key with 1.2.3.4!", "ISAKMP:(0):No pre-shared key with 1.2.3.5!",
                "Reserved Not Zero on Payload 5", "Reserved Not Zero on Payload 8");
        assertThat(in.events()).extracting(LogEvent::getId).containsExactly("e1", "e2", "e3", "e4");
    }

    @Test
    void contextDoesNotLeakBetweenSources() {
        Ingest in = new Ingest().read("a.log", "crypto_isakmp_process_block:src:9.1.2.3, dest:10.4.5.6 spt:500 dpt:500\n")
                .read("b.log", "ISAKMP (0): retransmitting phase 1...\n");
        assertThat(in.events().get(1).getPeer()).isNull();
    }

    @Test
    void ownAddressIsNeverThePeer() {
        Ingest in = Ingest.of("crypto_isakmp_process_block:src:9.1.2.3, dest:10.4.5.6 spt:500 dpt:500",
                "IPSEC(create_sa): sa created, (sa) sa_dest= 10.4.5.6, sa_proto= 50");
        assertThat(in.last().getPeer()).isEqualTo("9.1.2.3");
        assertThat(in.last().getLocal()).isEqualTo("10.4.5.6");
    }

    @Test
    void invalidAddressIsNotAPeer() {
        Ingest in = Ingest.of("ISAKMP:(0):No pre-shared key with 300.1.1.1!");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getPeer()).isNull();
            assertThat(e.getAttrs()).containsEntry("badAddress", "300.1.1.1");
        });
    }

    @Test
    void irrelevantLineIsCountedNotInserted() {
        Ingest in = Ingest.of("%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down",
                "%OSPF-5-ADJCHG: Process 1, Nbr 10.0.0.9 on Gi0/1 from FULL to DOWN", "%SYS-5-CONFIG_I: Configured from console by admin",
                "", "%BGP-5-ADJCHANGE: neighbor 10.0.0.3 Down Peer closed the session");
        assertThat(in.events()).isEmpty();
        assertThat(in.ingest.unrecognized()).isEmpty();
        assertThat(in.acct.getIrrelevant()).isEqualTo(5);
        assertThat(in.acct.getLines()).isEqualTo(5);
    }

    @Test
    void accountingAddsUp() throws Exception {
        String text = String.join("\n", "ISAKMP (0): SA not acceptable!", "login ok", "%ASA-4-713999: IP = 10.0.0.2, new thing",
                "x".repeat(70000), "IPSEC(validate_proposal_request): proposal part #1,", "(key eng. msg.) dest= 1.1.1.2, src= 2.2.2.3,",
                "ISAKMP: something unheard of") + "\n";
        Ingest in = new Ingest().read("t.log", text);
        var a = in.acct;
        assertThat(a.getLines()).isEqualTo(7);
        assertThat(a.getRelevant() + a.getIrrelevant() + a.getUnrecognized() + a.getSkippedLines()).isEqualTo(a.getLines());
        assertThat(a.getSkippedLines()).isEqualTo(1);
        assertThat(a.getSkipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(4);
            assertThat(s.reason()).contains("65536");
        });
        assertThat(a.getUnrecognized()).isEqualTo(2);
        assertThat(a.getRelevant()).isEqualTo(3);
    }

    @Test
    void unrecognizedFactsAreCappedButAllCounted() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 600; i++) b.append("%ASA-4-713999: IP = 10.0.0.2, new thing ").append(i).append('\n');
        Ingest in = new Ingest().read("t.log", b.toString());
        assertThat(in.ingest.unrecognized()).hasSize(EventStore.MAX_UNRECOGNIZED);
        assertThat(in.ingest.unrecognized().get(0).getId()).isEqualTo("u1");
        assertThat(in.acct.getUnrecognized()).isEqualTo(600);
    }
}
