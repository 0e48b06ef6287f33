package vpndoctor.report;

/** ANSI emphasis for terminals; a no-op when colour is off (pipes, files, tests). */
public final class Style {
    private final boolean on;

    public Style(boolean on) { this.on = on; }

    public static Style plain() { return new Style(false); }

    public String bold(String s) { return wrap("1", s); }
    public String red(String s) { return wrap("31;1", s); }
    public String yellow(String s) { return wrap("33", s); }
    public String green(String s) { return wrap("32", s); }
    public String dim(String s) { return wrap("2", s); }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
