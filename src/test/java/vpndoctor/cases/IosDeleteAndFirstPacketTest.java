package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * IOS and IOS-XE debugs name a peer's IPsec-SA delete and the first packet's SA request in their own
 * words: IOS-XE prints 'processing DELETE payload' without the SPI size and then removes the IPsec SA
 * ('Enqueued KEY_MGR_DELETE_SAS for IPSEC SA'), IOS 12.x and PIX pass the delete to the key engine
 * ('rec'd delete notify from ISAKMP'), and 'SA request profile is (NULL)' is IPsec asking ISAKMP for
 * an SA. Their neighbours (the ISAKMP SA deleted, an IPsec SA removed before any delete, an SA request
 * that never completes) are not read so.
 */
class IosDeleteAndFirstPacketTest {
    private static final Path REAL = Path.of("facts-samples", "real");
    private static final String XE = "iosxe-healthy-clear-sa-first-ping-lost-initiator";
    private static final String XE_LOG = "site-a-debug-crypto-isakmp.log";
    private static final String KEY_MGR = "ISAKMP: (1003):Enqueued KEY_MGR_DELETE_SAS for IPSEC SA (SPI:0xF5AC7011)\n";

    private static Diagnosis folder(Path dir) throws Exception {
        return TestDoctor.get().diagnose(Evidence.fromCaseFolder(dir));
    }

    private static Diagnosis text(String log) throws Exception {
        return TestDoctor.get().diagnose(Evidence.builder().log("pasted.log", log).build());
    }

    private static String xeLog() throws Exception {
        return Files.readString(REAL.resolve(XE).resolve(XE_LOG));
    }

    @Test
    void iosXeUnsizedDeleteThenIpsecSaRemovalIsThePeerDeletingAnIpsecSa() throws Exception {
        Diagnosis d = folder(REAL.resolve(XE));
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.benignIds()).contains("BENIGN_PEER_DELETED_IPSEC_SA", "BENIGN_FIRST_PACKET_TRIGGERS_IKE");
    }

    @Test
    void anUnsizedDeleteWithoutAnIpsecSaRemovalIsNotReadAsAnIpsecDelete() throws Exception {
        String log = xeLog();
        assertThat(log).contains(KEY_MGR);
        assertThat(text(log.replace(KEY_MGR, "")).benignIds()).doesNotContain("BENIGN_PEER_DELETED_IPSEC_SA");
    }

    @Test
    void anIpsecSaRemovedBeforeTheDeleteIsNotTheDeletesSa() throws Exception {
        String log = xeLog();
        String delete = "ISAKMP: (1003):processing DELETE payload. message ID = 1319368483\n";
        assertThat(log).contains(delete);
        // the removal moved ahead of the delete: a local removal, not what the delete named
        String moved = log.replace(KEY_MGR, "").replace(delete, KEY_MGR + delete);
        assertThat(text(moved).benignIds()).doesNotContain("BENIGN_PEER_DELETED_IPSEC_SA");
    }

    @Test
    void ios12DeleteNotifyToTheKeyEngineIsThePeerDeletingAnIpsecSa() throws Exception {
        Diagnosis d = folder(REAL.resolve("ios-healthy-l2l-initiator-debug-peer-deletes-old-sa"));
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.benignIds()).contains("BENIGN_PEER_DELETED_IPSEC_SA");
        // the peer deleting the ISAKMP SA (no key engine line follows its DELETE) stays unread as an IPsec delete
        assertThat(folder(REAL.resolve("ios-pfs-mismatch-paranoid-keepalives")).benignIds()).doesNotContain("BENIGN_PEER_DELETED_IPSEC_SA");
    }

    @Test
    void anSaRequestIsTheFirstPacketOnlyWhenNegotiationThenCompletes() throws Exception {
        String log = xeLog();
        assertThat(text(log).benignIds()).contains("BENIGN_FIRST_PACKET_TRIGGERS_IKE");
        // the IOS-XE initiator with no key for its peer asks for the SA too, and nothing completes
        assertThat(folder(Path.of("facts-samples", "189-ios-initiator-no-preshared-key")).benignIds())
                .doesNotContain("BENIGN_FIRST_PACKET_TRIGGERS_IKE");
    }
}
