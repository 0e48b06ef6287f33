package vpndoctor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vpndoctor.Evidence;

/**
 * The evidence of a request: multipart/form-data with file parts {@code log} (repeatable),
 * {@code config} and {@code peer-config}, or a JSON body
 * {@code {"logs":[{"name","text"}], "config": "...", "peerConfig": "..."}}.
 */
final class RequestEvidence {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestEvidence() {}

    static Evidence read(HttpServerExchange ex, long maxBytes, boolean logsAllowed) throws IOException {
        String type = ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (type == null) throw new ApiError(415, "unsupported_media_type", "send multipart/form-data (parts log, config, peer-config) or application/json");
        String t = type.toLowerCase(java.util.Locale.ROOT);
        Evidence.Builder b = Evidence.builder();
        if (t.startsWith("multipart/form-data")) multipart(ex, maxBytes, b, logsAllowed);
        else if (t.startsWith("application/json")) json(ex, maxBytes, b, logsAllowed);
        else throw new ApiError(415, "unsupported_media_type", "unsupported content type '" + type + "': send multipart/form-data or application/json");
        Evidence e = b.build();
        if (e.isEmpty()) throw new ApiError(400, "no_evidence", logsAllowed ? "no evidence: give at least one log, config or peer-config" : "no config: give config and/or peer-config");
        return e;
    }

    private static void multipart(HttpServerExchange ex, long maxBytes, Evidence.Builder b, boolean logsAllowed) throws IOException {
        MultiPartParserDefinition def = new MultiPartParserDefinition();
        def.setFileSizeThreshold(maxBytes + 1); // parts stay in memory: the body size is already bounded
        def.setMaxIndividualFileSize(maxBytes);
        def.setDefaultEncoding("UTF-8");
        FormDataParser parser = FormParserFactory.builder(false).addParsers(def).build().createParser(ex);
        if (parser == null) throw new ApiError(400, "bad_multipart", "the multipart body could not be read");
        FormData form;
        try {
            form = parser.parseBlocking();
        } catch (IOException e) {
            throw new ApiError(400, "bad_multipart", "the multipart body could not be read: " + e.getMessage());
        }
        int n = 0;
        for (String field : form) {
            for (FormData.FormValue v : form.get(field)) {
                String name = v.isFileItem() && v.getFileName() != null ? v.getFileName() : field;
                byte[] bytes = v.isFileItem() ? readAll(v) : v.getValue().getBytes(StandardCharsets.UTF_8);
                switch (field) {
                    case "log" -> {
                        if (!logsAllowed) throw new ApiError(400, "logs_not_allowed", "predict reads configs only: drop the log parts");
                        b.log(name, bytes);
                    }
                    case "config" -> b.localConfig(name, new String(bytes, StandardCharsets.UTF_8));
                    case "peer-config" -> b.peerConfig(name, new String(bytes, StandardCharsets.UTF_8));
                    default -> throw new ApiError(400, "unknown_part", "unknown part '" + field + "': expected log, config or peer-config");
                }
                n++;
            }
        }
    }

    private static byte[] readAll(FormData.FormValue v) throws IOException {
        try (InputStream in = v.getFileItem().getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void json(HttpServerExchange ex, long maxBytes, Evidence.Builder b, boolean logsAllowed) throws IOException {
        byte[] body = ex.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) throw new ApiError(413, "body_too_large", "the body is larger than " + maxBytes + " bytes");
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiError(400, "bad_json", "the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) throw new ApiError(400, "bad_json", "the body must be a JSON object");
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("logs") && !f.equals("config") && !f.equals("peerConfig")) throw new ApiError(400, "unknown_field", "unknown field '" + f + "': expected logs, config, peerConfig");
        }
        JsonNode logs = root.get("logs");
        if (logs != null && !logs.isNull()) {
            if (!logsAllowed) throw new ApiError(400, "logs_not_allowed", "predict reads configs only: drop 'logs'");
            if (!logs.isArray()) throw new ApiError(400, "bad_json", "'logs' must be an array of {name, text}");
            int i = 0;
            for (JsonNode l : logs) {
                i++;
                if (!l.isObject() || !l.path("text").isTextual()) throw new ApiError(400, "bad_json", "logs[" + (i - 1) + "] needs a string 'text'");
                b.log(l.path("name").isTextual() ? l.get("name").asText() : "log" + i, l.get("text").asText());
            }
        }
        text(root, "config").ifPresent(s -> b.localConfig("config", s));
        text(root, "peerConfig").ifPresent(s -> b.peerConfig("peer-config", s));
    }

    private static java.util.Optional<String> text(JsonNode root, String f) {
        JsonNode n = root.get(f);
        if (n == null || n.isNull()) return java.util.Optional.empty();
        if (!n.isTextual()) throw new ApiError(400, "bad_json", "'" + f + "' must be a string");
        return java.util.Optional.of(n.asText());
    }
}
