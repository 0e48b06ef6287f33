package vpndoctor.engine;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import vpndoctor.TestDoctor;
import vpndoctor.report.JsonLinesReport;
import vpndoctor.result.Diagnosis;

/** One batched run's JSON Lines report and the shape memo it used (null when off): the memo tests compare on and off. */
record MemoRun(String jsonl, ShapeMemo memo) {
    static MemoRun of(LoadedEvidence loaded, int perBatch, int threads, boolean memo) {
        StringWriter w = new StringWriter();
        List<Diagnosis> parts = new ArrayList<>();
        ShapeMemo[] seen = {null};
        Diagnosis summary = TunnelBatches.run(Engine.of(TestDoctor.get()), loaded, perBatch, threads, parts::add, false, memo, m -> seen[0] = m);
        int n = 0;
        for (Diagnosis d : parts) n += JsonLinesReport.writeTunnels(d, w);
        JsonLinesReport.writeSummary(summary, n, w);
        return new MemoRun(w.toString(), seen[0]);
    }
}
