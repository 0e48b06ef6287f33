package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * "No key for the crypto map peer" (rules-drl/config/predict-phase1.drl) looked only at 'crypto isakmp key'
 * lines and tunnel-groups. An IOS IKEv2 crypto map authenticates with the keys of the profile its entry names
 * (inline, or in the profile's keyring): a real healthy IKEv2 crypto map
 * (ios-healthy-ikev2-crypto-map-gre-acl-pfs-both-configs) got ISAKMP_KEY_MISSING 0.85 before session 10.
 */
class MapKeysInKeyringsTest {
    private static final Path CASE = TestDoctor.samples().resolve("313-cfg-ios-ikev2-crypto-map-profile-inline-keys");

    private static Diagnosis ours(String config) {
        return TestDoctor.get().diagnose(Evidence.builder().localConfig("local.cfg", config).build());
    }

    @Test
    void aProfilesInlineKeyIsTheMapPeersKey() throws IOException {
        Diagnosis d = ours(Files.readString(CASE.resolve("local.cfg")));
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain("ISAKMP_KEY_MISSING");
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("ISAKMP_KEY_MISSING");
    }

    @Test
    void aKeyringWithKeysForOtherPeersOnlyStillLeavesTheMapPeerWithoutAKey() throws IOException {
        // the neighbour: the profile's keyring holds a key, but for another address
        String config = Files.readString(CASE.resolve("local.cfg")).replace(
                " authentication remote pre-share key Hemlock-88\n authentication local pre-share key Hemlock-88\n",
                " authentication remote pre-share\n authentication local pre-share\n keyring local KR-88\n")
                .replace("crypto ikev2 profile PROFILE-88\n",
                        "crypto ikev2 keyring KR-88\n peer OTHER\n  address 192.0.2.99\n  pre-shared-key Hemlock-88\n!\ncrypto ikev2 profile PROFILE-88\n");
        assertThat(config).contains("keyring local KR-88", "address 192.0.2.99");
        Diagnosis d = ours(config);
        assertThat(d.rootCauses()).extracting(Finding::id).contains("ISAKMP_KEY_MISSING");
    }
}
