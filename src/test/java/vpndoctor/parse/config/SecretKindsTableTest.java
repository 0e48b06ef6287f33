package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one table of secret kinds: the value is masked, never the words around it, and lines without a secret stay as they are. */
class SecretKindsTableTest {
    private static String m(String line) { return ConfigSecrets.mask(line).text(); }

    @Test void lineWithoutSecretIsNotCorrupted() {
        assertThat(m("key chain KC")).isEqualTo("key chain KC");
        assertThat(m("key config-key password-encryption")).isEqualTo("key config-key password-encryption");
        assertThat(m("password encryption aes")).isEqualTo("password encryption aes");
        assertThat(m(" standby 1 authentication md5 key-chain HSRP")).isEqualTo(" standby 1 authentication md5 key-chain HSRP");
    }

    @Test void hexKeyIsMaskedNotTheWordHex() {
        String hex = "5A5A5A5A5A5A5A5A5A5A5A5A";
        ConfigSecrets.Masked a = ConfigSecrets.mask(" ikev2 local-authentication pre-shared-key hex " + hex);
        assertThat(a.text()).isEqualTo(" ikev2 local-authentication pre-shared-key hex *****");
        assertThat(a.keyDigest()).as("a hex key is a clear key: digested").isEqualTo(ConfigSecrets.digest(hex));
        assertThat(m(" ikev2 remote-authentication pre-shared-key hex " + hex)).isEqualTo(" ikev2 remote-authentication pre-shared-key hex *****");
        assertThat(m("  pre-shared-key local hex " + hex)).isEqualTo("  pre-shared-key local hex *****");
        assertThat(m("failover key hex " + hex)).isEqualTo("failover key hex *****");
    }

    @Test void negatedAndTwoSecretLinesAreMasked() {
        assertThat(m("no crypto isakmp key Secret1 address 10.0.0.1")).isEqualTo("no crypto isakmp key ***** address 10.0.0.1");
        assertThat(m("snmp-server user U G v3 auth sha Auth1 priv aes 128 Priv2")).isEqualTo("snmp-server user U G v3 auth sha ***** priv aes 128 *****");
        assertThat(m("ntp authentication-key 1 md5 NtpK 7")).isEqualTo("ntp authentication-key 1 md5 ***** 7");
        assertThat(m(" neighbor 10.0.0.2 password 7 BgpK")).isEqualTo(" neighbor 10.0.0.2 password 7 *****");
    }

    /** The masker asks lookingAt, not find (find tried every start of every line): the same only while every pattern is anchored at the start. */
    @Test void everyKindsPatternFindsOnlyAtTheStartOfTheLine() {
        String[] lines = {"crypto isakmp key K address 1.2.3.4", "x crypto isakmp key K address 1.2.3.4", "  no enable secret 5 X",
            "IP = 1.2.3.4, pre-shared-key abc", " snmp-server user U G v3 auth sha A priv aes 128 P", "key K", " key chain K"};
        for (SecretKinds.Kind k : SecretKinds.ALL) {
            java.util.regex.Pattern p = SecretKinds.pattern(k);
            assertThat(p.pattern()).as(k.name()).startsWith("^");
            assertThat(p.flags() & java.util.regex.Pattern.MULTILINE).as(k.name()).isZero();
            for (String line : lines) {
                java.util.regex.Matcher f = p.matcher(line), l = p.matcher(line);
                boolean found = f.find();
                assertThat(l.lookingAt()).as(k.name() + " on " + line).isEqualTo(found);
                if (found) assertThat(l.group()).isEqualTo(f.group());
            }
        }
    }

    @Test void everyKindHasAPatternThatCompiles() {
        for (SecretKinds.Kind k : SecretKinds.ALL) assertThat(SecretKinds.pattern(k).matcher("x").find()).as(k.name()).isFalse();
        assertThat(SecretKinds.logStarts()).contains("isakmp key", "pre-shared-key", "snmp-server host");
    }

    /** mask reuses each thread's matchers (reset per line): the same text and digest as matchers made for the line, whatever came before. */
    @Test void reusedMatchersMaskAsNewOnesDo() throws Exception {
        String[] lines = {"crypto isakmp key K1 address 1.2.3.4", "key chain KC", "no crypto isakmp key Secret1 address 10.0.0.1",
            "snmp-server user U G v3 auth sha Auth1 priv aes 128 Priv2", " ikev2 local-authentication pre-shared-key hex 5A5A5A",
            "  pre-shared-key local 6 ENCRYPTED", "IP = 1.2.3.4, pre-shared-key abc", "", "password encryption aes", " neighbor 10.0.0.2 password 7 BgpK",
            "tunnel-group 1.2.3.4 ipsec-attributes", " ikev1 pre-shared-key *****", " ikev1 pre-shared-key S3cr\u00e9t", "enable secret 5 $1$abc"};
        java.util.Random r = new java.util.Random(7);
        Runnable check = () -> {
            for (int i = 0; i < 3_000; i++) {
                String line = lines[r.nextInt(lines.length)] + (r.nextBoolean() ? "" : " x" + i);
                ConfigSecrets.Masked fresh = ConfigSecrets.maskWithNewMatchers(line);
                assertThat(ConfigSecrets.mask(line)).as(line).isEqualTo(fresh);
            }
        };
        Thread other = new Thread(check);
        Throwable[] failed = {null};
        other.setUncaughtExceptionHandler((t, e) -> failed[0] = e);
        other.start();
        check.run();
        other.join();
        assertThat(failed[0]).as("on a second thread").isNull();
    }
}
