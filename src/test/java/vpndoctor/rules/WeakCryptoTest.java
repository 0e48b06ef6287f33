package vpndoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.TransformSet;

/** The FN72510 table as the weak-crypto rules read it. */
class WeakCryptoTest {
    @Test
    void only1711AndLaterIosXeRefuses() {
        assertThat(refuses(Platform.IOS, "17.11")).isTrue();
        assertThat(refuses(Platform.IOS, "17.12")).isTrue();
        assertThat(refuses(Platform.IOS, "18.1")).isTrue();
        assertThat(refuses(Platform.IOS, "17.9")).isFalse();
        assertThat(refuses(Platform.IOS, "17.3")).isFalse();
        assertThat(refuses(Platform.IOS, "16.12")).isFalse();
        assertThat(refuses(Platform.IOS, "15.9")).isFalse();
        assertThat(refuses(Platform.IOS, "")).isFalse();
        assertThat(refuses(Platform.ASA, "17.12")).as("ASA versions are not IOS XE releases").isFalse();
    }

    @Test
    void policiesAreWeakByWhatTheyNameNotByDefaults() {
        assertThat(WeakCrypto.weakIn(policy(1, "3des", "md5", 2, Set.of()))).containsExactly("encryption 3des", "hash md5", "group 2");
        assertThat(WeakCrypto.isWeak(policy(1, "aes-256", "sha256", 14, Set.of()))).isFalse();
        assertThat(WeakCrypto.isWeak(policy(1, "aes-256", "sha", 5, Set.of()))).isTrue();
        assertThat(WeakCrypto.isWeak(policy(1, "des", "sha", 1, Set.of("encryption", "group")))).as("defaults vary by release").isFalse();
        assertThat(WeakCrypto.isWeak(policy(2, "aes-256", "sha256", 24, Set.of()))).as("group 24 is refused in IKEv2 proposals").isTrue();
        assertThat(WeakCrypto.isWeak(policy(1, "aes-256", "sha256", 24, Set.of()))).isFalse();
    }

    @Test
    void transformSetsAreWeakByAnyTransform() {
        TransformSet weak = new TransformSet("t1", Side.LOCAL, List.of(), "TS", List.of("esp-aes", "esp-md5-hmac"), 1, "tunnel");
        TransformSet strong = new TransformSet("t2", Side.LOCAL, List.of(), "TS2", List.of("esp-aes", "esp-sha256-hmac"), 1, "tunnel");
        assertThat(WeakCrypto.weakIn(weak)).containsExactly("esp-md5-hmac");
        assertThat(WeakCrypto.allWeak(List.of("TS"), List.of(weak, strong))).isTrue();
        assertThat(WeakCrypto.allWeak(List.of("TS", "TS2"), List.of(weak, strong))).isFalse();
        assertThat(WeakCrypto.allWeak(List.of("MISSING"), List.of(weak, strong))).as("an undefined set is another fault").isFalse();
    }

    private static boolean refuses(Platform p, String version) {
        return WeakCrypto.refusesWeakAlgorithms(new DeviceInfo("d", Side.LOCAL, List.of(), "r", p, version));
    }

    private static IsakmpPolicy policy(int ike, String enc, String hash, int group, Set<String> defaulted) {
        return new IsakmpPolicy("p", Side.LOCAL, List.of(), 10, ike, enc, hash, group, "pre-share", 86400, defaulted);
    }
}
