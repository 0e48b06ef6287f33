package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A normal message, reported so nobody chases it.
 *
 * @param id the benign-finding ID
 * @param tunnel the tunnel (peer address) it was seen on, or null
 * @param summary what it means, in words
 * @param evidence the input lines it rests on
 * @param explanation how the rules concluded it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BenignFinding(String id, String tunnel, String summary, List<EvidenceLine> evidence, ExplanationNode explanation) {}
