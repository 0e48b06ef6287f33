package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case folder named on the command line keeps what reading it found out: the files it skipped,
 * with why, and its notes (which config was taken as ours). Before, the command line took only the
 * folder's inputs, so a skipped file vanished from the report, and a folder whose every file was
 * skipped came to "no evidence given" (exit 2), which hid the file and the reason.
 */
class CaseFolderSkipsReachTheCommandLineTest {
    private static final Path CASE = Path.of("facts-samples/048-asa-psk-mismatch");

    @Test
    void aFolderOfSkippedFilesNamesEachFileAndItsReason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.md"), "Ticket 4711: tunnel to branch 48 down since the key rotation.\n");
        Cli r = Cli.run("diagnose", dir.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("notes.md").contains("neither a device config nor VPN log").contains("none of the inputs could be read");
    }

    @Test
    void anEmptyFolderIsStillAUsageError(@TempDir Path dir) {
        Cli r = Cli.run("diagnose", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no evidence given");
    }

    @Test
    void aSkippedFileAndTheSidesNoteReachTheReport(@TempDir Path dir) throws Exception {
        Files.copy(CASE.resolve("asa.log"), dir.resolve("asa.log"));
        Files.copy(CASE.resolve("peer.cfg"), dir.resolve("router-running.txt"));
        Files.writeString(dir.resolve("notes.md"), "Call Bob.\n");
        Cli r = Cli.run("diagnose", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("notes.md").contains("skipped");
        assertThat(r.out()).as("the guessed side is said").contains("config sides:");
    }
}
