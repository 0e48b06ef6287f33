package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.engine.RuleCompiler;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
import vpndoctor.model.EventKind;
import vpndoctor.model.FactDoc;
import vpndoctor.model.config.ConfigFact;

/** The fact model reference is generated from the code, and rules-drl/README.md carries it unchanged. */
class FactModelDocTest {
    private static String generated() {
        return FactModelDoc.render(RuleLoader.bundled().stream().filter(f -> f.extension().equals("dsl")).toList());
    }

    @Test
    void readmeCarriesTheGeneratedReference() throws Exception {
        String readme = Files.readString(Path.of("rules-drl", "README.md"));
        assertThat(readme).as("rules-drl/README.md is out of date: run `vpn-doctor rules doc --into rules-drl/README.md`")
                .contains(generated());
    }

    @Test
    void referenceNamesEveryFactFieldEventKindAndDslSentence() {
        String doc = generated();
        assertThat(doc).contains("#### LogEvent (input)").contains("| `kind` | `String` |").contains("`says(String)`")
                .contains("#### CryptoMapEntry (input)").contains("| `complete` | `boolean` |")
                .contains("#### Support (derived)").contains("#### DomainComparison (derived)")
                .contains("`the log shows {kind} at least {n} times`");
        for (EventKind k : EventKind.values()) assertThat(doc).contains("| `" + k.name() + "` | " + k.phase() + " | ");
    }

    @Test
    void everyConfigFactIsDocumented() {
        for (Class<?> c : FactTypes.classesOf("vpndoctor.model.config")) {
            if (ConfigFact.class.isAssignableFrom(c)) assertThat(c.isAnnotationPresent(FactDoc.class)).as(c.getSimpleName()).isTrue();
        }
        for (Class<?> c : FactTypes.classesOf("vpndoctor.model.derived")) assertThat(c.isAnnotationPresent(FactDoc.class)).as(c.getSimpleName()).isTrue();
    }

    @Test
    void everyExampleIsAValidCondition() {
        StringBuilder drl = new StringBuilder("package doc.examples;\n\nimport vpndoctor.model.*;\nimport vpndoctor.model.config.*;\nimport vpndoctor.model.derived.*;\n\n");
        int n = 0;
        for (Class<?> c : FactTypes.documented()) {
            drl.append("rule \"example ").append(n++).append(' ').append(c.getSimpleName()).append("\"\nwhen\n    ")
               .append(FactModelDoc.example(c)).append("\nthen\nend\n\n");
        }
        RuleCompiler.Compiled compiled = RuleCompiler.compile(List.of(new RuleFile("examples.drl", "examples.drl", drl.toString(), false)));
        assertThat(compiled.problems()).as(drl.toString()).isEmpty();
        assertThat(n).isGreaterThan(25);
    }
}
