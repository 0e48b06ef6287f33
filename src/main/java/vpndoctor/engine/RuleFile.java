package vpndoctor.engine;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule source file: DRL, DSL or DSLR. {@code relative} is its path inside the rules folder
 * (e.g. "symptoms/phase1.drl"), {@code location} what a person should open ("rules-drl/..." for
 * bundled rules, the real path for a folder).
 */
public record RuleFile(String relative, String location, String content, boolean bundled) {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    public RuleFile {
        Objects.requireNonNull(relative, "relative");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
    }

    public String extension() {
        int dot = relative.lastIndexOf('.');
        return dot < 0 ? "" : relative.substring(dot + 1).toLowerCase();
    }

    public boolean isRuleSource() {
        String e = extension();
        return e.equals("drl") || e.equals("dsl") || e.equals("dslr");
    }

    /** The DRL package declared in the file, or "rules" when none is (DSL files have none). */
    public String declaredPackage() {
        Matcher m = PACKAGE.matcher(content);
        return m.find() ? m.group(1) : "rules";
    }

    // the record's own equals and hashCode, written out (RecordMethodsTest): the generated ones are bootstrapped
    // through method handles at their first call (the preloaded rules are checked against the files at start-up)
    @Override public boolean equals(Object o) {
        return o instanceof RuleFile r && relative.equals(r.relative) && location.equals(r.location) && content.equals(r.content) && bundled == r.bundled;
    }

    @Override public int hashCode() {
        return ((relative.hashCode() * 31 + location.hashCode()) * 31 + content.hashCode()) * 31 + Boolean.hashCode(bundled);
    }

    public String fileName() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
