package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A root cause or hypothesis about one tunnel: confidence, what it means, how to fix it on this
 * platform, the next command to run when evidence is thin, the lines it rests on, and the
 * explanation tree. A ruled-out hypothesis carries the reasons (whyNot). refines: for a root
 * cause, the general cause it refines when that one was proven on the same tunnel too (the
 * refinement policy: the parent is not a separate root cause, it is shown here); else null.
 *
 * @param id the cause ID (see the catalogue, catalog/root-causes.tsv)
 * @param confidence the combined weight of the support, 0..1 (a root cause has at least 0.5)
 * @param tunnel the tunnel it is about: the peer address, or "peer@device" when several logging devices talk to that peer
 * @param platform the platform the remediation is written for
 * @param summary what the cause means, in words
 * @param remediation how to fix it on this platform
 * @param nextCommands commands whose output would confirm or rule it out
 * @param supportedBy the rules' reasons for it
 * @param ruledOut whether evidence against it wins
 * @param whyNot for a ruled-out hypothesis, the reasons against
 * @param evidence the input lines it rests on
 * @param explanation how the rules concluded it
 * @param refines the proven general cause this one refines, or null
 * @param change (1.2) the device the remediation is for (a rule's FixSide, else "either side"); null when there is no remediation
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(String id, double confidence, String tunnel, String platform, String summary,
                      List<String> remediation, List<String> nextCommands, List<String> supportedBy,
                      boolean ruledOut, List<String> whyNot, List<EvidenceLine> evidence, ExplanationNode explanation,
                      Finding refines, Change change) {

    /**
     * A finding without a device to change named.
     *
     * @param id the cause ID
     * @param confidence the combined weight of the support, 0..1
     * @param tunnel the tunnel it is about: the peer address, or "peer@device" when several logging devices talk to that peer
     * @param platform the platform the remediation is written for
     * @param summary what the cause means, in words
     * @param remediation how to fix it on this platform
     * @param nextCommands commands whose output would confirm or rule it out
     * @param supportedBy the rules' reasons for it
     * @param ruledOut whether evidence against it wins
     * @param whyNot for a ruled-out hypothesis, the reasons against
     * @param evidence the input lines it rests on
     * @param explanation how the rules concluded it
     * @param refines the proven general cause this one refines, or null
     */
    public Finding(String id, double confidence, String tunnel, String platform, String summary,
                   List<String> remediation, List<String> nextCommands, List<String> supportedBy,
                   boolean ruledOut, List<String> whyNot, List<EvidenceLine> evidence, ExplanationNode explanation,
                   Finding refines) {
        this(id, confidence, tunnel, platform, summary, remediation, nextCommands, supportedBy, ruledOut, whyNot, evidence, explanation, refines, null);
    }

    /**
     * A finding that refines nothing proven.
     *
     * @param id the cause ID
     * @param confidence the combined weight of the support, 0..1
     * @param tunnel the tunnel it is about: the peer address, or "peer@device" when several logging devices talk to that peer
     * @param platform the platform the remediation is written for
     * @param summary what the cause means, in words
     * @param remediation how to fix it on this platform
     * @param nextCommands commands whose output would confirm or rule it out
     * @param supportedBy the rules' reasons for it
     * @param ruledOut whether evidence against it wins
     * @param whyNot for a ruled-out hypothesis, the reasons against
     * @param evidence the input lines it rests on
     * @param explanation how the rules concluded it
     */
    public Finding(String id, double confidence, String tunnel, String platform, String summary,
                   List<String> remediation, List<String> nextCommands, List<String> supportedBy,
                   boolean ruledOut, List<String> whyNot, List<EvidenceLine> evidence, ExplanationNode explanation) {
        this(id, confidence, tunnel, platform, summary, remediation, nextCommands, supportedBy, ruledOut, whyNot, evidence, explanation, null);
    }

    /**
     * The same finding, saying which proven general cause it refines.
     *
     * @param parent the general cause
     * @return a copy with refines set
     */
    public Finding withRefines(Finding parent) {
        return new Finding(id, confidence, tunnel, platform, summary, remediation, nextCommands, supportedBy, ruledOut, whyNot,
                evidence, explanation, parent, change);
    }

    /**
     * The evidence lines a person reads first: the decisive ones (all lines when none is marked).
     *
     * @return the lines whose role is not "context"
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public List<EvidenceLine> decisiveEvidence() {
        List<EvidenceLine> d = evidence.stream().filter(e -> !e.isContext()).toList();
        return d.isEmpty() ? evidence : d;
    }
}
