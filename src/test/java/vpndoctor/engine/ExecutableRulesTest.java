package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.report.JsonReport;

/**
 * The executable model the build generates from the bundled rules (ExecutableRules): it is there, it
 * diagnoses as the DRL build does, and it is never used for rules other than the ones it was made from.
 */
class ExecutableRulesTest {
    private static final CauseCatalog CATALOG = CauseCatalog.bundled();

    /** A model that does not build (a rule it cannot compile) makes the jar quietly slower: say so here. */
    @Test
    void theBuildShipsAModelOfTheBundledRules() {
        List<RuleFile> files = RuleLoader.bundled();
        assertThat(ExecutableRules.find(files)).as("no executable model for the bundled rules: see the build's 'prebuilt rules:' lines").isNotNull();
        assertThat(PrebuiltRules.read(files).used()).isEqualTo(files);
    }

    /**
     * Every 40th case folder, and the numbered samples whose names say VTI, weak crypto or show crypto/isakmp
     * (the concerns of the rules rewritten for the model), diagnosed by the model and by the DRL build of the same files (the serialized entry:
     * the DRL compiler's packages): the same JSON.
     */
    @Test
    void theModelDiagnosesAsTheDrlBuild() throws IOException {
        List<RuleFile> files = RuleLoader.bundled();
        Engine model = engine(new RuleCompiler.Compiled(ExecutableRules.find(files), files, List.of(), List.of()));
        Engine drl = engine(PrebuiltRules.readSerialized(files));
        List<Path> cases = cases();
        assertThat(cases).hasSizeGreaterThan(40);
        List<String> differ = new ArrayList<>();
        for (Path c : cases) {
            String a = JsonReport.render(model.diagnose(EvidenceLoader.load(Evidence.fromCaseFolder(c))));
            String b = JsonReport.render(drl.diagnose(EvidenceLoader.load(Evidence.fromCaseFolder(c))));
            if (!a.equals(b)) differ.add(c.toString());
        }
        assertThat(differ).as("cases the model diagnoses otherwise").isEmpty();
    }

    @Test
    void theModelIsNotUsedForOtherRules() throws Exception {
        List<RuleFile> files = RuleLoader.bundled();
        byte[] index;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ExecutableRules.resource(files))) {
            index = in.readAllBytes();
        }
        String key = KieBaseCache.contentKey(files);
        assertThat(ExecutableRules.read(new ByteArrayInputStream(index), key)).isNotNull();
        // an index read for another key (a copy under another name, or a lookup gone wrong) gives nothing
        assertThat(ExecutableRules.read(new ByteArrayInputStream(index), "0".repeat(key.length()))).isNull();
        // one rule file edited: no model (and no serialized entry) for these files, so they are compiled
        List<RuleFile> edited = new ArrayList<>(files);
        RuleFile f = edited.get(0);
        edited.set(0, new RuleFile(f.relative(), f.location(), f.content() + "\n// edited\n", true));
        assertThat(ExecutableRules.find(edited)).isNull();
        assertThat(PrebuiltRules.read(edited)).isNull();
        String text = new String(index, StandardCharsets.UTF_8);
        assertThat(text).startsWith(ExecutableRules.FORMAT + " " + key + "\n");
    }

    private static Engine engine(RuleCompiler.Compiled c) {
        return new Engine(c, CATALOG, RuleSession.DEFAULT_FIRING_LIMIT, RuleSession.DEFAULT_FACT_BUDGET, RuleSession.DEFAULT_TIME_BUDGET_MS);
    }

    private static List<Path> cases() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : List.of(Path.of("facts-samples"), Path.of("facts-samples/real"))) {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().forEach(all::add);
            }
        }
        List<Path> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Path c = all.get(i);
            boolean concern = c.getParent().getFileName().toString().equals("facts-samples")
                    && c.getFileName().toString().matches("\\d+-.*(vti|weak|show-crypto|show-isakmp).*");
            if (i % 40 == 0 || concern) picked.add(c);
        }
        return picked;
    }
}
