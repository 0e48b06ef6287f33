package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.report.Formats;
import vpndoctor.serve.ApiServer;

/**
 * One engine answers many requests (serve, watch, the library): a diagnosis must depend on its own input alone, never
 * on what was diagnosed before in the same JVM, the same Diagnoser or the same worker thread. Every input of a spread
 * of cases (every {@value #STEP}th numbered and real case, and each of those in one wrapper form of its logs, as
 * {@link WrappedLinesKeepTheirVerdictTest} makes them: the same device lines in another envelope are the inputs most
 * alike that a shared memo keyed on text would mix up; session 14's report, {@value #REPORTED}, in its TABS_IN_PREFIX and
 * WRAP_80 forms) is diagnosed alone, first on a thread of its own (no per-thread memo warm), then all of them again one
 * after another in a seeded shuffle on one thread of one Diagnoser, and each straight after every other form of its
 * own case; the JSON reports (without times) must be identical. The same over HTTP: one server with one worker thread
 * (its per-thread state lives across requests, as in a long serve), the inputs posted in order, in a shuffle and in
 * pairs. -Dleak.all=true takes every case (about 7 minutes on a loaded machine, against 1.5 for the spread).
 */
class DiagnosesShareNoStateTest {
    private static final int STEP = 4;
    private static final long SEED = 640;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Session 14's report (its WRAP_80 form after its TABS_IN_PREFIX form lost a benign finding): always taken, in both forms. */
    private static final String REPORTED = "real/ios-healthy-l2l-initiator-debug-peer-deletes-old-sa";

    /** One input: a case's evidence as it is or re-wrapped. */
    record Input(String name, Evidence evidence) {}

    @Test
    void aDiagnosisDependsOnlyOnItsOwnInput() throws Exception {
        List<Input> inputs = inputs();
        assertThat(inputs).as("inputs").hasSizeGreaterThan(100);
        Diagnoser doctor = TestDoctor.get();
        // alone: each on a fresh thread (per-thread memos empty)
        Map<String, String> alone = new LinkedHashMap<>();
        for (Input in : inputs) {
            ExecutorService one = Executors.newSingleThreadExecutor();
            try {
                alone.put(in.name, one.submit(() -> report(doctor, in)).get());
            } finally {
                one.shutdownNow();
            }
        }
        // after others: a seeded shuffle on one thread, and each form of a case straight after its other form
        List<Input> order = shuffled(inputs, SEED);
        Map<String, String> after = new TreeMap<>(), paired = new TreeMap<>();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (Input in : order) after.put(in.name, worker.submit(() -> report(doctor, in)).get());
            for (Input[] p : pairedWithTheirOtherForms(inputs)) {
                worker.submit(() -> report(doctor, p[0])).get();
                paired.put(p[1].name + " after " + p[0].name, worker.submit(() -> report(doctor, p[1])).get());
            }
        } finally {
            worker.shutdownNow();
        }
        List<String> faults = differences(alone, after);
        faults.addAll(differences(alone, paired));
        assertThat(faults).as("reports that changed with what was diagnosed before").isEmpty();
    }

    @Test
    void theHttpServiceAnswersEachRequestAsIfItWereTheFirst() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (Input in : inputs()) if (in.evidence.inputs(Evidence.Kind.OBSERVATIONS).isEmpty() && in.evidence.skipped().isEmpty()) inputs.add(in);
        assertThat(inputs).as("inputs a request can carry").hasSizeGreaterThan(50);
        // one worker thread: its per-thread state lives across every request, as in a long-running serve
        try (ApiServer server = new ApiServer(TestDoctor.get(), null,
                ApiServer.Settings.defaults().withPort(0).withLimits(16 << 20, 120_000, 1)).start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/diagnose");
            Map<String, String> first = new TreeMap<>(), second = new TreeMap<>();
            for (Input in : inputs) first.put(in.name, post(http, uri, in));
            for (Input in : shuffled(inputs, SEED + 1)) second.put(in.name, post(http, uri, in));
            Map<String, String> paired = new TreeMap<>();
            for (Input[] p : pairedWithTheirOtherForms(inputs)) {
                post(http, uri, p[0]);
                paired.put(p[1].name + " after " + p[0].name, post(http, uri, p[1]));
            }
            List<String> faults = differences(first, second);
            faults.addAll(differences(first, paired));
            assertThat(faults).as("HTTP answers that changed with the requests before").isEmpty();
        }
    }

    /** Every {@value #STEP}th case (numbered and real, never real-heldout), as it is and in one wrapper form that changes its logs. */
    static List<Input> inputs() throws IOException {
        boolean all = Boolean.getBoolean("leak.all");
        List<Input> out = new ArrayList<>();
        int k = 0;
        WrapperForm[] forms = WrapperForm.values();
        for (Path dir : CaseExpectation.allCaseFolders(TestDoctor.samples())) {
            String rel = TestDoctor.samples().relativize(dir).toString();
            if (!(Character.isDigit(rel.charAt(0)) || rel.startsWith("real/"))) continue;
            if (!all && k++ % STEP != 0 && !rel.equals(REPORTED)) continue;
            Evidence original = Evidence.fromCaseFolder(dir);
            out.add(new Input(rel, original));
            if (original.inputs(Evidence.Kind.LOG).isEmpty()) continue;
            if (rel.equals(REPORTED)) {
                for (WrapperForm form : new WrapperForm[] {WrapperForm.TABS_IN_PREFIX, WrapperForm.WRAP_80}) {
                    out.add(new Input(rel + " " + form, WrappedLinesKeepTheirVerdictTest.wrap(original, form).evidence()));
                }
                continue;
            }
            // the forms in turn, from a place that moves with the case: a spread of forms over the cases
            for (int f = 0; f < forms.length; f++) {
                WrapperForm form = forms[(out.size() + f) % forms.length];
                WrappedLinesKeepTheirVerdictTest.Wrapped w = WrappedLinesKeepTheirVerdictTest.wrap(original, form);
                if (w != null && w.changed()) {
                    out.add(new Input(rel + " " + form, w.evidence()));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Input> shuffled(List<Input> inputs, long seed) {
        List<Input> order = new ArrayList<>(inputs);
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    /**
     * Every input straight after each other form of its own case (a case's forms are next to each other in inputs()):
     * pairs (before, then), the report of "then" compared.
     */
    private static List<Input[]> pairedWithTheirOtherForms(List<Input> inputs) {
        List<Input[]> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); ) {
            String c = caseOf(inputs.get(i).name);
            int j = i;
            while (j < inputs.size() && caseOf(inputs.get(j).name).equals(c)) j++;
            for (int a = i; a < j; a++) for (int b = i; b < j; b++) if (a != b) out.add(new Input[] {inputs.get(a), inputs.get(b)});
            i = j;
        }
        return out;
    }

    private static String caseOf(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }

    /** The JSON report as a user gets it, without what measures the run rather than the input (times). */
    static String report(Diagnoser doctor, Input in) throws IOException {
        return withoutTimes(Formats.render(doctor.diagnose(in.evidence), Formats.Format.JSON, false, false));
    }

    static String withoutTimes(String json) throws IOException {
        JsonNode n = JSON.readTree(json);
        strip(n);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove(List.of("elapsedMs", "durationMs", "millis", "tookMs", "timing", "timings"));
            o.forEach(DiagnosesShareNoStateTest::strip);
        } else if (n.isArray()) {
            n.forEach(DiagnosesShareNoStateTest::strip);
        }
    }

    private static String post(HttpClient http, URI uri, Input in) throws Exception {
        String boundary = "----vpn-doctor-leak-640";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Evidence.Input i : in.evidence.inputs()) {
            String field = switch (i.kind()) {
                case LOG -> "log";
                case LOCAL_CONFIG -> "config";
                case PEER_CONFIG -> "peer-config";
                case OBSERVATIONS -> throw new IllegalStateException("not a request's part");
            };
            byte[] bytes;
            try (InputStream s = i.open()) {
                bytes = s.readAllBytes();
            }
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + i.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(bytes);
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + withoutTimes(r.body());
    }

    /** The inputs whose reports differ, each with its first differing line. */
    private static List<String> differences(Map<String, String> want, Map<String, String> got) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : got.entrySet()) {
            String name = e.getKey(), g = e.getValue();
            int after = name.indexOf(" after ");
            String w = want.get(after < 0 ? name : name.substring(0, after));
            if (g.equals(w)) continue;
            String[] a = w == null ? new String[0] : w.split("\n"), c = g.split("\n");
            int i = 0;
            while (i < a.length && i < c.length && a[i].equals(c[i])) i++;
            out.add(name + " line " + (i + 1) + ":\n    alone " + (i < a.length ? a[i].trim() : "(end)") + "\n    after " + (i < c.length ? c[i].trim() : "(end)"));
        }
        return out;
    }
}
