package vpndoctor.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.authoring.CaseExpectation;

/**
 * Where a case's capture comes from, one level above the page: a GitHub repository (a blog on
 * github.io is its repository), a web site, a Cisco TechNote, or a search-index file id. Cases
 * from one lab or one parser's test data share a way of saying things; `eval` groups by origin so
 * that a figure carried by one origin shows (the case rules cap cases per page, not per origin).
 */
public final class SourceOrigin {
    private SourceOrigin() {}

    private static final Pattern GITHUB = Pattern.compile("github\\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)");
    private static final Pattern TECHNOTE = Pattern.compile("(?i)technote\\s+(\\d+)");
    private static final Pattern INDEX_ID = Pattern.compile("(?i)(?:file ids?|index id)\\s+(\\d+)");
    private static final Pattern HOST = Pattern.compile("https?://([^/\\s]+)");

    /** The origin of a case's source, "none" when the case cites none. */
    public static String of(CaseExpectation.Source s) {
        String u = s.url() == null ? "" : s.url();
        Matcher m = GITHUB.matcher(u);
        if (m.find()) return "github:" + m.group(1).toLowerCase(Locale.ROOT);
        m = TECHNOTE.matcher(u);
        if (m.find()) return "cisco-technote:" + m.group(1);
        m = HOST.matcher(u);
        if (m.find()) return m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        m = INDEX_ID.matcher(u);
        if (m.find()) return "code-index:" + m.group(1);
        return u.isBlank() ? "none" : u.strip().toLowerCase(Locale.ROOT);
    }
}
