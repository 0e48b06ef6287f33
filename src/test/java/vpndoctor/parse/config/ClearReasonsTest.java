package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.model.Side;
import vpndoctor.model.config.ConfigUnparsed;
import vpndoctor.model.config.CryptoMapEntry;

/**
 * Issue 13.7: a config line the parsers cannot read is reported with a reason a user can act on
 * ("expected ..."), never with a Java exception's text ("Index 2 out of bounds for length 2"), and a
 * parser's own bug is not caught and turned into an "unparsed line".
 */
class ClearReasonsTest {
    /** What exception messages look like; a reason shown to the user must not. */
    static final Pattern EXCEPTION_TEXT = Pattern.compile(
            "(?i)out of bounds|index \\d|fromIndex|toIndex|exception|for input string|null|cannot invoke|parser error");

    static ParsedConfig read(String... lines) throws IOException {
        return ConfigReader.read("t.cfg", Side.LOCAL, new StringReader(String.join("\n", lines) + "\n"));
    }

    @Test
    void aDynamicMapReferenceIsUnderstoodAndAMissingNameIsExplained() throws IOException {
        ParsedConfig cfg = read("crypto map M 10 ipsec-isakmp dynamic D", "crypto map M 20 ipsec-isakmp dynamic");
        assertThat(cfg.facts()).filteredOn(CryptoMapEntry.class::isInstance).map(CryptoMapEntry.class::cast)
                .anySatisfy(e -> {
                    assertThat(e.getSeq()).isEqualTo(10);
                    assertThat(e.getDynamicMapName()).isEqualTo("D");
                });
        assertThat(cfg.unparsed()).singleElement().satisfies(u -> {
            assertThat(u.getLine()).isEqualTo(2);
            assertThat(u.getReason()).startsWith("expected").doesNotContainPattern(EXCEPTION_TEXT);
        });
    }

    @Test
    void settingsCutShortAreExplained() throws IOException {
        ParsedConfig cfg = read("crypto map M 30 set ikev1", "crypto map M 40 set peer", "crypto map M 50 set pfs",
                "crypto ipsec transform-set", "crypto isakmp policy", "access-list A extended permit ip host",
                "nat (inside,outside) source static", "tunnel-group 1.1.1.1 ipsec-attributes", " pre-shared-key");
        for (ConfigUnparsed u : cfg.unparsed()) assertThat(u.getReason()).as(u.describe()).doesNotContainPattern(EXCEPTION_TEXT);
    }

    /**
     * Every sample config line, cut after each of its words, read alone and under its parent: no
     * exception escapes and every reason is a clear one.
     */
    @Test
    void everyTruncationOfEverySampleConfigLineGetsAClearReason() throws IOException {
        List<Path> cfgs;
        try (Stream<Path> s = Files.walk(Path.of("facts-samples"))) {
            cfgs = s.filter(p -> !p.toString().contains("real-heldout")).filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
        }
        assertThat(cfgs).hasSizeGreaterThan(20);
        Set<String> variants = new LinkedHashSet<>();
        for (Path cfg : cfgs) {
            String parent = "";
            for (String line : Files.readAllLines(cfg)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("!")) continue;
                boolean child = Character.isWhitespace(line.charAt(0));
                if (!child) parent = trimmed;
                String[] words = trimmed.split("\\s+");
                for (int n = 1; n <= words.length; n++) {
                    String cut = String.join(" ", java.util.Arrays.copyOf(words, n));
                    variants.add(child ? parent + "\n " + cut : cut);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String v : variants) {
            try {
                ParsedConfig cfg = read(v);
                for (ConfigUnparsed u : cfg.unparsed()) {
                    if (EXCEPTION_TEXT.matcher(u.getReason()).find()) problems.add(u.getReason() + "  <-  " + v.replace("\n", " / "));
                }
            } catch (RuntimeException e) {
                problems.add("threw " + e + "  <-  " + v.replace("\n", " / "));
            }
        }
        assertThat(problems).isEmpty();
    }
}
