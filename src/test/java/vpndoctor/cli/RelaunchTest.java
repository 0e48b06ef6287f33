package vpndoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `java -jar ... diagnose BIG` starts itself again with the launcher's JIT options: only for large inputs, only once. */
class RelaunchTest {
    @TempDir Path dir;

    @Test
    void countsTheFilesFoldersAndStandardInputAmongTheArguments() throws Exception {
        Path small = Files.writeString(dir.resolve("a.log"), "x\n");
        Path big = dir.resolve("big.log");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Relaunch.BIG_MB * 1024L * 1024L); // sparse: no disk used
        }
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", "--format", "json", small.toString()})).isEqualTo(2);
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", "--log=" + big})).isEqualTo(Relaunch.BIG_MB * 1024L * 1024L);
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", dir.toString()})).isEqualTo(2 + Relaunch.BIG_MB * 1024L * 1024L);
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", "-"})).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void notForSmallInputsOtherCommandsOrFromClasses() throws Exception {
        Path small = Files.writeString(dir.resolve("a.log"), "x\n");
        assertThat(Relaunch.ifLarge(new String[] {"diagnose", small.toString()})).isNull();
        assertThat(Relaunch.ifLarge(new String[] {"facts", "-"})).isNull();
        // a large input, but the tests run from target/classes, not from the jar: runs here
        assertThat(Relaunch.ifLarge(new String[] {"diagnose", "-"})).isNull();
    }
}
