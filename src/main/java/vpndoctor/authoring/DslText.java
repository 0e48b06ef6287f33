package vpndoctor.authoring;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import vpndoctor.engine.RuleFile;

/**
 * Expands a .dslr file with the .dsl files in play, the way the compiler does, so the linter reads
 * the DRL that a sentence becomes (conclusion IDs, insert vs insertLogical, fact types).
 */
public final class DslText {
    private DslText() {}

    /** The expanded DRL, or the original text when no DSL is given or the expansion fails (the compiler reports that). */
    public static String expand(String dslr, List<RuleFile> dslFiles) {
        DefaultExpander expander = new DefaultExpander();
        int loaded = 0;
        for (RuleFile f : dslFiles) {
            DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
            try {
                if (mapping.parseAndLoad(new StringReader(f.content()))) {
                    expander.addDSLMapping(mapping.getMapping());
                    loaded++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (loaded == 0) return dslr;
        try {
            String drl = expander.expand(new StringReader(dslr));
            return drl == null ? dslr : drl;
        } catch (IOException | RuntimeException e) {
            return dslr;
        }
    }

    /** The .dsl files among these. */
    public static List<RuleFile> dslFiles(List<RuleFile> files) {
        List<RuleFile> out = new ArrayList<>();
        for (RuleFile f : files) if (f.extension().equals("dsl")) out.add(f);
        return out;
    }
}
