package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/** The multi-line IPSEC(validate_proposal_request) block becomes one PROPOSAL_REQUEST event. */
class ProposalBlockTest {
    private static final String[] BLOCK = {
        "IPSEC(validate_proposal_request): proposal part #1,",
        "(key eng. msg.) dest= 1.1.1.2, src= 2.2.2.3,",
        "dest_proxy= 4.4.4.0/255.255.255.192/0/0 (type=4),",
        "src_proxy= 5.5.5.0/255.255.255.224/0/0 (type=4),",
        "protocol= ESP, transform= esp-3des esp-md5-hmac ,",
        "lifedur= 0s and 0kb,",
        "spi= 0x0(0), conn_id= 0, keysize= 0, flags= 0x4",
    };

    @Test
    void fullBlockFromTheFieldGuide() {
        Ingest in = Ingest.of(concat(BLOCK, "IPSEC(validate_transform_proposal): proxy identities not supported"));
        assertThat(in.events()).hasSize(2);
        LogEvent p = in.events().get(0);
        assertThat(p.getKind()).isEqualTo("PROPOSAL_REQUEST");
        assertThat(p.getPeer()).isEqualTo("2.2.2.3");
        assertThat(p.getLocal()).isEqualTo("1.1.1.2");
        assertThat(p.getAttrs()).containsEntry("localProxy", "4.4.4.0/26").containsEntry("remoteProxy", "5.5.5.0/27")
                .containsEntry("proxyProto", "0").containsEntry("proxyPort", "0")
                .containsEntry("transform", "esp-3des esp-md5-hmac").doesNotContainKey("truncated");
        assertThat(p.getOrigin().getLine()).isEqualTo(1);
        LogEvent proxy = in.events().get(1);
        assertThat(proxy.getKind()).isEqualTo("PROXY_ID_NOT_SUPPORTED");
        assertThat(proxy.getPeer()).as("peer from the block before it").isEqualTo("2.2.2.3");
        assertThat(in.acct.getRelevant()).isEqualTo(8);
    }

    @Test
    void blockCutByEndOfFile() {
        Ingest in = Ingest.of(BLOCK[0], BLOCK[1], BLOCK[2]);
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo("PROPOSAL_REQUEST");
            assertThat(e.getAttrs()).containsEntry("truncated", "true").containsEntry("localProxy", "4.4.4.0/26")
                    .doesNotContainKey("remoteProxy");
        });
    }

    @Test
    void blockCutByAnotherMessage() {
        Ingest in = Ingest.of(BLOCK[0], BLOCK[1], "ISAKMP (0): retransmitting phase 2...");
        assertThat(in.events()).extracting(LogEvent::getKind).containsExactly("PROPOSAL_REQUEST", "P2_RETRANSMIT");
        assertThat(in.events().get(0).getAttrs()).containsEntry("truncated", "true");
        assertThat(in.events().get(1).getPeer()).isEqualTo("2.2.2.3");
    }

    @Test
    void iosLocalRemoteForm() {
        Ingest in = Ingest.of("IPSEC(validate_proposal_request): proposal part #1",
                "IPSEC(validate_proposal_request): proposal part #1,",
                "  (key eng. msg.) INBOUND local= 10.0.0.1:0, remote= 10.0.0.2:0,",
                "    local_proxy= 192.168.1.0/255.255.255.0/256/0,",
                "    remote_proxy= 192.168.2.0/255.255.255.0/256/0,",
                "    protocol= ESP, transform= esp-aes esp-sha-hmac  (Tunnel),",
                "    lifedur= 0s and 0kb,",
                "    spi= 0x0(0), conn_id= 0, keysize= 128, flags= 0x0");
        LogEvent e = in.events().get(in.events().size() - 1);
        assertThat(e.getPeer()).isEqualTo("10.0.0.2");
        assertThat(e.getAttrs()).containsEntry("localProxy", "192.168.1.0/24").containsEntry("remoteProxy", "192.168.2.0/24")
                .containsEntry("mode", "tunnel").containsEntry("transform", "esp-aes esp-sha-hmac");
    }

    @Test
    void outboundSaRequestSwapsSides() {
        Ingest in = Ingest.of("IPSEC(sa_request): ,",
                "  (key eng. msg.) OUTBOUND local= 10.0.0.1, remote= 10.0.0.2,",
                "    local_proxy= 192.168.1.0/255.255.255.0/0/0 (type=4),",
                "    remote_proxy= 192.168.2.0/255.255.255.0/0/0 (type=4),",
                "    spi= 0x0(0), conn_id= 0, keysize= 0, flags= 0x4004");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo("SA_REQUEST");
            assertThat(e.getPeer()).isEqualTo("10.0.0.2");
            assertThat(e.getAttrs()).containsEntry("localProxy", "192.168.1.0/24");
        });
    }

    private static String[] concat(String[] a, String b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }

    @Test
    void anAesKeySizeTheTransformWordsLeaveOutIsTakenFromTheKeysizeField() {
        Ingest in = Ingest.of("IPSEC(sa_request): ,",
                "  (key eng. msg.) OUTBOUND local= 192.0.2.1:0, remote= 198.51.100.7:0,",
                "    protocol= ESP, transform= esp-aes esp-sha-hmac  (Tunnel),",
                "    spi= 0x0(0), conn_id= 0, keysize= 256, flags= 0x0");
        assertThat(in.events().get(0).getAttrs()).containsEntry("transform", "esp-aes 256 esp-sha-hmac").containsEntry("mode", "tunnel");
        assertThat(ProposalBlock.withKeySize("esp-aes 256 esp-sha-hmac", "256")).isEqualTo("esp-aes 256 esp-sha-hmac");
        assertThat(ProposalBlock.withKeySize("esp-aes esp-sha-hmac", "128")).isEqualTo("esp-aes esp-sha-hmac");
        assertThat(ProposalBlock.withKeySize("esp-3des esp-sha-hmac", "256")).isEqualTo("esp-3des esp-sha-hmac");
        assertThat(ProposalBlock.withKeySize("esp-aes", "192")).isEqualTo("esp-aes 192");
    }
}
