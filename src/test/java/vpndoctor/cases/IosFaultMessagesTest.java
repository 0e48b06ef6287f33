package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Advice;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * IOS/IOS-XE fault messages that used to be unexplained traces (session 9): each is now weighed for the
 * cause Cisco's documentation gives it, and each has a neighbour that must not reach that cause.
 * TUN-5-RECURDOWN (TechNote 22327): repeated = GRE_RECURSIVE_ROUTING, once = a lead (a route flap also
 * does it). DMVPN_NHRP_ERROR authentication failure (11) = NHRP_AUTH_MISMATCH, another NHRP error stays
 * unexplained. IPSEC_SETUP_FAILURE "IPSec Proposal failure" = a refused phase 2 proposal. Anti-replay
 * drops (TechNote 116858) are never a fault: a few are benign, many get a next command.
 */
class IosFaultMessagesTest {
    private static Diagnosis log(String text) {
        return TestDoctor.get().diagnose(Evidence.builder().log("router.log", text + "\n").build());
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }

    @Test
    void recursiveRoutingThatRepeatsIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("290-ios-gre-tunnel-recursive-routing-repeats");
        assertThat(ids(d.rootCauses())).containsExactly("GRE_RECURSIVE_ROUTING");
        assertThat(d.rootCauses().get(0).confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(d.rootCauses().get(0).remediation()).anySatisfy(l -> assertThat(l).contains("ip route <tunnel-destination>"));
    }

    @Test
    void recursiveRoutingOnceIsALeadNotAVerdict() {
        for (String folder : List.of("265-ios-gre-tunnel-recursive-routing-once", "291-ios-gre-two-tunnels-recursive-routing-once-each")) {
            Diagnosis d = TestDoctor.diagnoseSample(folder);
            assertThat(d.rootCauses()).as(folder).isEmpty();
            assertThat(d.hypotheses()).as(folder).anySatisfy(h -> {
                assertThat(h.id()).isEqualTo("GRE_RECURSIVE_ROUTING");
                assertThat(h.confidence()).isLessThan(0.5);
            });
            assertThat(d.recommendations()).as(folder).extracting(Advice::command).contains("show ip route <tunnel-destination>");
        }
    }

    @Test
    void theInterfaceWordingOfOtherReleasesIsReadToo() {
        String line = "*Dec  6 10:14:12.517: %TUN-5-RECURDOWN: Interface Tunnel 7 temporarily disabled due to recursive routing";
        Diagnosis d = log(line + "\n" + line.replace("10:14:12", "10:15:12"));
        assertThat(ids(d.rootCauses())).containsExactly("GRE_RECURSIVE_ROUTING");
    }

    @Test
    void nhrpPacketsRefusedForAuthenticationAreAnNhrpAuthenticationMismatch() {
        Diagnosis d = TestDoctor.diagnoseSample("292-iosxe-dmvpn-hub-nhrp-wrong-authentication-string");
        assertThat(ids(d.rootCauses())).containsExactly("NHRP_AUTH_MISMATCH");
        Diagnosis other = TestDoctor.diagnoseSample("293-iosxe-dmvpn-hub-nhrp-encap-error-not-authentication");
        assertThat(other.rootCauses()).isEmpty();
        assertThat(ids(other.hypotheses())).doesNotContain("NHRP_AUTH_MISMATCH");
        assertThat(other.recommendations()).anySatisfy(a -> assertThat(a.why()).contains("has no rule for"));
    }

    @Test
    void anIpsecProposalFailureIsARefusedTransformSetUnlessTheTunnelCameUp() {
        Diagnosis d = TestDoctor.diagnoseSample("294-ios-ipsec-setup-failure-proposal");
        assertThat(d.rootCauses()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("TRANSFORM_SET_MISMATCH");
            assertThat(f.tunnel()).isEqualTo("198.51.100.47");
        });
        Diagnosis up = TestDoctor.diagnoseSample("295-ios-ipsec-setup-failure-proposal-then-up");
        assertThat(up.rootCauses()).isEmpty();
        assertThat(ids(up.hypotheses())).doesNotContain("TRANSFORM_SET_MISMATCH");
    }

    @Test
    void anotherSetupFailureReasonIsNotReadAsAProposalFailure() {
        Diagnosis d = log("May  8 19:12:18.454: %CRYPTO-5-IPSEC_SETUP_FAILURE: IPSEC SETUP FAILED for local:192.0.2.14 local_id:192.0.2.14 "
                + "remote:198.51.100.47 remote_id:198.51.100.47 IKE profile:BRANCH-47 fvrf:None fail_reason:Internal error fail_class_cnt:3");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.recommendations()).anySatisfy(a -> assertThat(a.command()).contains("IPSEC_SETUP_FAILURE"));
    }

    @Test
    void antiReplayDropsAreNeverAFault() {
        for (String folder : List.of("296-iosxe-healthy-vti-few-anti-replay-drops", "298-ios-healthy-crypto-map-replay-check-failed")) {
            Diagnosis d = TestDoctor.diagnoseSample(folder);
            assertThat(d.rootCauses()).as(folder).isEmpty();
            assertThat(d.hypotheses()).as(folder).isEmpty();
            assertThat(d.benignIds()).as(folder).containsExactly("BENIGN_ANTI_REPLAY_DROPS");
        }
        Diagnosis many = TestDoctor.diagnoseSample("297-iosxe-vti-many-anti-replay-drops-no-fault");
        assertThat(many.rootCauses()).isEmpty();
        assertThat(many.hypotheses()).isEmpty();
        assertThat(many.benignIds()).doesNotContain("BENIGN_ANTI_REPLAY_DROPS");
        assertThat(many.recommendations()).anySatisfy(a -> {
            assertThat(a.command()).isEqualTo("show crypto ipsec sa detail | include replay");
            assertThat(a.tunnel()).isEqualTo("198.51.100.62");
        });
    }

    @Test
    void espIntegrityFailuresAreNeverAFaultButNameTheCounter() {
        Diagnosis d = TestDoctor.diagnoseSample("299-iosxe-hmac-errors-on-up-tunnel-counter-next");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
        assertThat(d.benign()).isEmpty();
        assertThat(d.recommendations()).anySatisfy(a -> {
            assertThat(a.command()).isEqualTo("show crypto ipsec sa detail | include verify failed|decaps");
            assertThat(a.tunnel()).isEqualTo("198.51.100.64");
        });
        // the neighbour: anti-replay drops alone do not ask for the integrity counter
        assertThat(TestDoctor.diagnoseSample("296-iosxe-healthy-vti-few-anti-replay-drops").recommendations())
                .noneMatch(a -> a.command().contains("verify failed"));
    }

    @Test
    void recursiveRoutingBelongsToTheTunnelItsConfigNamesAndOnlyThatOne() {
        Diagnosis d = TestDoctor.diagnoseSample("300-ios-gre-recursive-routing-repeats-with-config");
        assertThat(d.rootCauses()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("GRE_RECURSIVE_ROUTING");
            assertThat(f.tunnel()).isEqualTo("198.51.100.80");
        });
        // the neighbour: the config declares another tunnel interface, so the message is not placed on its destination
        String cfg = "hostname r1\ninterface Tunnel5\n ip address 172.16.5.1 255.255.255.252\n tunnel source 192.0.2.1\n tunnel destination 198.51.100.81\n!\nend\n";
        String line = "*Dec  6 10:14:12.517: %TUN-5-RECURDOWN: Tunnel0 temporarily disabled due to recursive routing";
        Diagnosis other = TestDoctor.get().diagnose(Evidence.builder().log("router.log", line + "\n" + line.replace("10:14:12", "10:15:12") + "\n")
                .localConfig("local.cfg", cfg).build());
        assertThat(other.rootCauses()).singleElement().satisfies(f -> assertThat(f.tunnel()).isNotEqualTo("198.51.100.81"));
    }

    @Test
    void theAsaSideOfBothFamiliesIsNeverAFaultEither() {
        // ASA 402120: the same integrity family, the same next command on the peer that sent the packets
        Diagnosis d = TestDoctor.diagnoseSample("301-asa-integrity-failures-on-up-tunnel-counter-next");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
        assertThat(d.recommendations()).anySatisfy(a -> {
            assertThat(a.command()).isEqualTo("show crypto ipsec sa detail | include verify failed|decaps");
            assertThat(a.tunnel()).isEqualTo("198.51.100.91");
        });
        // ASA 402119 on a healthy tunnel: one reordered packet is benign, and asks for no integrity counter
        Diagnosis healthy = TestDoctor.diagnoseSample("121-asa-healthy-busy-syslog");
        assertThat(healthy.rootCauses()).isEmpty();
        assertThat(healthy.benign()).anySatisfy(b -> assertThat(b.id()).isEqualTo("BENIGN_ANTI_REPLAY_DROPS"));
        assertThat(healthy.recommendations()).noneMatch(a -> a.command().contains("verify failed"));
    }
}
