package vpndoctor.engine;

/**
 * A compile error or lint finding in a rule file, printed as {@code file:line:col: severity: message [rule]}
 * so editors and terminals can jump to it.
 */
public record RuleProblem(String file, int line, int column, Severity severity, String rule, String message) {
    /** ERROR: the file is left out; WARNING: a lint finding; INFO: worth knowing (e.g. a rule overrides a bundled one). */
    public enum Severity { ERROR, WARNING, INFO }

    @Override public String toString() {
        String where = file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0);
        String r = rule == null || rule.isEmpty() ? "" : " [rule \"" + rule + "\"]";
        return where + ": " + severity.name().toLowerCase() + ": " + message + r;
    }
}
