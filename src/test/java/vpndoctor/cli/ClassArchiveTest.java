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
    void aSuccessfulRunsArchiveIsKeptWithTheThreeNewestOthersAFailedRunsIsDropped() throws Exception {
        Path oldest = Files.writeString(dir.resolve("cds-relaunch-0abb.jsa"), "oldest");
        Path third = Files.writeString(dir.resolve("cds-relaunch-0abc.jsa"), "third");
        Path older = Files.writeString(dir.resolve("cds-relaunch-0abd.jsa"), "older");
        Path old = Files.writeString(dir.resolve("cds-relaunch-0abe.jsa"), "old");
        Files.setLastModifiedTime(oldest, java.nio.file.attribute.FileTime.fromMillis(500_000));
        Files.setLastModifiedTime(third, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
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
        // the three newest others stay (another jar in use: its small and large inputs' archives), the oldest goes
        assertThat(oldest).doesNotExist();
        assertThat(third).exists();
        assertThat(older).exists();
        assertThat(old).exists();
        assertThat(other).exists();
        assertThat(new ClassArchive(archive, null).options()).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void notWhenTheCallerChoseClassSharingOrLogging() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "jar");
        String java = ProcessHandle.current().info().command().orElseThrow();
        for (String o : List.of("-Xshare:off", "-XX:SharedArchiveFile=a.jsa", "-XX:ArchiveClassesAtExit=b.jsa", "-Xlog:gc", "-XX:ArchiveRelocationMode=1")) {
            for (String kind : List.of(Relaunch.LARGE, Relaunch.SMALL)) assertThat(ClassArchive.of(jar, java, List.of("-Xmx256m", o), kind)).as(o).isNull();
        }
    }

    @Test
    void theChildKeepsAddressRandomisationAndThisJavaAcceptsTheOptions() throws Exception {
        // fixed-address mapping would save ~18 ms of the child's JVM creation; the JDK's security default is kept
        List<String> options = new ClassArchive(dir.resolve("cds-relaunch-1.jsa"), null).options();
        assertThat(options).noneMatch(o -> o.contains("ArchiveRelocationMode"));
        // an option this java did not know would stop the child before it ran: the relaunch's exact options, with
        // the relaunch's own, on a JVM that prints its version (the archive is missing: it runs without one)
        String javaBin = ProcessHandle.current().info().command().orElseThrow();
        for (List<String> kind : List.of(Relaunch.LARGE_OPTIONS, Relaunch.SMALL_OPTIONS)) {
            List<String> cmd = new java.util.ArrayList<>(List.of(javaBin));
            cmd.addAll(kind);
            cmd.addAll(options);
            cmd.add("-version");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
            assertThat(out).doesNotContain("Unrecognized").doesNotContain("must be enabled");
        }
    }
}
