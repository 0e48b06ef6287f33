package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * IOS prints a refused quick mode proposal on two lines: "IPSEC(ipsec_process_proposal): proposal part #1," then
 * the reason on a line of its own ("transform proposals not supported"). Before, the head was read alone (nothing
 * in it) and the reason line, undated and unrecognised, was lost: no transform-set lead. Read joined now, like the
 * IOS %CRYPTO two-line messages (IosTwoLineMessageTest); a head followed by a line of its own stays apart.
 */
class IosProposalRefusalTwoLinesTest {
    private static final String HEAD = "*Sep 26 10:22:17.882: IPSEC(ipsec_process_proposal): proposal part #1,";

    @Test
    void theReasonOnItsOwnLineIsTheTransformRefusal() {
        for (String tail : new String[] {"  transform proposals not supported", "transform proposal not supported for identity: {esp-aes esp-sha-hmac }",
                "\tproposal not supported"}) {
            Ingest two = Ingest.of(HEAD, tail);
            assertThat(two.events()).singleElement().satisfies(e -> {
                assertThat(e.getKind()).isEqualTo("TRANSFORM_NOT_SUPPORTED");
                assertThat(e.getFirstTime()).isNotNull();
            });
            assertThat(two.acct.getLines()).isEqualTo(2);
            assertThat(two.acct.getUnrecognized()).isZero();
            assertThat(two.acct.getNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("printed on two lines"));
        }
    }

    @Test
    void theHeadBeforeALineOfItsOwnStaysApart() {
        // neighbours: the head then the next debug message; a line ending in a comma that is no such head
        Ingest apart = Ingest.of(HEAD, "*Sep 26 10:22:17.883: ISAKMP:(1001): IPSec policy invalidated proposal with error 256",
                "*Sep 26 10:22:17.884: IPSEC(validate_proposal_request): proposal part #1,", "transform proposals here are no reason");
        assertThat(apart.acct.getNotes()).isEmpty();
        assertThat(apart.events()).noneMatch(e -> e.getKind().equals("TRANSFORM_NOT_SUPPORTED"));
        assertThat(apart.events()).anyMatch(e -> e.getKind().equals("POLICY_INVALIDATED"));
    }

    @Test
    void theSampleReadsTheJoinedRefusal() {
        vpndoctor.result.Diagnosis d = vpndoctor.TestDoctor.diagnoseSample("508-ios-debug-process-proposal-refused-two-lines-transform");
        assertThat(d.rootCauseIds()).containsExactly("TRANSFORM_SET_MISMATCH");
        vpndoctor.result.Diagnosis proxies = vpndoctor.TestDoctor.diagnoseSample("509-ios-debug-process-proposal-refused-two-lines-proxy-ids");
        assertThat(proxies.rootCauseIds()).containsExactly("ENCRYPTION_DOMAIN_MISMATCH");
    }
}
