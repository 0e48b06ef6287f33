package vpndoctor;

import java.util.ArrayList;
import java.util.List;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;
import vpndoctor.result.InputSummary;

/** A hand-made diagnosis for unit tests of the case check and the scoring: root causes and hypotheses as "ID@tunnel:confidence". */
public final class FakeDiagnosis {
    private FakeDiagnosis() {}

    public static Diagnosis of(List<String> roots, List<String> hyps) {
        return new Diagnosis(findings(roots), findings(hyps), List.of(), List.of(), List.of(),
                new InputSummary(10, 10, 0, 0, 0, List.of(), List.of("fake.log"), 0, 0), List.of(), List.of(), List.of());
    }

    public static Diagnosis roots(String... roots) { return of(List.of(roots), List.of()); }

    public static Finding finding(String spec) {
        String id = spec.substring(0, spec.indexOf('@'));
        String tunnel = spec.substring(spec.indexOf('@') + 1, spec.indexOf(':'));
        double c = Double.parseDouble(spec.substring(spec.indexOf(':') + 1));
        return new Finding(id, c, tunnel, "ASA", "", List.of(), List.of(), List.of(), false, List.of(), List.of(),
                new ExplanationNode("RootCause", id, null, List.of(), List.of()));
    }

    private static List<Finding> findings(List<String> specs) {
        List<Finding> out = new ArrayList<>();
        for (String s : specs) out.add(finding(s));
        return out;
    }
}
