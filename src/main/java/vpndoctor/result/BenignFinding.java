package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A normal message, reported so nobody chases it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BenignFinding(String id, String tunnel, String summary, List<EvidenceLine> evidence, ExplanationNode explanation) {}
