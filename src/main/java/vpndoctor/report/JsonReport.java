package vpndoctor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vpndoctor.result.Diagnosis;

/** The JSON contract: docs/schema/diagnosis.schema.json (schemaVersion, rootCauses, hypotheses, benign, recommendations, input, ...). */
public final class JsonReport {
    private static final ObjectMapper JSON = newMapper();

    /** The mapper this report writes with (a new one: tests compare a warmed one with a fresh one). */
    static ObjectMapper newMapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private JsonReport() {}

    public static String render(Diagnosis d) {
        return render(JSON, d);
    }

    static String render(ObjectMapper json, Diagnosis d) {
        try {
            return json.writeValueAsString(d) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diagnosis as JSON", e);
        }
    }

    public static ObjectMapper mapper() { return JSON; }
}
