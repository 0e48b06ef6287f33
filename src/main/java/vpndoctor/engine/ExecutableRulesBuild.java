package vpndoctor.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build step only (drools-model-codegen is a build-time dependency, absent from the jars): generates
 * the executable model of the bundled rules into the classes folder, with its index
 * ({@link ExecutableRules}). It takes a minute or more of CPU, so it is skipped while the index's
 * source hash still matches: the rule files, and the class files of the packages the generated code
 * calls into ({@value #CALLED}; javac writes the same bytes for the same source, so a rebuild of
 * unchanged code keeps the hash).
 */
final class ExecutableRulesBuild {
    /** The packages the rules import (facts and helper functions): what the generated lambdas link to. */
    static final String CALLED = "vpndoctor/model vpndoctor/rules";

    private ExecutableRulesBuild() {}

    /** True when the index for these files is there with the same source hash. */
    static boolean upToDate(Path classes, List<RuleFile> files) throws IOException {
        Path index = classes.resolve(ExecutableRules.resource(files));
        if (!Files.isRegularFile(index)) return false;
        try (Stream<String> lines = Files.lines(index, StandardCharsets.UTF_8)) {
            return lines.limit(2).toList().contains("source " + sourceHash(classes, files));
        }
    }

    /** Removes any model written before (its classes and index). */
    static void removeOld(Path classes) throws IOException {
        Path dir = classes.resolve(PrebuiltRules.DIR);
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> old = Files.list(dir)) {
            for (Path index : old.filter(p -> p.toString().endsWith(ExecutableRules.SUFFIX)).toList()) {
                for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                    if (line.startsWith("file ")) Files.deleteIfExists(classes.resolve(line.substring(5)));
                }
                Files.delete(index);
            }
        }
    }

    /**
     * Generates the model of these files into {@code classes} and writes its index. Returns the errors
     * (file: message) when it does not build; then nothing is written, and the jar keeps only the
     * serialized rules.
     */
    static List<String> write(Path classes, List<RuleFile> files) throws IOException {
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId("vpndoctor", "rules-model", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(rid);
        int n = 0;
        // the same layout as RuleCompiler's, so the generated code sees the same packages
        for (RuleFile f : files) {
            kfs.write("src/main/resources/" + f.declaredPackage().replace('.', '/') + "/" + (n++) + "_" + f.relative().replace('/', '_'), f.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        ks.getRepository().removeKieModule(rid);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(m.getPath() + ":" + m.getLine() + ": " + m.getText().replaceAll("\\s+", " "));
        }
        if (!errors.isEmpty()) return errors;
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
        String modelIndex = "META-INF/kie/" + rid.getGroupId() + "/" + rid.getArtifactId() + "/drools-model";
        List<String> models = new ArrayList<>(), written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals(modelIndex)) {
                    for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) models.add(line.trim());
                    }
                } else if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                    // the kjar's ProjectModel describes its kmodule: not used, the rule base is made from the models
                    Path out = classes.resolve(name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, zip.readAllBytes());
                    written.add(name);
                }
            }
        }
        if (models.isEmpty()) return List.of("the generated module names no model class");
        StringBuilder index = new StringBuilder();
        index.append(ExecutableRules.FORMAT).append(' ').append(KieBaseCache.contentKey(files)).append('\n');
        index.append("source ").append(sourceHash(classes, files)).append('\n');
        for (String m : models) index.append("model ").append(m).append('\n');
        for (String w : written) index.append("file ").append(w).append('\n');
        Path indexFile = classes.resolve(ExecutableRules.resource(files));
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, index, StandardCharsets.UTF_8);
        return List.of();
    }

    private static String sourceHash(Path classes, List<RuleFile> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(KieBaseCache.contentKey(files).getBytes(StandardCharsets.UTF_8));
            for (String pkg : CALLED.split(" ")) {
                Path dir = classes.resolve(pkg);
                if (!Files.isDirectory(dir)) continue;
                List<Path> all;
                try (Stream<Path> walk = Files.walk(dir)) {
                    all = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path p : all) {
                    md.update(classes.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(p)) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
