package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A node of the explanation graph: a fact, and for a derived fact every rule firing that
 * concluded it with the facts that firing matched (down to input lines, which carry evidence).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExplanationNode(String type, String fact, String id, List<EvidenceLine> evidence, List<Derivation> derivedBy) {
    /** One rule firing behind a fact. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Derivation(String rule, String description, List<ExplanationNode> from) {}

    public boolean isInput() { return derivedBy == null || derivedBy.isEmpty(); }
}
