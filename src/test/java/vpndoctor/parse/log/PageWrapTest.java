package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * A debug pasted into a page (a TechNote, a forum post) comes back wrapped at a word near the page's
 * width, not at an exact terminal column: "...:Verify cert" then "failed". Such a source is read with
 * its wrapped lines joined (TerminalWrap.softWidth); a line that would have fitted beside the one
 * before, an indented line, or a dated line stays a line of its own, and a source no page wrapped is
 * read as before.
 */
class PageWrapTest {
    /** IOS IKEv2 debug lines, whole. */
    private static final String[] WHOLE = {
        "000101: Mar  3 10:20:01.101 UTC: IKEv2:(SESSION ID = 21,SA ID = 3):Peer's authentication method is 'RSA'",
        "000102: Mar  3 10:20:01.105 UTC: CRYPTO_PKI: (B22C1) No suitable trustpoints found",
        "000103: Mar  3 10:20:01.109 UTC: IKEv2:(SESSION ID = 21,SA ID = 3):Verify cert failed",
        "000104: Mar  3 10:20:01.109 UTC: IKEv2:(SESSION ID = 21,SA ID = 3):Verification of peer's authentication data FAILED",
    };
    /** The same lines wrapped at a word by a page 82 characters wide. */
    private static final String[] WRAPPED = {
        "000101: Mar  3 10:20:01.101 UTC: IKEv2:(SESSION ID = 21,SA ID = 3):Peer's",
        "authentication method is 'RSA'",
        "000102: Mar  3 10:20:01.105 UTC: CRYPTO_PKI: (B22C1) No suitable trustpoints found",
        "000103: Mar  3 10:20:01.109 UTC: IKEv2:(SESSION ID = 21,SA ID = 3):Verify cert",
        "failed",
        "000104: Mar  3 10:20:01.109 UTC: IKEv2:(SESSION ID = 21,SA ID = 3):Verification of",
        "peer's authentication data FAILED",
    };

    private static List<String> events(Ingest in) {
        return in.events().stream().map(e -> e.getKind() + " " + e.getPeer() + " " + e.getAttrs() + " " + e.getFirstTime()).toList();
    }

    private static byte[] bytes(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDebugWrappedByAPageIsReadAsTheDeviceWroteIt() {
        Ingest wrapped = Ingest.of(WRAPPED);
        assertThat(events(wrapped)).isEqualTo(events(Ingest.of(WHOLE)));
        assertThat(wrapped.events()).extracting(LogEvent::getKind).contains("CERT_AUTH_FAILED");
        assertThat(wrapped.acct.getLines()).isEqualTo(WRAPPED.length);
        assertThat(wrapped.acct.getNotes()).anySatisfy(n -> assertThat(n.reason()).contains("wrapped at a word near 82 columns"));
    }

    @Test
    void thePagesWidthIsToldFromItsWrappedLinesOnly() {
        assertThat(TerminalWrap.softWidth(bytes(WRAPPED), bytes(WRAPPED).length, false)).isEqualTo(82);
        // unwrapped lines, and long syslog lines each followed by a line of its own: no page
        assertThat(TerminalWrap.softWidth(bytes(WHOLE), bytes(WHOLE).length, false)).isZero();
        String[] syslog = {
            "Dec  6 10:00:02 asa-hq %ASA-5-713904: Group = 203.0.113.48, IP = 203.0.113.48, Received encrypted packet with no matching SA",
            "asa-hq# show crypto isakmp sa",
            "Dec  6 10:00:04 asa-hq %ASA-5-713904: Group = 203.0.113.48, IP = 203.0.113.48, Received encrypted packet with no matching SA",
            "There are no IKEv1 SAs",
        };
        assertThat(TerminalWrap.softWidth(bytes(syslog), bytes(syslog).length, false)).isZero();
        // a terminal's exact cut at 80 columns is the other mechanism's (every piece exactly as long)
        String line = "Dec  6 10:00:02 asa-hq %ASA-5-713904: Group = 203.0.113.48, IP = 203.0.113.48, Received encrypted packet with no matching SA, dropping";
        String[] cut = {line.substring(0, 80), line.substring(80), line.substring(0, 80), line.substring(80)};
        assertThat(TerminalWrap.softWidth(bytes(cut), bytes(cut).length, false)).isZero();
    }

    @Test
    void aLineOfItsOwnAfterAWrappedSourcesLineIsNotSwallowed() {
        byte[] indented = " SA  Next payload: KE, reserved: 0x0, length: 48".getBytes(StandardCharsets.US_ASCII);
        byte[] fits = "R_VERIFY_AUTH".getBytes(StandardCharsets.US_ASCII);
        byte[] rest = "failed".getBytes(StandardCharsets.US_ASCII);
        String held = "000103: Mar  3 10:20:01.109 UTC: IKEv2:(SESSION ID = 21,SA ID = 3):Verify cert";   // 78
        assertThat(TerminalWrap.continuesSoft(78, 82, held, rest, 0, rest.length)).isTrue();
        // an indented payload line is show/debug structure, never a wrap
        assertThat(TerminalWrap.continuesSoft(78, 82, held, indented, 0, indented.length)).isFalse();
        // beside a shorter line the next word would have fitted: the page did not wrap there
        assertThat(TerminalWrap.continuesSoft(66, 82, held, fits, 0, fits.length)).isFalse();
        // a dated line well short of the page's width was not wrapped: it is not even held
        byte[] shortLine = bytes("000105: Mar  3 10:20:01.113 UTC: IKEv2: Auth exchange failed");
        assertThat(TerminalWrap.maySoftCut(shortLine, 0, shortLine.length - 1, 82)).isFalse();
        byte[] nearWidth = bytes(held);
        assertThat(TerminalWrap.maySoftCut(nearWidth, 0, nearWidth.length - 1, 82)).isTrue();
    }

    @Test
    void aPageWrappedCertificateFailureIsTheVerdictAndAPageWrappedHealthyExchangeIsNot() {
        vpndoctor.result.Diagnosis d = vpndoctor.TestDoctor.diagnoseSample("528-iosxe-ikev2-debug-page-wrapped-verify-cert-failed");
        assertThat(d.rootCauses()).extracting(vpndoctor.result.Finding::id).containsExactly("IKE_AUTH_CERT_FAILURE");
        vpndoctor.result.Diagnosis healthy = vpndoctor.TestDoctor.diagnoseSample("529-iosxe-ikev2-debug-page-wrapped-auth-passed-payload-dump");
        assertThat(healthy.rootCauses()).isEmpty();
        // three wrapped lines joined; the two indented payload lines after a near-width line are read on their own
        assertThat(healthy.input().lines()).isEqualTo(11);
        assertThat(healthy.notes()).anySatisfy(n -> assertThat(n).contains("3 lines wrapped at a word near 84 columns"));
    }
}
