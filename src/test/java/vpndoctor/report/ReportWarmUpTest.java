package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;
import vpndoctor.result.InputSummary;
import vpndoctor.result.Tool;

/**
 * The report's writer set up ahead of time (ReportWarmUp) writes the same bytes as one set up by the
 * first write: for every sample case, JSON and JSON Lines from a fresh mapper and from a warmed one are equal.
 */
class ReportWarmUpTest {
    @Test
    void theWarmUpReachesEveryRecordOfTheReport() {
        assertThat(ReportWarmUp.reachableRecords(Diagnosis.class))
                .contains(Diagnosis.class, Finding.class, ExplanationNode.class, EvidenceLine.class, InputSummary.class, Tool.class);
    }

    @Test
    void theWarmUpMakesTheSerializersBeforeTheFirstWrite() {
        ObjectMapper fresh = JsonReport.newMapper();
        ObjectMapper warmed = JsonReport.newMapper();
        ReportWarmUp.warm(warmed, Diagnosis.class);
        assertThat(cached(fresh)).isZero();
        assertThat(cached(warmed))
                .isGreaterThanOrEqualTo(ReportWarmUp.reachableRecords(Diagnosis.class).size());
    }

    private static int cached(ObjectMapper m) {
        return ((com.fasterxml.jackson.databind.ser.DefaultSerializerProvider) m.getSerializerProvider()).cachedSerializersCount();
    }

    /**
     * JSON and JSON Lines of d from a fresh mapper and from a warmed one are equal (JsonContractTest
     * calls this for every sample case, with the diagnosis it makes anyway).
     */
    static void assertWarmedWritesTheSameBytes(Diagnosis d) {
        ObjectMapper warmedJson = JsonReport.newMapper();
        ReportWarmUp.warm(warmedJson, Diagnosis.class);
        assertThat(JsonReport.render(warmedJson, d)).isEqualTo(JsonReport.render(JsonReport.newMapper(), d));
        ObjectMapper warmedLines = JsonLinesReport.newMapper();
        ReportWarmUp.warm(warmedLines, JsonLinesReport.TunnelLine.class, JsonLinesReport.SummaryLine.class, Diagnosis.class);
        StringWriter a = new StringWriter(), b = new StringWriter();
        JsonLinesReport.write(warmedLines, d, a);
        JsonLinesReport.write(JsonLinesReport.newMapper(), d, b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }
}
