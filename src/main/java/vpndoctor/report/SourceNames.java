package vpndoctor.report;

import java.util.List;
import vpndoctor.result.Diagnosis;

/**
 * Source names as a person reads them: relative to the folder every input shares (the case
 * folder), so "facts-samples/048-asa-psk-mismatch/asa.log:9" reads "asa.log:9". The JSON keeps the
 * names as given.
 */
public final class SourceNames {
    private final String prefix;

    private SourceNames(String prefix) {
        this.prefix = prefix;
    }

    public static SourceNames of(Diagnosis d) {
        return new SourceNames(commonFolder(d.input() == null ? List.of() : d.input().sources()));
    }

    /** The folder shared by every source ("facts-samples/case/"), "" when they share none. */
    static String commonFolder(List<String> sources) {
        String common = null;
        for (String s : sources) {
            int slash = s.lastIndexOf('/');
            String dir = slash < 0 ? "" : s.substring(0, slash + 1);
            if (common == null) common = dir;
            else while (!dir.startsWith(common)) {
                int cut = common.lastIndexOf('/', common.length() - 2);
                common = cut < 0 ? "" : common.substring(0, cut + 1);
            }
        }
        return common == null ? "" : common;
    }

    /** The folder the short names are relative to ("" when none). */
    public String folder() { return prefix; }

    public String shorten(String source) {
        return !prefix.isEmpty() && source.startsWith(prefix) && source.length() > prefix.length() ? source.substring(prefix.length()) : source;
    }

    public String where(vpndoctor.result.EvidenceLine e) { return shorten(e.source()) + ":" + e.line(); }
}
