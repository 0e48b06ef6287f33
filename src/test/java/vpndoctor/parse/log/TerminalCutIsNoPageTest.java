package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Diagnosis;

/**
 * A debug a terminal cut at 80 columns that also holds the device's own line breaks (IOS 12.x prints
 * "inbound SA from A to B (f/i) 0/ 0" then "(proxy C to D)") is a terminal's copy, not a page's: read
 * as a page, "...rec'd delete notify from ISAKM" + "P" was joined with a space and the peer's IPsec SA
 * delete was lost (found as WrappedLinesKeepTheirVerdictTest's one known gap, first taken for state shared
 * between diagnoses; it is not: WRAP_80 alone loses it). A page's copy of the same lines stays a page's.
 */
class TerminalCutIsNoPageTest {
    private static final String CUT = "640-ios-debug-cut-at-80-columns-with-its-own-line-breaks";
    private static final String PAGE = "641-ios-debug-page-wrapped-near-80-columns";
    private static final String ORIGINAL = "real/ios-healthy-l2l-initiator-debug-peer-deletes-old-sa";

    private static byte[] log(String folder) throws IOException {
        return Files.readAllBytes(TestDoctor.samples().resolve(folder).resolve("r2-debug-crypto.log"));
    }

    @Test
    void aTerminalsCutOutnumberingTheDevicesOwnLineBreaksIsNoPage() throws IOException {
        byte[] cut = log(CUT);
        assertThat(TerminalWrap.width(cut, cut.length, false)).isEqualTo(80);
        assertThat(TerminalWrap.softWidth(cut, cut.length, false)).isZero();
        byte[] page = log(PAGE);
        assertThat(TerminalWrap.softWidth(page, page.length, false)).isEqualTo(80);
    }

    @Test
    void bothCopiesKeepTheOriginalsVerdict() {
        Diagnosis original = TestDoctor.diagnoseSample(ORIGINAL);
        assertThat(original.benign()).extracting(BenignFinding::id).contains("BENIGN_PEER_DELETED_IPSEC_SA");
        for (String copy : new String[] {CUT, PAGE}) {
            Diagnosis d = TestDoctor.diagnoseSample(copy);
            assertThat(WrappedLinesKeepTheirVerdictTest.verdict(d)).as(copy).isEqualTo(WrappedLinesKeepTheirVerdictTest.verdict(original));
        }
        assertThat(TestDoctor.diagnoseSample(CUT).notes()).anySatisfy(n -> assertThat(n).contains("broken at 80 columns (a terminal's copy)"));
    }
}
