package vpndoctor.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * The bundled rules as Drools' executable model: Java classes generated from the rule files at build
 * time ({@link ExecutableRulesBuild}) and shipped with ours. Making the rule base from them costs
 * less than reading the serialized packages back, and their constraints are plain Java from the
 * start (no MVEL to interpret and then compile while the rules fire): about 0.6 CPU-s off a short
 * run, 1.2 off an 8M-line one (docs/perf-notes/s17-thru.md).
 *
 * <p>The index, {@value PrebuiltRules#DIR}/&lt;key&gt;{@value #SUFFIX}, is keyed like the serialized
 * entry by the rule files' content; it repeats that key inside, and names the model classes:
 * <pre>
 * vpndoctor-model-1 &lt;key&gt;
 * source &lt;hash of the rule files and of the classes the generated code calls&gt;
 * model &lt;class&gt;   (one line each)
 * file &lt;path&gt;    (every generated class file, for the build step to remove an old model)
 * </pre>
 */
final class ExecutableRules {
    static final String FORMAT = "vpndoctor-model-1";
    static final String SUFFIX = ".model";

    private ExecutableRules() {}

    /** Classpath resource name of the model index for these files. */
    static String resource(List<RuleFile> files) {
        return PrebuiltRules.DIR + "/" + KieBaseCache.contentKey(files) + SUFFIX;
    }

    /** The rule base from the shipped model of exactly these files, or null (none shipped, other files, unreadable). */
    static KieBase find(List<RuleFile> files) {
        try (InputStream in = ExecutableRules.class.getClassLoader().getResourceAsStream(resource(files))) {
            return in == null ? null : read(in, KieBaseCache.contentKey(files));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // a shortcut only: the serialized entry, or a compile, instead
        }
    }

    /** The rule base from an index, or null when the index is for another key (never a model of other rules). */
    static KieBase read(InputStream index, String key) throws IOException, ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            if (!(FORMAT + " " + key).equals(r.readLine())) return null;
            for (String line; (line = r.readLine()) != null && !line.startsWith("file "); ) {
                if (!line.startsWith("model ")) continue;
                Class<?> c = Class.forName(line.substring(6), true, ExecutableRules.class.getClassLoader());
                models.add((Model) c.getConstructor().newInstance());
            }
        }
        if (models.isEmpty()) return null;
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleErrorHandler.class));
        return KieBaseBuilder.createKieBaseFromModel(models, conf);
    }
}
