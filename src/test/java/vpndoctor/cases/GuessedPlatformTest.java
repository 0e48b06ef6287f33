package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * IKEv2-PROTO debug lines name no device family (IOS and the ASA print them alike): the reader's guess
 * (IOS) yields to what the same input establishes, a later %ASA- line of the file (446) or our ASA
 * config (448); IOS syslog keeps them IOS (447).
 */
class GuessedPlatformTest {
    private static String platform(Diagnosis d) {
        return d.rootCauses().get(0).platform();
    }

    @Test
    void anAsaSyslogLineLaterInTheFileMakesTheDebugTheAsas() {
        Diagnosis d = TestDoctor.diagnoseSample("446-asa-ikev2-debug-before-asa-syslog-no-matching-policy");
        assertThat(d.rootCauseIds()).containsExactly("IKE_POLICY_MISMATCH");
        assertThat(platform(d)).isEqualTo("ASA");
    }

    @Test
    void anIosSyslogLineKeepsTheDebugTheRouters() {
        Diagnosis d = TestDoctor.diagnoseSample("447-ios-ikev2-debug-before-ios-syslog-no-proposal");
        assertThat(d.rootCauseIds()).containsExactly("IKE_POLICY_MISMATCH");
        assertThat(platform(d)).isEqualTo("IOS");
    }

    @Test
    void ourAsaConfigMakesTheDebugTheAsas() {
        Diagnosis d = TestDoctor.diagnoseSample("448-asa-ikev2-debug-with-asa-config-no-matching-policy");
        assertThat(d.rootCauseIds()).containsExactly("IKE_POLICY_MISMATCH");
        assertThat(platform(d)).isEqualTo("ASA");
        assertThat(d.rootCauses().get(0).remediation()).anySatisfy(c -> assertThat(c).contains("show run crypto ikev2"));
    }

    @Test
    void ourIosConfigInItsSubModeSyntaxMakesTheIpsecDebugTheRouters() {
        // an excerpt with no banner, no 'crypto isakmp key', no slot/port interface: its crypto map and transform set
        // sub-lines are IOS's alone; the proposal block and the refusal were tagged [PIX], the fix in PIX syntax
        Diagnosis d = TestDoctor.diagnoseSample("510-iosxe-debug-alone-config-excerpt-submode-syntax-platform-ios");
        assertThat(d.rootCauseIds()).containsExactly("TRANSFORM_SET_MISMATCH");
        assertThat(platform(d)).isEqualTo("IOS");
        assertThat(d.rootCauses().get(0).remediation()).anySatisfy(c -> assertThat(c).isEqualTo(" set transform-set <name>"));
    }

    @Test
    void aPixConfigKeepsTheSameDebugThePixs() {
        Diagnosis d = TestDoctor.diagnoseSample("511-pix-debug-alone-config-one-line-crypto-map-platform-pix");
        assertThat(d.rootCauseIds()).containsExactly("TRANSFORM_SET_MISMATCH");
        assertThat(platform(d)).isEqualTo("PIX");
    }
}
