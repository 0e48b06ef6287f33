package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 17.10: a command line picocli cannot parse gave an empty stdout even with --format json. */
class ParseErrorsAsJsonTest {
    private static final String CASE = "facts-samples/001-ios-ikmp-bad-message";

    @Test
    void anUnknownOptionWithFormatJsonPrintsTheJsonError() {
        Cli r = Cli.run("diagnose", "--format", "json", "--no-such-option", CASE);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("\"error\"").contains("\"exitCode\":2").contains("no-such-option");
        assertThat(r.err()).contains("vpn-doctor:").contains("no-such-option");
    }

    @Test
    void theSameErrorInTextLeavesStdoutEmpty() {
        Cli r = Cli.run("diagnose", "--no-such-option", CASE);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no-such-option");
    }
}
