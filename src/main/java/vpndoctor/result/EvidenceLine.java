package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An input line a conclusion rests on.
 *
 * @param source the input's name (a file path, or the name given to an in-memory text)
 * @param line the line number in it, from 1
 * @param text the line as read
 * @param factId the ID of the fact the line became
 * @param role (1.2, in a finding's evidence list only) "decisive" for a line a support rests on
 *        directly (the log line, the two transform sets that differ), listed first; "context" for
 *        lines behind the facts it was read against (which map entries pair up, interfaces); else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceLine(String source, int line, String text, String factId, String role) {
    /**
     * A line with no role (in an explanation tree).
     *
     * @param source the input's name
     * @param line the line number in it, from 1
     * @param text the line as read
     * @param factId the ID of the fact the line became
     */
    public EvidenceLine(String source, int line, String text, String factId) {
        this(source, line, text, factId, null);
    }

    /**
     * Where the line is, as reports print it.
     *
     * @return "source:line"
     */
    public String where() { return source + ":" + line; }

    /**
     * The same line with a role.
     *
     * @param r "decisive" or "context"
     * @return a copy with the role set
     */
    public EvidenceLine withRole(String r) { return new EvidenceLine(source, line, text, factId, r); }

    /**
     * Whether it is a context line (config the decisive lines were read against).
     *
     * @return true for role "context"
     */
    @JsonIgnore
    public boolean isContext() { return "context".equals(role); }
}
