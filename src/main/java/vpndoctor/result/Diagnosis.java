package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of one diagnosis. rootCauses is the verdict (confidence >= 0.5, highest first);
 * hypotheses holds candidates below that and ruled-out ones; benign the normal messages.
 * devices: the devices whose configs were read (hostname, platform); tool: version and rule set.
 * The JSON shape is docs/schema/diagnosis.schema.json, versioned by {@link #SCHEMA_VERSION}.
 *
 * @param rootCauses the verdict: causes with confidence at least 0.5, highest first
 * @param hypotheses candidates below 0.5, and ruled-out ones (with whyNot)
 * @param benign normal messages, reported so nobody chases them
 * @param recommendations next commands worth running
 * @param tunnels the tunnels (peer addresses) the evidence speaks of
 * @param input what was read, used and skipped
 * @param unrecognized VPN-looking lines no parser understood
 * @param notes remarks about the input (e.g. a config read with another platform's parser)
 * @param ruleErrors compile errors of rule files left out, and errors met while firing
 * @param devices (1.2) the devices whose configs were read, ours first
 * @param tool (1.2) the tool's version and the rule set that made the diagnosis
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "rootCauses", "hypotheses", "benign", "recommendations", "tunnels", "input", "unrecognized", "notes", "ruleErrors", "devices", "tool"})
public record Diagnosis(List<Finding> rootCauses, List<Finding> hypotheses, List<BenignFinding> benign,
                        List<Advice> recommendations, List<String> tunnels, InputSummary input,
                        List<Unrecognized> unrecognized, List<String> notes, List<String> ruleErrors,
                        List<Device> devices, Tool tool) {

    /**
     * A diagnosis with no device named and no tool identity.
     *
     * @param rootCauses the verdict
     * @param hypotheses candidates below 0.5, and ruled-out ones
     * @param benign normal messages
     * @param recommendations next commands worth running
     * @param tunnels the tunnels the evidence speaks of
     * @param input what was read, used and skipped
     * @param unrecognized VPN-looking lines no parser understood
     * @param notes remarks about the input
     * @param ruleErrors errors of the rules used
     */
    public Diagnosis(List<Finding> rootCauses, List<Finding> hypotheses, List<BenignFinding> benign,
                     List<Advice> recommendations, List<String> tunnels, InputSummary input,
                     List<Unrecognized> unrecognized, List<String> notes, List<String> ruleErrors) {
        this(rootCauses, hypotheses, benign, recommendations, tunnels, input, unrecognized, notes, ruleErrors, List.of(), null);
    }

    /**
     * The version of the JSON contract (docs/schema/diagnosis.schema.json): within one major version
     * only additions (a new optional field, a new ID); anything else raises the major version.
     */
    public static final String SCHEMA_VERSION = "1.3";

    /**
     * The contract version, written first in the JSON.
     *
     * @return {@link #SCHEMA_VERSION}
     */
    @JsonProperty("schemaVersion")
    public String schemaVersion() { return SCHEMA_VERSION; }

    /**
     * The device on one side, if its config was read.
     *
     * @param side "local" or "peer"
     * @return the device, or empty
     */
    public java.util.Optional<Device> device(String side) {
        return devices == null ? java.util.Optional.empty() : devices.stream().filter(d -> d.side().equals(side)).findFirst();
    }

    /**
     * IDs of the verdict, for quick checks.
     *
     * @return the root-cause IDs, sorted
     */
    @JsonIgnore
    public Set<String> rootCauseIds() {
        Set<String> ids = new TreeSet<>();
        rootCauses.forEach(f -> ids.add(f.id()));
        return ids;
    }

    /**
     * IDs of the benign findings.
     *
     * @return the benign IDs, sorted
     */
    @JsonIgnore
    public Set<String> benignIds() {
        Set<String> ids = new TreeSet<>();
        benign.forEach(f -> ids.add(f.id()));
        return ids;
    }
}
