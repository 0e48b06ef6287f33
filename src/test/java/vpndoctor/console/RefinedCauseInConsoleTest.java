package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The console shows the refinement policy as the other reports do: the parent is no separate root cause, but 'why' still finds it. */
class RefinedCauseInConsoleTest {
    @Test
    void theParentIsExplainedAsRefinedNotListedAsARootCause() throws Exception {
        Script s = Script.over(Path.of("facts-samples", "005-pix-proxy-identities-port-restricted-acl"));
        String verdict = s.run("diagnose");
        assertThat(verdict).contains("CRYPTO_ACL_PORT_RESTRICTION").doesNotContain("2. ");
        assertThat(s.session.diagnosis().rootCauseIds()).containsExactly("CRYPTO_ACL_PORT_RESTRICTION");
        assertThat(s.run("why ENCRYPTION_DOMAIN_MISMATCH")).contains("refined by CRYPTO_ACL_PORT_RESTRICTION");
        assertThat(s.run("whynot ENCRYPTION_DOMAIN_MISMATCH")).contains("a more specific root cause refines it");
    }
}
