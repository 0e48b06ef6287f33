package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A node of the explanation graph: a fact, and for a derived fact every rule firing that
 * concluded it with the facts that firing matched (down to input lines, which carry evidence).
 *
 * @param type the fact's type (its simple class name)
 * @param fact the fact, described in words
 * @param id the ID of an input fact (null for a derived one)
 * @param evidence for an input fact, the lines it was read from
 * @param derivedBy for a derived fact, the rule firings that concluded it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExplanationNode(String type, String fact, String id, List<EvidenceLine> evidence, List<Derivation> derivedBy) {
    /**
     * One rule firing behind a fact.
     *
     * @param rule the rule's name
     * @param description the rule's description
     * @param from the facts the firing matched
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Derivation(String rule, String description, List<ExplanationNode> from) {}

    /**
     * Whether this fact was read from the input rather than concluded.
     *
     * @return true when no rule firing derived it
     */
    public boolean isInput() { return derivedBy == null || derivedBy.isEmpty(); }
}
