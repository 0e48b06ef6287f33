package vpndoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relaunched JVM's class archive: mapped when present, written once, replaced only by a successful run's. */
class ClassArchiveTest {
    @TempDir Path dir;

    @Test
    void aSuccessfulRunsArchiveIsKeptWithTheTwoNewestOthersAFailedRunsIsDropped() throws Exception {
        Path oldest = Files.writeString(dir.resolve("cds-relaunch-0abc.jsa"), "oldest");
        Path older = Files.writeString(dir.resolve("cds-relaunch-0abd.jsa"), "older");
        Path old = Files.writeString(dir.resolve("cds-relaunch-0abe.jsa"), "old");
        Files.setLastModifiedTime(oldest, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(2_000_000));
        Path other = Files.writeString(dir.resolve("kiebase-1.bin"), "rules");
        Path archive = dir.resolve("cds-relaunch-1234.jsa");
        Path failed = Files.writeString(dir.resolve("cds-relaunch-1234.jsa.1.tmp"), "half");
        new ClassArchive(archive, failed).finish(1);
        assertThat(failed).doesNotExist();
        assertThat(archive).doesNotExist();
        Path pending = Files.writeString(dir.resolve("cds-relaunch-1234.jsa.2.tmp"), "classes");
        ClassArchive writing = new ClassArchive(archive, pending);
        assertThat(writing.options()).contains("-XX:ArchiveClassesAtExit=" + pending);
        writing.finish(0);
        assertThat(archive).hasContent("classes");
        assertThat(pending).doesNotExist();
        // the two newest others stay (another jar in use), the oldest goes
        assertThat(oldest).doesNotExist();
        assertThat(older).exists();
        assertThat(old).exists();
        assertThat(other).exists();
        assertThat(new ClassArchive(archive, null).options()).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void notWhenTheCallerChoseClassSharingOrLogging() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "jar");
        String java = ProcessHandle.current().info().command().orElseThrow();
        for (String o : List.of("-Xshare:off", "-XX:SharedArchiveFile=a.jsa", "-XX:ArchiveClassesAtExit=b.jsa", "-Xlog:gc")) {
            assertThat(ClassArchive.of(jar, java, List.of("-Xmx256m", o))).as(o).isNull();
        }
    }
}
