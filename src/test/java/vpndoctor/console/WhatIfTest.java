package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The what-if loop on one live session: fix a config line, see the cause go, undo, see it come back. */
class WhatIfTest {
    private static final String MIRRORED = "access-list l2l permit ip 10.183.0.0 255.255.255.0 10.83.0.0 255.255.255.0";

    @Test
    void fixingThePeerAclRemovesTheDomainMismatchAndUndoBringsItBack() {
        Script s = new Script();
        assertThat(s.run("load facts-samples/cfg-non-mirrored-acls")).contains("load facts-samples/cfg-non-mirrored-acls");
        assertThat(s.run("diagnose")).contains("ENCRYPTION_DOMAIN_MISMATCH");
        String assumed = s.run("assume peer " + MIRRORED);
        assertThat(assumed).contains("replaced line 20");
        assertThat(s.run("diff")).contains("lost root cause    ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(s.session.diagnosis().rootCauseIds()).doesNotContain("ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(s.run("undo")).contains("undid: assume peer");
        assertThat(s.run("diff")).contains("gained root cause  ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(s.run("diff")).contains("no change");
        assertThat(s.dispatcher.failures()).isZero();
    }
}
