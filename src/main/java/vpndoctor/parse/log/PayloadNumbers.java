package vpndoctor.parse.log;

import java.util.Locale;
import java.util.Map;

/** ISAKMP payload names as IOS prints them, to the numbers PIX prints (RFC 2408 section 3.1). */
final class PayloadNumbers {
    private static final Map<String, String> NUMBERS = Map.of("sa", "1", "ke", "4", "id", "5", "hash", "8", "nonce", "10");

    private PayloadNumbers() {}

    static String of(String name) {
        return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
}
