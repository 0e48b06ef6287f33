package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.model.config.TransformSet;

/** "mode transport require" is kept (it refuses tunnel mode); plain transport and tunnel agree. */
class TransformModeRequireTest {
    private static TransformSet set(String mode) {
        return Cfg.one(Cfg.parse("version 15.4", "crypto ipsec transform-set T esp-aes 256 esp-sha-hmac", " mode " + mode), TransformSet.class);
    }

    @Test
    void requireIsKept() {
        TransformSet t = set("transport require");
        assertThat(t.getMode()).isEqualTo("transport");
        assertThat(t.isModeRequired()).isTrue();
        assertThat(t.describe()).contains("mode transport require");
        assertThat(set("transport").isModeRequired()).isFalse();
    }

    @Test
    void onlyRequireRefusesTunnel() {
        assertThat(TransformSet.modesAgree(set("transport require"), set("tunnel"))).isFalse();
        assertThat(TransformSet.modesAgree(set("tunnel"), set("transport require"))).isFalse();
        assertThat(TransformSet.modesAgree(set("transport"), set("tunnel"))).isTrue();
        assertThat(TransformSet.modesAgree(set("transport require"), set("transport"))).isTrue();
    }
}
