package vpndoctor.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
import vpndoctor.model.Platform;

/**
 * `rules doc DIR`: the reference of an author's own rules folder, in the same Markdown as the
 * bundled reference: the causes it declares (causes.tsv), the fix / next commands it adds
 * (advice.json), each rule (file:line, description, what it concludes and how strongly) (its own .dsl sentences
 * appear in the DSL section of the reference that follows).
 */
public final class FolderDoc {
    private static final Pattern DESCRIPTION = Pattern.compile("@description\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern CONCLUSION = Pattern.compile("new\\s+(?:vpndoctor\\.model\\.)?(Support|Against|Benign|Recommendation)\\s*\\(\\s*(?:\"([^\"]*)\")?(?:\\s*,\\s*[^,()]+,\\s*([0-9.]+))?");

    private FolderDoc() {}

    public static String render(Path dir) throws IOException {
        List<RuleFile> files = RuleLoader.folder(dir);
        List<RuleFile> context = RuleLoader.overlay(RuleLoader.bundled(), files);
        StringBuilder md = new StringBuilder();
        md.append("## Rules of `").append(dir).append("`\n\n");
        Path tsv = dir.resolve("causes.tsv");
        CauseCatalog catalog = RuleCheck.catalogFor(dir);
        if (Files.isRegularFile(tsv)) {
            md.append("### Causes it declares (`causes.tsv`)\n\n| ID | kind | refines | meaning |\n|---|---|---|---|\n");
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 4) continue;
                md.append("| `").append(f[0]).append("` | ").append(f[1]).append(" | ").append(f[2]).append(" | ").append(cell(f[3])).append(" |\n");
            }
            md.append('\n');
        }
        Path advice = dir.resolve("advice.json");
        if (Files.isRegularFile(advice)) {
            md.append("### Advice it adds (`advice.json`)\n\n");
            CauseCatalog withAdvice = catalog.withAdvice(advice);
            for (String id : adviceIds(advice)) {
                CauseCatalog.Cause c = withAdvice.get(id).orElseThrow();
                md.append("- `").append(id).append("`\n");
                commands(md, "fix", c.fix());
                commands(md, "fix (IKEv2)", c.fixIkev2());
                commands(md, "next", c.next());
            }
            md.append('\n');
        }
        md.append("### Rules\n\n");
        int n = 0;
        for (RuleFile f : files) {
            if (f.extension().equals("dsl")) continue;
            for (RuleBlock b : RuleBlock.parse(RuleLinter.textOf(f, context))) {
                n++;
                md.append("#### ").append(b.name()).append("\n\n");
                md.append("`").append(f.location()).append(':').append(b.line()).append("`\n\n");
                Matcher d = DESCRIPTION.matcher(b.header());
                md.append(d.find() ? d.group(1) : "(no @description)").append("\n\n");
                Matcher c = CONCLUSION.matcher(b.rhs());
                List<String> concludes = new ArrayList<>();
                while (c.find()) {
                    String what = c.group(1) + (c.group(2) == null || c.group(2).isEmpty() ? "" : " `" + c.group(2) + "`")
                            + (c.group(3) == null ? "" : (c.group(1).equals("Against") ? " factor " : " weight ") + c.group(3));
                    String meaning = c.group(2) == null ? "" : catalog.get(c.group(2)).map(CauseCatalog.Cause::meaning).orElse("");
                    concludes.add(what + (meaning.isEmpty() ? "" : ": " + meaning));
                }
                for (String s : concludes) md.append("- concludes ").append(s).append('\n');
                if (!concludes.isEmpty()) md.append('\n');
            }
        }
        if (n == 0) md.append("(no rules)\n\n");
        return md.toString();
    }

    private static List<String> adviceIds(Path advice) throws IOException {
        List<String> ids = new ArrayList<>();
        Map<?, ?> m = new com.fasterxml.jackson.databind.ObjectMapper().readValue(advice.toFile(), Map.class);
        for (Object k : m.keySet()) ids.add(String.valueOf(k));
        return ids;
    }

    private static void commands(StringBuilder md, String label, Map<Platform, List<String>> byPlatform) {
        byPlatform.forEach((p, cmds) -> {
            if (cmds.isEmpty()) return;
            md.append("  - ").append(label).append(" (").append(p == Platform.UNKNOWN ? "any" : p.name()).append("): `")
              .append(String.join("` / `", cmds)).append("`\n");
        });
    }

    private static String cell(String s) { return s.replace("|", "\\|"); }
}
