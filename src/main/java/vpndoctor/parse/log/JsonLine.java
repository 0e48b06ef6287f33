package vpndoctor.parse.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * One event of a log shipper's JSON lines (Graylog GELF, an Elastic/Kibana ndjson export, Filebeat,
 * NXLog's to_json, Fluentd): the device line is a field, its time and host are others. The message
 * field may keep its own syslog header (Elastic's event.original, Splunk's _raw), which is read as
 * any line is; the JSON time and host stand in where it has none. Only a line that starts with '{'
 * and ends with '}' is parsed (Envelope tests the first character), so a line cut short, like the
 * prefix the byte scanner asks about, is never handed to the JSON parser.
 */
final class JsonLine {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where shippers put the line, most complete first. */
    private static final String[] MESSAGE = {"event.original", "_raw", "message", "Message", "short_message", "full_message", "syslog_message", "msg", "log"};
    private static final String[] TIME = {"@timestamp", "timestamp", "EventTime", "_time", "time", "EventReceivedTime"};
    private static final String[] PROGRAM = {"SourceName", "syslog_program", "programname", "program", "appname", "ident"};
    private static final String[] HOST = {"host.name", "host.hostname", "host", "hostname", "Hostname", "HostName", "syslog_hostname", "source"};

    private JsonLine() {}

    /** The line's parts, or null when it is not a JSON object with a message field. */
    static Envelope.Stripped strip(String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (o == null || !o.isObject()) return null;
        String message = text(o, MESSAGE);
        if (message == null) return null;
        // a shipper's syslog parser takes "%ASA-5-713119" for the program name and keeps the rest as the message
        // (NXLog's SourceName, a Logstash syslog grok's syslog_program, rsyslog's programname)
        String tag = text(o, PROGRAM);
        if (tag != null && tag.startsWith("%") && !message.startsWith("%")) message = tag + ": " + message;
        Envelope.Stripped inner = Envelope.strip(TextNormalizer.normalize(message));
        String time = inner.time() != null ? inner.time() : time(o);
        String host = inner.host() != null ? inner.host() : text(o, HOST);
        return new Envelope.Stripped(inner.message(), time, host);
    }

    /** The first of the fields that holds text ("a.b": field b of object a). */
    private static String text(JsonNode o, String[] names) {
        for (String name : names) {
            JsonNode v = field(o, name);
            if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
        }
        return null;
    }

    private static JsonNode field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v != null) return v;
        int dot = name.indexOf('.');
        if (dot < 0) return null;
        JsonNode parent = o.get(name.substring(0, dot));
        return parent == null || !parent.isObject() ? null : parent.get(name.substring(dot + 1));
    }

    /** The event's time as written, or as an ISO time in UTC when written as seconds (GELF) or milliseconds since 1970. */
    private static String time(JsonNode o) {
        for (String name : TIME) {
            JsonNode v = field(o, name);
            if (v == null) continue;
            if (v.isTextual() && !v.asText().isBlank()) return v.asText();
            if (v.isNumber()) {
                double t = v.asDouble();
                long millis = t > 1e11 ? (long) t : Math.round(t * 1000);
                return Instant.ofEpochMilli(millis).toString();
            }
        }
        return null;
    }
}
