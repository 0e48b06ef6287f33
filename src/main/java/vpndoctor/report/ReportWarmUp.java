package vpndoctor.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import vpndoctor.result.Diagnosis;

/**
 * Sets up a JSON report's writer on the spare core while the rules fire. After the last line of a large
 * input one thread fires the rules, assembles and writes, and the other core has little to do; Jackson's
 * first write of a diagnosis spends ~0.15 s making its mapper and a serializer for every record type
 * (introspection, annotations, reflection), all of it on that one thread. Here the mapper is made and
 * asked for a serializer of each record the report can hold, which Jackson caches in the mapper: the
 * report then finds them made. The bytes written are the same (ReportWarmUpTest); only the time the
 * set-up is done moves.
 */
public final class ReportWarmUp {
    private ReportWarmUp() {}

    /** Starts setting up the writer of this format in the background (JSON and JSON Lines; others have none). */
    public static void start(Formats.Format format) {
        if (format != Formats.Format.JSON && format != Formats.Format.JSONL) return;
        Thread t = new Thread(() -> {
            try {
                if (format == Formats.Format.JSON) warm(JsonReport.mapper(), Diagnosis.class);
                else warm(JsonLinesReport.mapper(), JsonLinesReport.TunnelLine.class, JsonLinesReport.SummaryLine.class, Diagnosis.class);
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                // a head start only: the report makes whatever is missing itself (and a full heap is the
                // main thread's to report, not a stack trace of this one's)
            }
        }, "vpn-doctor-report-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Asks json for a serializer of each root and of every record type reachable from them. */
    static void warm(ObjectMapper json, Class<?>... roots) {
        for (Class<?> c : reachableRecords(roots)) json.canSerialize(c);
    }

    /** The roots and the record types their components name (also as type arguments: List&lt;Finding&gt;), transitively. */
    static Set<Class<?>> reachableRecords(Class<?>... roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Class<?> r : roots) visit(r, seen);
        return seen;
    }

    private static void visit(Type t, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) visit(a, seen);
        } else if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) visit(rc.getGenericType(), seen);
        }
    }
}
