package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 11: a malformed address is never read in part, never silently dropped, and odd
 * file kinds and names in a case folder are reported, not lost or allowed to break the report.
 */
class AddressEdgeCasesTest {
    private static final String ASA = "Nov 26 2026 11:10:01: %ASA-5-713904: IP = ";
    private static final String CFG = String.join("\n", "ASA Version 9.8(4)", "interface GigabitEthernet0/0", " nameif outside",
            " ip address 198.51.100.1 255.255.255.0", "access-list VPN extended permit ip 10.1.0.0 255.255.0.0 10.2.0.0 255.255.0.0",
            "crypto map M 10 match address VPN", "crypto map M 10 set peer %s", "crypto map M 10 set ikev1 transform-set TS",
            "crypto map M interface outside", "") ;

    private static Cli json(Path dir) {
        return Cli.run("diagnose", "--format", "json", dir.toString());
    }

    /** The report's notes, each "file:line: reason" with the file name only. */
    private static List<String> notes(Cli r) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (var s : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).path("notes")) {
            String n = s.asText();
            out.add(n.substring(n.lastIndexOf('/', Math.max(0, n.indexOf(".log:"))) + 1));
        }
        return out;
    }

    @Test
    void aLongerDottedRunIsNotTheTunnelOfItsFirstFourParts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.log"), ASA + "1.2.3.4.5.6, All SA proposals found unacceptable\n");
        Cli r = json(dir);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("\"1.2.3.4\"");
        assertThat(notes(r)).anyMatch(s -> s.startsWith("a.log:1: address '1.2.3.4.5.6' is not a valid IP address"));
    }

    @Test
    void anOutOfRangePeerIsNotedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.log"), "%ASA-5-713904: IP = 10.0.0.22, All SA proposals found unacceptable\n"
                + ASA + "999.1.1.1, All SA proposals found unacceptable\n");
        Cli r = json(dir);
        assertThat(notes(r)).anyMatch(s -> s.startsWith("a.log:2: address '999.1.1.1' is not a valid IP address"));
    }

    @Test
    void aNegativeLookingPeerIsNoTunnelAndIsNoted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("local.cfg"), CFG.formatted("-1.0.0.0"));
        Files.writeString(dir.resolve("a.log"), ASA + "10.0.0.22, All SA proposals found unacceptable\n");
        Cli r = json(dir);
        assertThat(r.out()).doesNotContain("\"tunnel\" : \"-1.0.0.0\"");
        assertThat(Cli.run("facts", dir.toString()).out()).containsPattern("ConfigUnparsed\t.*not an IP address: -1\\.0\\.0\\.0.*local\\.cfg:7");
        assertThat(Cli.run("facts", dir.toString()).out()).doesNotContain("peer -1.0.0.0,");
    }

    @Test
    void aSymlinkLoopInTheCaseFolderIsListedAsSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.log"), ASA + "10.0.0.22, All SA proposals found unacceptable\n");
        Files.createSymbolicLink(dir.resolve("loop.log"), dir.resolve("loop.log"));
        Files.createSymbolicLink(dir.resolve("x.log"), dir.resolve("y.log"));
        Files.createSymbolicLink(dir.resolve("y.log"), dir.resolve("x.log"));
        Cli r = Cli.run("diagnose", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("loop.log: symbolic link that resolves to no file", "x.log: symbolic link", "y.log: symbolic link");
    }

    @Test
    void aNewlineInAFileNameDoesNotSplitReportLines(@TempDir Path dir) throws Exception {
        Path odd;
        try {
            odd = Files.writeString(dir.resolve("evil\nPSK_MISMATCH.log"), ASA + "10.0.0.22, All SA proposals found unacceptable\n");
        } catch (java.nio.file.InvalidPathException e) {
            return; // a file system that refuses such names cannot hold the fault
        }
        Cli r = Cli.run("diagnose", "--explain", dir.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("PSK_MISMATCH.log"));
        assertThat(r.out()).contains("evil\\nPSK_MISMATCH.log");
        assertThat(odd).exists();
    }
}
