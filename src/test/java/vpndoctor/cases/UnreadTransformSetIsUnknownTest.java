package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * A transform-set line the reader could not understand (a published script ran two lines together: "crypto ipsec
 * transform-set AES128-SHA esp-aes esp-sha-hmac crypto map MAP-VPN 10 ipsec-isakmp") yields a set with no transform:
 * unknown, not empty. Compared with the other end's set it read as "no transform set in common" (0.90) once the two
 * configs were paired; now the comparison is not made. The real case's configs show no interfaces, so each gets the
 * interface its peer names to be paired.
 */
class UnreadTransformSetIsUnknownTest {
    private static final Path CASE = Path.of("facts-samples/real/pix63-asa-healthy-l2l-config-scripts-joined-lines");

    @Test
    void aSetWhoseLineWasNotUnderstoodIsNotComparedAsEmpty() throws Exception {
        String asa = Files.readString(CASE.resolve("asa.cfg")) + "interface GigabitEthernet0/0\n nameif OUTSIDE\n ip address 22.22.22.22 255.255.255.0\n";
        String pix = Files.readString(CASE.resolve("pix.cfg")) + "ip address outside 11.11.11.11 255.255.255.0\n";
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().localConfig("asa.cfg", asa).peerConfig("pix.cfg", pix).build());
        assertThat(d.tunnels()).contains("11.11.11.11");
        assertThat(d.rootCauses()).noneMatch(f -> f.id().equals("TRANSFORM_SET_MISMATCH"));
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals("TRANSFORM_SET_MISMATCH"));
    }
}
