package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An input line a conclusion rests on. role (in a finding's evidence list only): "decisive" for a
 * line a support rests on directly (the log line, the two transform sets that differ), "context"
 * for lines behind the facts it was read against (which map entries pair up, interfaces).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceLine(String source, int line, String text, String factId, String role) {
    public EvidenceLine(String source, int line, String text, String factId) {
        this(source, line, text, factId, null);
    }

    public String where() { return source + ":" + line; }

    public EvidenceLine withRole(String r) { return new EvidenceLine(source, line, text, factId, r); }

    /** True for a context line (config the decisive lines were read against). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isContext() { return "context".equals(role); }
}
