package vpndoctor.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ip.maskToPrefix answers the 33 usual IPv4 masks from a table: the same answer (or refusal) as parsing the text. */
class MaskTableTest {
    @Test
    void everyPrefixLengthsMaskGivesWhatParsingGives() {
        for (int p = 0; p <= 32; p++) {
            String mask = Ip.prefixToMask(p);
            assertThat(Ip.maskToPrefix(mask)).as(mask).isEqualTo(p).isEqualTo(Ip.parsedMaskToPrefix(mask));
        }
    }

    @Test
    void otherTextIsParsedAsBefore() {
        List<String> texts = new ArrayList<>(List.of("255.255.255.000", "255.0.255.0", "0.0.0.255", "255.255.255.256", " 255.255.255.0",
                "255.255.255.0 ", "255.255.255", "ffff:ffff::", "", "mask", "255.255.255.0/24", "0255.255.255.0"));
        Random r = new Random(14);
        for (int i = 0; i < 2000; i++) {
            texts.add(r.nextInt(257) + "." + r.nextInt(257) + "." + r.nextInt(257) + "." + r.nextInt(257));
            texts.add(Ip.prefixToMask(r.nextInt(33)) + (r.nextBoolean() ? "" : "0"));
        }
        texts.add(null);
        for (String t : texts) assertThat(outcome(() -> Ip.maskToPrefix(t))).as(String.valueOf(t)).isEqualTo(outcome(() -> Ip.parsedMaskToPrefix(t)));
    }

    private static String outcome(java.util.function.IntSupplier f) {
        Throwable e = catchThrowable(() -> f.getAsInt());
        if (e != null) return e.getClass().getName() + ": " + e.getMessage();
        return Integer.toString(f.getAsInt());
    }
}
