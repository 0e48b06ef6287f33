package vpndoctor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.engine.Engine;
import vpndoctor.monitor.Monitor;
import vpndoctor.report.Formats;

/** The API over real HTTP on 127.0.0.1 (an ephemeral port), each response checked against docs/openapi.json. */
class ApiServerTest {
    static final Path CASE = Path.of("facts-samples/048-asa-psk-mismatch");
    static final ObjectMapper JSON = new ObjectMapper();
    static Diagnoser doctor;
    static Monitor monitor;
    static ApiServer server;
    static HttpClient http;
    static JsonNode openapi;

    @BeforeAll
    static void start() throws Exception {
        doctor = vpndoctor.TestDoctor.get();   // the run's one rule base: a static one per class stays reachable for the whole run
        monitor = Monitor.builder(doctor).build();
        server = new ApiServer(doctor, monitor, ApiServer.Settings.defaults().withPort(0).withLimits(1 << 20, 60_000, 4)).start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        openapi = JSON.readTree(Files.readString(Path.of("docs/openapi.json")));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static URI uri(String path) { return URI.create("http://127.0.0.1:" + server.port() + path); }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart body: parts as {field, filename, bytes}. */
    record Part(String field, String filename, byte[] bytes) {}

    static final String BOUNDARY = "----vpn-doctor-test-7f3a";

    static byte[] multipart(List<Part> parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Part p : parts) {
            b.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"; filename=\"" + p.filename()
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(p.bytes());
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** Validates a response body against the schema the OpenAPI document gives for that path, method and status. */
    static void conforms(String path, String method, HttpResponse<String> r) throws Exception {
        JsonNode op = openapi.path("paths").path(path).path(method);
        assertThat(op.isMissingNode()).as("%s %s documented", method, path).isFalse();
        JsonNode resp = op.path("responses").path(Integer.toString(r.statusCode()));
        assertThat(resp.isMissingNode()).as("status %d of %s %s documented", r.statusCode(), method, path).isFalse();
        if (resp.has("$ref")) resp = resolve(resp.get("$ref").asText());
        JsonNode schema = resp.path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).isFalse();
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        var doc = JSON.createObjectNode();
        doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        doc.setAll((com.fasterxml.jackson.databind.node.ObjectNode) schema.deepCopy());
        doc.set("components", openapi.get("components"));
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(doc);
        Set<ValidationMessage> errors = s.validate(JSON.readTree(r.body()));
        assertThat(errors).as("%s %s %d: %s", method, path, r.statusCode(), r.body()).isEmpty();
    }

    static JsonNode resolve(String ref) {
        JsonNode n = openapi;
        for (String part : ref.substring(2).split("/")) n = n.path(part);
        return n;
    }

    @Test
    void theOpenApiDocumentIsServedAndEveryReferenceResolves() throws Exception {
        HttpResponse<String> r = get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body())).isEqualTo(openapi);
        assertThat(openapi.path("openapi").asText()).startsWith("3.1");
        List<String> refs = new ArrayList<>();
        openapi.findValues("$ref").forEach(v -> refs.add(v.asText()));
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(resolve(ref).isMissingNode()).as(ref).isFalse());
        // the schemas themselves are valid JSON Schema 2020-12: the meta-schema accepts them
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(URI.create("https://json-schema.org/draft/2020-12/schema"));
        openapi.path("components").path("schemas").fields().forEachRemaining(e ->
                assertThat(meta.validate(e.getValue())).as(e.getKey()).isEmpty());
        openapi.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m ->
                assertThat(m.getValue().has("responses")).as(p.getKey() + " " + m.getKey()).isTrue()));
    }

    @Test
    void healthAndRules() throws Exception {
        HttpResponse<String> h = get("/health");
        assertThat(h.statusCode()).isEqualTo(200);
        conforms("/health", "get", h);
        HttpResponse<String> r = get("/v1/rules");
        assertThat(r.statusCode()).isEqualTo(200);
        conforms("/v1/rules", "get", r);
        assertThat(JSON.readTree(r.body()).get("ruleSet").asText()).isEqualTo(ApiServer.ruleSetId(Engine.of(doctor).ruleFiles()));
    }

    @Test
    void diagnoseMultipartAnswersTheCliJsonWithSecretsMasked() throws Exception {
        byte[] log = Files.readAllBytes(CASE.resolve("asa.log"));
        String local = Files.readString(CASE.resolve("local.cfg")) + "\ncrypto isakmp key SuperSecret123 address 203.0.113.250\n";
        byte[] peer = Files.readAllBytes(CASE.resolve("peer.cfg"));
        HttpResponse<String> r = post("/v1/diagnose", MULTIPART, multipart(List.of(new Part("log", "asa.log", log),
                new Part("config", "local.cfg", local.getBytes(StandardCharsets.UTF_8)), new Part("peer-config", "peer.cfg", peer))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        conforms("/v1/diagnose", "post", r);
        Evidence same = Evidence.builder().log("asa.log", log).localConfig("local.cfg", local).peerConfig("peer.cfg", new String(peer, StandardCharsets.UTF_8)).build();
        assertThat(r.body()).isEqualTo(Formats.render(doctor.diagnose(same), Formats.Format.JSON, false, false));
        assertThat(JSON.readTree(r.body()).get("rootCauses").get(0).get("id").asText()).isEqualTo("PSK_MISMATCH");
        assertThat(r.body()).doesNotContain("SuperSecret123");
    }

    @Test
    void diagnoseJsonBodyAndPredict() throws Exception {
        String log = Files.readString(CASE.resolve("asa.log"));
        String body = JSON.writeValueAsString(Map.of("logs", List.of(Map.of("name", "asa.log", "text", log))));
        HttpResponse<String> r = post("/v1/diagnose", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        conforms("/v1/diagnose", "post", r);
        assertThat(r.body()).isEqualTo(Formats.render(doctor.diagnose(Evidence.builder().log("asa.log", log).build()), Formats.Format.JSON, false, false));

        Path tcase = Path.of("facts-samples/053-asa-transform-set-mismatch");
        String cfg = JSON.writeValueAsString(Map.of("config", Files.readString(tcase.resolve("local.cfg"))));
        HttpResponse<String> p = post("/v1/predict", "application/json", cfg.getBytes(StandardCharsets.UTF_8));
        assertThat(p.statusCode()).as(p.body()).isEqualTo(200);
        conforms("/v1/predict", "post", p);
        HttpResponse<String> withLog = post("/v1/predict", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(withLog.statusCode()).isEqualTo(400);
        conforms("/v1/predict", "post", withLog);
        assertThat(JSON.readTree(withLog.body()).get("error").asText()).isEqualTo("logs_not_allowed");
    }

    @Test
    void clearErrorsInJson() throws Exception {
        record Case(HttpResponse<String> r, int status, String code, String path, String method) {}
        List<Case> cases = List.of(
                new Case(post("/v1/diagnose", "text/plain", "x".getBytes()), 415, "unsupported_media_type", "/v1/diagnose", "post"),
                new Case(post("/v1/diagnose", "application/json", "{not json".getBytes()), 400, "bad_json", "/v1/diagnose", "post"),
                new Case(post("/v1/diagnose", "application/json", "{\"log\": []}".getBytes()), 400, "unknown_field", "/v1/diagnose", "post"),
                new Case(post("/v1/diagnose", "application/json", "{}".getBytes()), 400, "no_evidence", "/v1/diagnose", "post"),
                new Case(post("/v1/diagnose", MULTIPART, multipart(List.of(new Part("other", "x", "y".getBytes())))), 400, "unknown_part", "/v1/diagnose", "post"),
                new Case(post("/v1/diagnose", "application/json", new byte[(1 << 20) + 10]), 413, "body_too_large", "/v1/diagnose", "post"),
                new Case(get("/v1/tunnels/198.51.100.99"), 404, "unknown_tunnel", "/v1/tunnels/{peer}", "get"));
        for (Case c : cases) {
            assertThat(c.r().statusCode()).as(c.r().body()).isEqualTo(c.status());
            assertThat(JSON.readTree(c.r().body()).get("error").asText()).isEqualTo(c.code());
            conforms(c.path(), c.method(), c.r());
        }
        HttpResponse<String> nf = get("/nothing-here");
        assertThat(nf.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(nf.body()).get("error").asText()).isEqualTo("not_found");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(uri("/v1/diagnose")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void tunnelsFromTheMonitor() throws Exception {
        for (String l : Files.readAllLines(CASE.resolve("asa.log"))) monitor.feed(l, java.time.Instant.now());
        monitor.flush();
        HttpResponse<String> all = get("/v1/tunnels");
        assertThat(all.statusCode()).isEqualTo(200);
        conforms("/v1/tunnels", "get", all);
        JsonNode ts = JSON.readTree(all.body()).get("tunnels");
        assertThat(ts.size()).isPositive();
        String peer = ts.get(0).get("tunnel").asText();
        HttpResponse<String> one = get("/v1/tunnels/" + peer);
        assertThat(one.statusCode()).isEqualTo(200);
        conforms("/v1/tunnels/{peer}", "get", one);
        assertThat(JSON.readTree(one.body()).get("state").asText()).isEqualTo("fault");
        assertThat(JSON.readTree(one.body()).get("rootCauses").get(0).get("id").asText()).isEqualTo("PSK_MISMATCH");
    }

    @Test
    void bearerTokenAndNoWatch() throws Exception {
        try (ApiServer locked = new ApiServer(doctor, null, ApiServer.Settings.defaults().withPort(0).withToken("s3cret")).start()) {
            URI rules = URI.create("http://127.0.0.1:" + locked.port() + "/v1/rules");
            HttpResponse<String> no = http.send(HttpRequest.newBuilder(rules).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(no.statusCode()).isEqualTo(401);
            assertThat(no.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(rules).header("Authorization", "Bearer nope").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(rules).header("Authorization", "Bearer s3cret").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + locked.port() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> tunnels = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + locked.port() + "/v1/tunnels"))
                    .header("Authorization", "Bearer s3cret").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tunnels.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(tunnels.body()).get("error").asText()).isEqualTo("no_watch");
        }
    }

    @Test
    void loadEightClientsFiveHundredRequestsEachWithoutError() throws Exception {
        String log = Files.readString(CASE.resolve("asa.log"));
        byte[] body = JSON.writeValueAsBytes(Map.of("logs", List.of(Map.of("name", "asa.log", "text", log))));
        int clients = 8, each = 500;
        long[] nanos = new long[clients * each];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int base = c * each;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long s = System.nanoTime();
                        try {
                            HttpResponse<String> r = post("/v1/diagnose", "application/json", body);
                            if (r.statusCode() != 200 || !r.body().contains("PSK_MISMATCH")) errors.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        nanos[base + i] = System.nanoTime() - s;
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("load: %d clients x %d POST /v1/diagnose (%d-line log) in %.1f s = %.0f req/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d cores%n",
                clients, each, log.lines().count(), wall, clients * each / wall, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6, Runtime.getRuntime().availableProcessors());
        assertThat(errors.get()).isZero();
    }
}
