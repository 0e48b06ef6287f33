package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.report.Formats;
import vpndoctor.result.Diagnosis;

/**
 * Every kind of secret (pre-shared keys in all their forms, enable/user passwords, SNMP communities,
 * AAA keys, key strings) stays out of every output: each report format, the facts command, skip
 * reasons; also when the config lines are pasted into a log or logged as executed commands.
 * The secrets of src/test/resources/secrets/every-secret-kind.cfg all start with "Zz".
 */
class SecretKindsNeverLeakTest {
    private static final Path CFG = Path.of("src/test/resources/secrets/every-secret-kind.cfg");
    private static final Path LOG = Path.of("facts-samples/001-ios-ikmp-bad-message/router.log");
    private static final Pattern SECRET = Pattern.compile("Zz[A-Za-z0-9]+");

    private static List<String> secrets() throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = SECRET.matcher(Files.readString(CFG));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static void assertNoSecret(String where, String text) throws IOException {
        List<String> secrets = secrets();
        assertThat(secrets).hasSize(36);
        for (String s : secrets) assertThat(text).as(where + " shows " + s).doesNotContain(s);
        assertThat(text).as(where).doesNotContain("Zz");
    }

    @Test
    void everyReportFormatMasksEveryKind() throws IOException {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log(LOG).localConfig(CFG).peerConfig(CFG).build());
        int rendered = 0;
        for (Formats.Format f : Formats.Format.values()) {
            String out;
            try {
                out = Formats.render(d, f, false, true);
            } catch (UnsupportedOperationException notYet) { // a format still being written elsewhere
                continue;
            }
            assertNoSecret(f + " report", out);
            rendered++;
        }
        assertThat(rendered).as("formats checked").isGreaterThanOrEqualTo(2);
        assertNoSecret("diagnosis toString", d.toString());
    }

    @Test
    void factsAndDiagnoseCommandsMaskEveryKind() throws IOException {
        Cli facts = Cli.run("facts", "--config", CFG.toString(), "--peer-config", CFG.toString());
        assertThat(facts.exit()).isZero();
        assertThat(facts.out()).contains("PresharedKey"); // the keys are there as facts, digested
        assertNoSecret("facts", facts.all());
        Cli json = Cli.run("diagnose", "--format", "json", "--explain", "--log", LOG.toString(), "--config", CFG.toString());
        assertThat(json.exit()).isZero();
        assertNoSecret("diagnose --format json", json.all());
    }

    @Test
    void configPastedIntoALogIsMaskedToo(@TempDir Path tmp) throws IOException {
        Path pasted = tmp.resolve("debug-and-show-run.log");
        Files.writeString(pasted, Files.readString(LOG) + Files.readString(CFG));
        Cli r = Cli.run("diagnose", "--explain", pasted.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("PSK_MISMATCH");
        assertNoSecret("diagnose of a log with a pasted config", r.all());
        assertNoSecret("facts of a log with a pasted config", Cli.run("facts", pasted.toString()).all());
    }

    @Test
    void loggedConfigCommandsAreMasked(@TempDir Path tmp) throws IOException {
        StringBuilder log = new StringBuilder(Files.readString(LOG));
        for (String line : Files.readAllLines(CFG)) {
            if (!SECRET.matcher(line).find()) continue;
            log.append("Mar 14 08:05:00.000: %PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:").append(line.strip()).append('\n');
            log.append("Mar 14 08:05:01: %ASA-5-111008: User 'enable_15' executed the '").append(line.strip()).append("' command.\n");
        }
        Path p = tmp.resolve("logged.log");
        Files.writeString(p, log);
        Cli r = Cli.run("diagnose", "--format", "json", p.toString());
        assertThat(r.exit()).isZero();
        assertNoSecret("diagnose of logged commands", r.all());
        assertNoSecret("facts of logged commands", Cli.run("facts", p.toString()).all());
    }

    /** Lines that name VPN words are shown when unrecognized: a key on one must be masked whatever its prefix. */
    @Test
    void keysOnShownLinesAreMasked(@TempDir Path tmp) throws IOException {
        Path p = tmp.resolve("shown.log");
        Files.writeString(p, Files.readString(LOG)
                + "IKEv2 crypto keyring line pasted by hand: pre-shared-key local ZzShownLocal1\n"
                + "IKEv2 crypto keyring line pasted by hand: pre-shared-key remote 0 ZzShownRemote2\n"
                + "isakmp crypto line pasted by hand: pre-shared-key 6 ZzShownType6x3\n"
                + "IKEv2 crypto profile line pasted by hand: authentication remote pre-share key ZzShownProfile4\n");
        Cli r = Cli.run("diagnose", "--explain", p.toString());
        assertThat(r.exit()).isZero();
        Cli facts = Cli.run("facts", p.toString());
        assertThat(facts.all()).as("the lines are shown, so the test means something").contains("pasted by hand");
        for (String out : List.of(r.all(), facts.all(), Cli.run("diagnose", "--format", "json", p.toString()).all())) {
            assertThat(out).doesNotContain("ZzShown");
        }
    }

    /** A log holding every kind the ways logs hold them: logged commands, a pasted show run, show archive log, show crypto isakmp key. */
    private static Path leakyLog(Path tmp) throws IOException {
        StringBuilder log = new StringBuilder(Files.readString(LOG));
        int idx = 1;
        log.append("router#show archive log config all\n idx   sess           user@line      Logged command\n");
        for (String line : Files.readAllLines(CFG)) {
            if (!SECRET.matcher(line).find()) continue;
            log.append("Mar 14 08:05:00.000: %PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:").append(line.strip()).append('\n');
            log.append("Mar 14 08:05:01: %ASA-5-111008: User 'enable_15' executed the '").append(line.strip()).append("' command.\n");
            log.append("    ").append(idx++).append("     1        console@console  |").append(line.strip()).append('\n');
        }
        log.append("router#show crypto isakmp key\nKeyring      Hostname/Address                            Preshared Key\n\n")
                .append("default      203.0.113.7                                 ZzShowKeyTable1\n")
                .append("default      203.0.113.9 [255.255.255.255]               ZzShowKeyTable2\n")
                .append("router#show running-config\n").append(Files.readString(CFG));
        Path p = tmp.resolve("leaky.log");
        Files.writeString(p, log);
        return p;
    }

    private static void assertFolderHasNoSecret(Path dir) throws IOException {
        List<Path> files;
        try (var w = Files.walk(dir)) { files = w.filter(Files::isRegularFile).toList(); }
        assertThat(files).as("files written in " + dir).isNotEmpty();
        for (Path f : files) assertNoSecret(f.toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** diagnose --save-case: logs and configs are written masked, keys as pseudonyms, and the case still finds the mismatch. */
    @Test
    void saveCaseWritesNoSecret(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("case");
        Cli r = Cli.run("diagnose", "--save-case", dir.toString(), "--log", leakyLog(tmp).toString(),
                "--config", CFG.toString(), "--peer-config", CFG.toString());
        assertThat(r.exit()).as(r.all()).isZero();
        assertNoSecret("diagnose --save-case", r.all());
        assertFolderHasNoSecret(dir);
        assertThat(Files.readString(dir.resolve("local.cfg"))).contains("key chain KC").contains("pre-shared-key hex key-");
        assertThat(Files.readString(dir.resolve("local.cfg"))).as("equal keys keep equal pseudonyms")
                .isEqualTo(Files.readString(dir.resolve("peer.cfg")));
        Cli test = Cli.run("rules", "test", "--cases", dir.toString());
        assertNoSecret("rules test output", test.all());
    }

    /** Console save, export, undo and why: nothing the console writes or prints carries a secret. */
    @Test
    void consoleSaveExportAndUndoWriteNoSecret(@TempDir Path tmp) throws IOException {
        Path saved = tmp.resolve("saved");
        StringBuilder script = new StringBuilder("load " + leakyLog(tmp) + "\nload " + CFG.toAbsolutePath() + "\n");
        script.append("assume local crypto isakmp key ZzAssumed99 address 203.0.113.99\nundo\n");
        script.append("assume local ikev2 local-authentication pre-shared-key hex ZzAssumedHex98\nundo\n");
        for (String f : List.of("json", "html", "text")) script.append("export ").append(f).append(' ').append(tmp.resolve("export." + f)).append('\n');
        script.append("why PSK_MISMATCH\nfacts\nsave ").append(saved).append('\n');
        java.io.InputStream in = System.in;
        java.io.StringWriter out = new java.io.StringWriter();
        int code;
        try {
            System.setIn(new java.io.ByteArrayInputStream(script.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            picocli.CommandLine cl = vpndoctor.cli.Main.commandLine();
            cl.setOut(new java.io.PrintWriter(out, true));
            cl.setErr(new java.io.PrintWriter(out, true));
            code = cl.execute("console");
        } finally {
            System.setIn(in);
        }
        assertThat(out.toString()).as("the script ran").contains("undid: assume local").contains("wrote " + saved);
        assertNoSecret("console output", out.toString());
        assertThat(out.toString()).doesNotContain("ZzAssumed");
        assertFolderHasNoSecret(saved);
        for (String f : List.of("json", "html", "text")) assertNoSecret("export " + f, Files.readString(tmp.resolve("export." + f)));
        assertThat(code).as(out.toString()).isZero();
    }

    /** A malformed observations.json whose bad token is a secret: the skip reason names where, not the token. */
    @Test
    void malformedObservationsDoNotEchoTheirToken(@TempDir Path tmp) throws IOException {
        Path obs = tmp.resolve("observations.json");
        Files.writeString(obs, "{\"observations\": [ZzObsToken1 ]}");
        for (String format : List.of("text", "json")) {
            Cli r = Cli.run("diagnose", "--format", format, "--log", LOG.toString(), "--observations", obs.toString());
            assertThat(r.all()).as("the skip is reported").contains("observations.json");
            assertThat(r.all()).doesNotContain("ZzObsToken");
        }
    }
}
