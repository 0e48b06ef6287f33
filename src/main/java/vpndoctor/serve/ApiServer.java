package vpndoctor.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.engine.Engine;
import vpndoctor.engine.RuleFile;
import vpndoctor.monitor.Monitor;
import vpndoctor.report.Formats;
import vpndoctor.result.Diagnosis;
import vpndoctor.watch.ChangeFormat;

/**
 * The HTTP API (Undertow): diagnose and predict answer the JSON the CLI prints; tunnels shows what
 * a watch fed to the monitor knows; health, rules and the OpenAPI document describe the service.
 * Bounded: body size, time per diagnosis, diagnoses at once (a request waits for a slot as long as
 * its time allows, then gets 429). Loopback unless told otherwise; an optional bearer token.
 */
public final class ApiServer implements AutoCloseable {
    static final String OPENAPI_RESOURCE = "/vpndoctor-api/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpString WWW_AUTH = new HttpString("WWW-Authenticate");

    private final Diagnoser doctor;
    private final Monitor monitor;
    private final Settings s;
    private final Semaphore slots;
    private final ExecutorService work;
    private final String ruleSetId;
    private Undertow server;
    private int port;

    /** Limits and binding. */
    public record Settings(String bind, int port, String token, long maxBodyBytes, long timeoutMillis, int maxConcurrent) {
        public static Settings defaults() { return new Settings("127.0.0.1", 8080, null, 10L << 20, 30_000, 4); }
        public Settings withPort(int p) { return new Settings(bind, p, token, maxBodyBytes, timeoutMillis, maxConcurrent); }
        public Settings withBind(String b) { return new Settings(b, port, token, maxBodyBytes, timeoutMillis, maxConcurrent); }
        public Settings withToken(String t) { return new Settings(bind, port, t, maxBodyBytes, timeoutMillis, maxConcurrent); }
        public Settings withLimits(long body, long timeout, int concurrent) { return new Settings(bind, port, token, body, timeout, concurrent); }
    }

    /** monitor: the one a watch feeds, or null (then /v1/tunnels answers 404). */
    public ApiServer(Diagnoser doctor, Monitor monitor, Settings settings) {
        this.doctor = Objects.requireNonNull(doctor);
        this.monitor = monitor;
        this.s = Objects.requireNonNull(settings);
        this.slots = new Semaphore(settings.maxConcurrent(), true);
        this.work = Executors.newFixedThreadPool(settings.maxConcurrent(), r -> {
            Thread t = new Thread(r, "vpn-doctor-diagnose");
            t.setDaemon(true);
            return t;
        });
        this.ruleSetId = ruleSetId(Engine.of(doctor).ruleFiles());
    }

    public ApiServer start() {
        RoutingHandler routes = new RoutingHandler()
                .get("/health", ex -> send(ex, 200, Map.of("status", "ok")))
                .get("/openapi.json", this::openapi)
                .get("/v1/rules", ex -> send(ex, 200, rules()))
                .post("/v1/diagnose", blocking(ex -> diagnose(ex, true)))
                .post("/v1/predict", blocking(ex -> diagnose(ex, false)))
                .get("/v1/tunnels", this::tunnels)
                .get("/v1/tunnels/{peer}", this::tunnel)
                .setFallbackHandler(ex -> send(ex, 404, error("not_found", "no such resource: " + ex.getRequestPath())))
                .setInvalidMethodHandler(ex -> send(ex, 405, error("method_not_allowed", ex.getRequestMethod() + " is not allowed on " + ex.getRequestPath())));
        HttpHandler root = ex -> {
            try {
                if (s.token() != null && !ex.getRequestPath().equals("/health") && !authorized(ex)) {
                    ex.getResponseHeaders().put(WWW_AUTH, "Bearer");
                    send(ex, 401, error("unauthorized", "a bearer token is required (Authorization: Bearer ...)"));
                    return;
                }
                long len = ex.getRequestContentLength();
                if (len > s.maxBodyBytes()) {
                    send(ex, 413, error("body_too_large", "the body is larger than " + s.maxBodyBytes() + " bytes"));
                    return;
                }
                routes.handleRequest(ex);
            } catch (ApiError e) {
                send(ex, e.status, error(e.code, e.getMessage()));
            }
        };
        server = Undertow.builder()
                .addHttpListener(s.port(), s.bind())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, s.maxBodyBytes() + 64 * 1024) // multipart framing on top
                .setServerOption(UndertowOptions.MULTIPART_MAX_ENTITY_SIZE, s.maxBodyBytes() + 64 * 1024)
                .setIoThreads(2)
                .setWorkerThreads(Math.max(8, s.maxConcurrent() * 2))
                .setHandler(root)
                .build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        return this;
    }

    public int port() { return port; }

    private static HttpHandler blocking(HttpHandler h) {
        return new BlockingHandler(ex -> {
            try {
                h.handleRequest(ex);
            } catch (ApiError e) {
                send(ex, e.status, error(e.code, e.getMessage()));
            }
        });
    }

    private boolean authorized(HttpServerExchange ex) {
        String h = ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        return MessageDigest.isEqual(h.substring(7).trim().getBytes(StandardCharsets.UTF_8), s.token().getBytes(StandardCharsets.UTF_8));
    }

    private void diagnose(HttpServerExchange ex, boolean logsAllowed) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(s.timeoutMillis());
        Evidence e = RequestEvidence.read(ex, s.maxBodyBytes(), logsAllowed);
        if (!slots.tryAcquire(s.timeoutMillis(), TimeUnit.MILLISECONDS)) {
            ex.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
            send(ex, 429, error("busy", s.maxConcurrent() + " diagnoses are running; try again"));
            return;
        }
        Diagnosis d;
        try {
            Future<Diagnosis> f = work.submit(() -> doctor.diagnose(e));
            try {
                d = f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException t) {
                f.cancel(true);
                send(ex, 503, error("timeout", "the diagnosis took longer than " + s.timeoutMillis() + " ms"));
                return;
            } catch (ExecutionException x) {
                throw x.getCause() instanceof Exception c ? c : new RuntimeException(x.getCause());
            }
        } finally {
            slots.release();
        }
        if (d.input().sources().isEmpty()) {
            send(ex, 422, error("unusable_input", "none of the inputs could be read: " + d.input().skipped()));
            return;
        }
        // the CLI's JSON report, as is: the same masking of secrets, the same fields
        sendRaw(ex, 200, Formats.render(d, Formats.Format.JSON, false, false));
    }

    private void tunnels(HttpServerExchange ex) {
        if (monitor == null) throw new ApiError(404, "no_watch", "this server watches no logs: start it with serve --watch FILE");
        List<Map<String, Object>> all = monitor.tunnels().stream().map(ApiServer::tunnelJson).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tunnels", all);
        send(ex, 200, m);
    }

    private void tunnel(HttpServerExchange ex) {
        if (monitor == null) throw new ApiError(404, "no_watch", "this server watches no logs: start it with serve --watch FILE");
        String peer = ex.getQueryParameters().get("peer").getFirst();
        Monitor.TunnelView v = monitor.tunnel(peer);
        if (v == null) throw new ApiError(404, "unknown_tunnel", "no tunnel " + peer + " in the window");
        send(ex, 200, tunnelJson(v));
    }

    static Map<String, Object> tunnelJson(Monitor.TunnelView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tunnel", v.tunnel());
        m.put("state", !v.rootCauses().isEmpty() ? "fault" : v.up() ? "up" : "unknown");
        m.put("rootCauses", ChangeFormat.causes(v.rootCauses()));
        if (v.device() != null) m.put("device", v.device());
        if (v.since() != null) m.put("since", v.since().toString());
        m.put("lastLine", v.lastLine().toString());
        m.put("lines", v.lines());
        m.put("pending", v.pending());
        return m;
    }

    private Map<String, Object> rules() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleSet", ruleSetId);
        m.put("version", version());
        m.put("files", Engine.of(doctor).ruleFiles().stream().filter(RuleFile::isRuleSource).count());
        m.put("causes", Engine.of(doctor).catalog().all().size());
        return m;
    }

    private void openapi(HttpServerExchange ex) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) throw new ApiError(404, "not_found", "the OpenAPI document is not in this build");
            sendRaw(ex, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The first 12 hex digits of the SHA-256 of every rule file's path and text: changes whenever a rule does. */
    static String ruleSetId(List<RuleFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                md.update(f.relative().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.content().getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        String v = ApiServer.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }

    static Map<String, Object> error(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("message", message);
        return m;
    }

    private static void send(HttpServerExchange ex, int status, Object body) {
        try {
            sendRaw(ex, status, JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sendRaw(HttpServerExchange ex, int status, String json) {
        if (ex.isResponseStarted()) return;
        ex.setStatusCode(status);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        ex.getResponseSender().send(json, StandardCharsets.UTF_8);
    }

    @Override public void close() {
        if (server != null) server.stop();
        work.shutdownNow();
    }
}
