package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Address arithmetic lives in one wrapper (model.config.Ip and Net, on the ipaddress library): no
 * other Java or DRL source shifts octets, masks with 0xFFFFFFFF, splits dotted quads or guesses "a
 * host" from "% 256". The patterns below are what the four former copies did.
 */
class AddressArithmeticScanTest {
    static final Pattern ARITHMETIC = Pattern.compile(
            "%\\s*256\\b|>>>?\\s*(?:8|16|24)\\b|<<\\s*(?:8|24)\\b|<<\\s*\\(\\s*32\\s*-|0x[Ff]{8}|split\\(\"\\\\\\\\\\.\"\\)");
    /** Files allowed to match, each with why it is not address arithmetic. */
    private static final Map<String, String> ALLOWED = Map.of(
            "src/main/java/vpndoctor/model/config/Ip.java", "the wrapper",
            "src/main/java/vpndoctor/model/config/Net.java", "the wrapper's value type",
            "src/main/java/vpndoctor/parse/log/KeyHash.java", "hashes bytes of a key, no address",
            "src/main/java/vpndoctor/parse/log/Utf16Input.java", "joins two bytes into a UTF-16 code unit, no address",
            "src/main/java/vpndoctor/model/SampleTexts.java", "splits and joins UTF-16 code units into bytes, no address",
            "src/main/java/vpndoctor/model/SharedValues.java", "spreads a hash code over a table, no address",
            "src/main/java/vpndoctor/parse/log/VariantGroups.java", "spreads a hash code over a table, no address");

    @Test
    void thePatternsCatchWhatTheOldCopiesDid() {
        assertThat(ARITHMETIC.matcher("return n.isHost() && n.getAddress() % 256 != 0;").find()).isTrue();
        assertThat(ARITHMETIC.matcher("v = (v << 8) | o;").find()).isTrue();
        assertThat(ARITHMETIC.matcher("long first = (n.getAddress() >>> 24) & 0xFF;").find()).isTrue();
        assertThat(ARITHMETIC.matcher("(0xFFFFFFFFL << (32 - prefix))").find()).isTrue();
        assertThat(ARITHMETIC.matcher("for (String p : mask.split(\"\\\\.\")) bits = bits | p;").find()).isTrue();
        assertThat(ARITHMETIC.matcher("new byte[1 << 16]").find()).isFalse();
    }

    @Test
    void noAddressArithmeticOutsideTheWrapper() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "rules-drl")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".drl")).toList()) {
                    String name = f.toString().replace('\\', '/');
                    if (ALLOWED.containsKey(name)) continue;
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (ARITHMETIC.matcher(lines.get(i)).find()) found.add(name + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).as("address arithmetic outside model.config.Ip/Net").isEmpty();
    }
}
