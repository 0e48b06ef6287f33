package vpndoctor.console;

import java.io.PrintWriter;
import vpndoctor.report.Style;

/** Where commands write, and whether they may use colour (only on a terminal). */
public record Output(PrintWriter out, Style style, boolean color) {
    public static Output plain(PrintWriter out) { return new Output(out, Style.plain(), false); }

    public void println(String s) { out.println(s); }
    public void print(String s) { out.print(s); }
    public void error(String s) { out.println(style.red("error: ") + s); }
}
