package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A root cause or hypothesis about one tunnel: confidence, what it means, how to fix it on this
 * platform, the next command to run when evidence is thin, the lines it rests on, and the
 * explanation tree. A ruled-out hypothesis carries the reasons (whyNot).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(String id, double confidence, String tunnel, String platform, String summary,
                      List<String> remediation, List<String> nextCommands, List<String> supportedBy,
                      boolean ruledOut, List<String> whyNot, List<EvidenceLine> evidence, ExplanationNode explanation) {
}
