package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.model.Observation;

/** A JSON file can only ever produce Observation facts: no polymorphic typing, whatever it asks for. */
class JsonTrustTest {
    @Test
    void classFieldsInTheJsonProduceOnlyObservations() throws Exception {
        Path json = BadInputs.file("polymorphic.json");
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().observations(json).build());
        assertThat(loaded.facts()).isNotEmpty().allSatisfy(f -> assertThat(f).isExactlyInstanceOf(Observation.class));
        assertThat(loaded.facts()).extracting(f -> ((Observation) f).getKind()).containsExactly("TUNNEL_NEVER_UP", "TRAFFIC_NOT_PASSING");
        String reasons = loaded.accounting().getSkipped().toString();
        assertThat(reasons).contains("unknown field \"@class\"", "observations[1]: expected an object with a text \"kind\"", "unknown field \"@type\"");
        assertThat(Files.exists(Path.of("/tmp/pwned"))).isFalse();
    }

    @Test
    void theObservationMapperHasNoDefaultTyping() throws Exception {
        Class<?> reader = Class.forName("vpndoctor.engine.ObservationReader");
        Field f = reader.getDeclaredField("JSON");
        f.setAccessible(true);
        ObjectMapper mapper = (ObjectMapper) f.get(null);
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).as("default typing").isNull();
        assertThat(mapper.getPolymorphicTypeValidator()).isNotNull();
        // the tree model is all it reads: an @class value stays plain text
        assertThat(mapper.readTree("{\"@class\":\"java.lang.ProcessBuilder\"}").get("@class").isTextual()).isTrue();
    }
}
