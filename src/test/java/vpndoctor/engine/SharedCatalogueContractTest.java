package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogue (catalog/root-causes.tsv) keeps the shared contract (../shared/root-causes.tsv):
 * every shared ID is there with the same kind, parent and meaning. The bundled one may add IDs
 * (new evidence needs them); it may never drop or re-mean one, since tools and tests key on them.
 */
class SharedCatalogueContractTest {
    @Test
    void everySharedIdKeepsItsKindParentAndMeaning() throws IOException {
        Path shared = Path.of("../shared/root-causes.tsv");
        assumeTrue(Files.isRegularFile(shared), "../shared/root-causes.tsv is absent here (CI has it): contract not checked");
        Map<String, List<String>> contract = rows(Files.readString(shared, StandardCharsets.UTF_8));
        String bundledText;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalog/root-causes.tsv")) {
            bundledText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> bundled = rows(bundledText);
        assertThat(contract).isNotEmpty();
        contract.forEach((id, cols) -> {
            assertThat(bundled).as("shared ID %s is in the bundled catalogue", id).containsKey(id);
            // kind, refines, meaning: the columns tools key on; "typical evidence" may grow with new captures
            assertThat(bundled.get(id).subList(0, 3)).as("kind, parent and meaning of %s", id).isEqualTo(cols.subList(0, 3));
        });
    }

    private static Map<String, List<String>> rows(String tsv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            m.put(f[0].strip(), List.of(f).subList(1, f.length).stream().map(String::strip).toList());
        }
        return m;
    }
}
