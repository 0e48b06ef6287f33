package vpndoctor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vpndoctor.result.Diagnosis;

/** The JSON contract: docs/schema/diagnosis.schema.json (schemaVersion, rootCauses, hypotheses, benign, recommendations, input, ...). */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(Diagnosis d) {
        try {
            return JSON.writeValueAsString(d) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diagnosis as JSON", e);
        }
    }

    public static ObjectMapper mapper() { return JSON; }
}
