package vpndoctor.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.Observation;
import vpndoctor.model.Origin;

/**
 * Reads {"observations": [{"kind", "tunnel", "note"}]}. Plain tree reading, no polymorphic
 * typing: a JSON file can only ever produce Observation facts. A bad entry is reported and skipped.
 */
final class ObservationReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("kind", "tunnel", "note");

    private ObservationReader() {}

    static List<Observation> read(String source, InputStream in, InputAccounting acct, int firstId) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            // limits (name/number/nesting length) are reported without a location
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            // the parser's message quotes the offending token, which may be a secret: the quoted text is left out
            acct.skipSource(source, "not valid JSON" + at + ": " + withoutQuotedText(e.getOriginalMessage()));
            return List.of();
        }
        List<Observation> out = new ArrayList<>();
        if (root == null || !root.isObject()) {
            acct.skipSource(source, "expected a JSON object {\"observations\": [...]}");
            return out;
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("observations") && !f.equals("description")) acct.skipSource(source, "unknown field \"" + f + "\" ignored (expected \"observations\")");
        }
        JsonNode list = root.path("observations");
        if (!list.isArray()) {
            if (!list.isMissingNode()) acct.skipSource(source, "\"observations\" must be an array, found " + list.getNodeType());
            return out;
        }
        int i = 0;
        for (JsonNode o : list) {
            i++;
            String where = "observations[" + (i - 1) + "]";
            if (!o.isObject() || !o.path("kind").isTextual()) {
                acct.skipSource(source, where + ": expected an object with a text \"kind\"");
                continue;
            }
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!FIELDS.contains(f)) acct.skipSource(source, where + ": unknown field \"" + f + "\" ignored");
            }
            JsonNode tunnel = o.path("tunnel");
            if (!tunnel.isMissingNode() && !tunnel.isTextual()) {
                acct.skipSource(source, where + ": \"tunnel\" must be text (a peer address)");
                continue;
            }
            Origin origin = new Origin(source, 0, o.toString());
            out.add(new Observation("o" + (firstId + out.size()), o.get("kind").asText(), tunnel.asText(null), o.path("note").asText(""), origin));
        }
        return out;
    }

    /** A parser message with its quoted tokens ('...' and "...") replaced by a placeholder. */
    static String withoutQuotedText(String message) {
        if (message == null) return "";
        String m = message.replaceAll("'[^'\\n]*'", "'…'").replaceAll("\"[^\"\\n]*\"", "\"…\"");
        // an unterminated quote (token cut at the end of the file) hides the rest of the message
        int q = Math.max(m.lastIndexOf('\''), m.lastIndexOf('"'));
        if (m.chars().filter(c -> c == '\'' ).count() % 2 == 1 || m.chars().filter(c -> c == '"').count() % 2 == 1) m = m.substring(0, q + 1) + "…";
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
