package vpndoctor.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vpndoctor.model.Platform;

/**
 * The root-cause and benign-finding IDs (catalog/root-causes.tsv, the shared contract) joined with
 * the advice for each: summary, fix commands and next diagnostic commands per platform
 * (catalog/advice.json). Immutable once loaded.
 */
public final class CauseCatalog {
    /** One catalogue entry. */
    public record Cause(String id, boolean benign, String refines, String meaning, String typicalEvidence,
                        Map<Platform, List<String>> fix, Map<Platform, List<String>> next, Map<Platform, List<String>> fixIkev2,
                        Map<Platform, List<String>> fixRouteBased) {
        public List<String> fixFor(Platform p) { return pick(fix, p); }
        /**
         * The fix on a route-based tunnel (VTI, GRE over IPsec, DMVPN): the platform's "fixRouteBased" commands in
         * advice.json (ipsec profile, IKEv2 profile, keyring, tunnel interface) where they exist, else as fixFor(p, ikev2).
         */
        public List<String> fixFor(Platform p, boolean ikev2, boolean routeBased) {
            List<String> rb = routeBased ? fixRouteBased.get(p.family()) : null;
            return rb != null && !rb.isEmpty() ? rb : fixFor(p, ikev2);
        }
        /** The fix for an IKEv2 tunnel: the platform's IKEv2 syntax ("fixIkev2" in advice.json) where the two differ. */
        public List<String> fixFor(Platform p, boolean ikev2) {
            List<String> v2 = ikev2 ? fixIkev2.get(p.family()) : null;
            return v2 != null && !v2.isEmpty() ? v2 : fixFor(p);
        }
        public List<String> nextFor(Platform p) { return pick(next, p); }
        /** The next commands for a tunnel of that IKE version: on IKEv2, each IKEv1-only command in its IKEv2 form (catalog/ikev2-commands.tsv). */
        public List<String> nextFor(Platform p, boolean ikev2) {
            List<String> v1 = nextFor(p);
            return ikev2 ? Ikev2Commands.of(v1, p) : v1;
        }

        private static List<String> pick(Map<Platform, List<String>> m, Platform p) {
            List<String> l = m.get(p);
            if ((l == null || l.isEmpty()) && p != null) l = m.get(p.family());   // the FTD takes the ASA's commands
            if (l == null || l.isEmpty()) l = m.get(Platform.UNKNOWN);
            if ((l == null || l.isEmpty()) && !m.isEmpty()) l = m.values().iterator().next();
            return l == null ? List.of() : l;
        }
    }

    private final Map<String, Cause> causes;

    private CauseCatalog(Map<String, Cause> causes) {
        this.causes = Collections.unmodifiableMap(causes);
    }

    private static final class Holder {
        static final CauseCatalog BUNDLED = load();
    }

    public static CauseCatalog bundled() { return Holder.BUNDLED; }

    private static CauseCatalog load() {
        try (InputStream tsv = resource("catalog/root-causes.tsv"); InputStream json = resource("catalog/advice.json")) {
            Map<String, Map<String, Map<Platform, List<String>>>> advice = readAdvice(json);
            Map<String, Cause> map = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 4) continue;
                Map<String, Map<Platform, List<String>>> a = advice.getOrDefault(f[0], Map.of());
                map.put(f[0], new Cause(f[0], f[1].equals("benign"), f[2].equals("-") ? "" : f[2], f[3],
                        f.length > 4 ? f[4] : "", a.getOrDefault("fix", Map.of()), a.getOrDefault("next", Map.of()),
                        a.getOrDefault("fixIkev2", Map.of()), a.getOrDefault("fixRouteBased", Map.of())));
            }
            return new CauseCatalog(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled cause catalogue", e);
        }
    }

    /**
     * This catalogue plus the IDs a rules folder declares in its own causes.tsv (same columns as
     * root-causes.tsv; no advice). A folder ID equal to a bundled one replaces its meaning.
     */
    public CauseCatalog merged(java.nio.file.Path tsv) throws IOException {
        Map<String, Cause> map = new LinkedHashMap<>(causes);
        int n = 0;
        for (String line : java.nio.file.Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4 || !f[0].matches("[A-Z][A-Z0-9_]*") || !(f[1].equals("root") || f[1].equals("benign"))) {
                throw new IOException(tsv + ":" + n + ": expected 'ID<TAB>root|benign<TAB>refines|-<TAB>meaning[<TAB>typical evidence]'");
            }
            Cause old = causes.get(f[0]);
            map.put(f[0], new Cause(f[0], f[1].equals("benign"), f[2].equals("-") ? "" : f[2], f[3], f.length > 4 ? f[4] : "",
                    old == null ? Map.of() : old.fix(), old == null ? Map.of() : old.next(), old == null ? Map.of() : old.fixIkev2(),
                    old == null ? Map.of() : old.fixRouteBased()));
        }
        return new CauseCatalog(map);
    }

    /** A bad entry of a rules folder's advice.json: where it is and what is wrong. */
    public static final class AdviceException extends IOException {
        private final String file;
        private final int line;

        AdviceException(String file, int line, String message) {
            super(file + ":" + line + ": " + message);
            this.file = file;
            this.line = line;
        }

        public String file() { return file; }
        public int line() { return line; }
        /** The message without the file:line prefix. */
        public String problem() { return getMessage().substring(file.length() + String.valueOf(line).length() + 3); }
    }

    private static final List<String> SECTIONS = List.of("fix", "fixIkev2", "fixRouteBased", "next");

    /**
     * This catalogue with a rules folder's advice.json laid over the advice: same shape as the
     * bundled catalog/advice.json, {"CAUSE": {"fix"|"fixIkev2"|"next": {"PIX"|"ASA"|"IOS"|"any": ["command", ...]}}}.
     * A platform list given replaces that platform's list; what is not given stays. Read strictly:
     * an unknown cause ID, section or platform, or a value that is not a list of strings, is an
     * {@link AdviceException} naming the line (a silently ignored fix would be worse than none).
     */
    public CauseCatalog withAdvice(java.nio.file.Path json) throws IOException {
        String name = json.toString();
        Map<String, Cause> map = new LinkedHashMap<>(causes);
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw bad(name, p, "expected an object {\"CAUSE_ID\": {\"fix\": {\"ASA\": [\"command\", ...]}}}");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                Cause c = map.get(id);
                if (c == null) {
                    throw bad(name, p, "\"" + id + "\" is not a cause ID of the catalogue (root-causes.tsv or the folder's causes.tsv)"
                            + vpndoctorSuggestion(id, map.keySet()));
                }
                if (p.nextToken() != JsonToken.START_OBJECT) throw bad(name, p, "\"" + id + "\": expected {\"fix\"|\"fixIkev2\"|\"next\": {...}}");
                Map<String, Map<Platform, List<String>>> sections = new LinkedHashMap<>();
                sections.put("fix", new LinkedHashMap<>(c.fix()));
                sections.put("fixIkev2", new LinkedHashMap<>(c.fixIkev2()));
                sections.put("fixRouteBased", new LinkedHashMap<>(c.fixRouteBased()));
                sections.put("next", new LinkedHashMap<>(c.next()));
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String section = p.currentName();
                    if (!SECTIONS.contains(section)) throw bad(name, p, "\"" + id + "\": unknown section \"" + section + "\"" + vpndoctorSuggestion(section, SECTIONS) + " (sections: fix, fixIkev2, fixRouteBased, next)");
                    if (p.nextToken() != JsonToken.START_OBJECT) throw bad(name, p, "\"" + id + "\".\"" + section + "\": expected {\"ASA\": [\"command\", ...], ...}");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        Platform platform = platformOf(key);
                        if (platform == null) throw bad(name, p, "\"" + id + "\".\"" + section + "\": unknown platform \"" + key + "\""
                                + vpndoctorSuggestion(key, List.of("PIX", "ASA", "IOS", "any")) + " (platforms: PIX, ASA, IOS, any)");
                        if (p.nextToken() != JsonToken.START_ARRAY) throw bad(name, p, "\"" + id + "\".\"" + section + "\".\"" + key + "\": expected a list of commands [\"...\", ...]");
                        List<String> cmds = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() != JsonToken.VALUE_STRING) throw bad(name, p, "\"" + id + "\".\"" + section + "\".\"" + key + "\": every command is a string");
                            cmds.add(p.getText());
                        }
                        sections.get(section).put(platform, List.copyOf(cmds));
                    }
                }
                map.put(id, new Cause(c.id(), c.benign(), c.refines(), c.meaning(), c.typicalEvidence(),
                        Map.copyOf(sections.get("fix")), Map.copyOf(sections.get("next")), Map.copyOf(sections.get("fixIkev2")),
                        Map.copyOf(sections.get("fixRouteBased"))));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new AdviceException(name, line, "not valid JSON: " + e.getOriginalMessage());
        }
        return new CauseCatalog(map);
    }

    private static AdviceException bad(String file, JsonParser p, String message) {
        return new AdviceException(file, p.currentLocation().getLineNr(), message);
    }

    private static Platform platformOf(String key) {
        if (key.equals("any")) return Platform.UNKNOWN;
        for (Platform p : Platform.values()) if (p != Platform.UNKNOWN && p.name().equals(key)) return p;
        return null;
    }

    private static String vpndoctorSuggestion(String wrong, java.util.Collection<String> known) {
        return DidYouMean.nearest(wrong, known).map(n -> "; did you mean \"" + n + "\"?").orElse("");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CauseCatalog.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException("missing resource " + name);
        return in;
    }

    /**
     * advice.json, {"CAUSE": {"fix"|"next": {"PIX"|"ASA"|"IOS"|"any": ["command", ...]}}}, read with
     * the streaming parser: the tree mapper's start-up is a tenth of a short diagnosis.
     */
    private static Map<String, Map<String, Map<Platform, List<String>>>> readAdvice(InputStream json) throws IOException {
        Map<String, Map<String, Map<Platform, List<String>>>> advice = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("advice.json: expected an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String cause = p.currentName();
                Map<String, Map<Platform, List<String>>> sections = new LinkedHashMap<>();
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String section = p.currentName();
                        if (p.nextToken() == JsonToken.START_OBJECT) sections.put(section, perPlatform(p));
                        else p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
                advice.put(cause, sections);
            }
        }
        return advice;
    }

    /** {"ASA": ["cmd", ...], "any": [...]} with the parser on its START_OBJECT. */
    private static Map<Platform, List<String>> perPlatform(JsonParser p) throws IOException {
        Map<Platform, List<String>> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            List<String> cmds = new ArrayList<>();
            if (p.nextToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    cmds.add(p.currentToken().isScalarValue() ? p.getValueAsString("") : "");
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
            Platform platform = key.equals("any") ? Platform.UNKNOWN : Platform.valueOf(key.toUpperCase());
            m.put(platform, List.copyOf(cmds));
        }
        return m;
    }

    public Optional<Cause> get(String id) { return Optional.ofNullable(causes.get(id)); }
    public boolean isBenign(String id) { return get(id).map(Cause::benign).orElse(false); }
    public Map<String, Cause> all() { return causes; }

    /** True when {@code specific} is {@code general} or refines it (directly or through a chain). */
    public boolean satisfies(String specific, String general) {
        String id = specific;
        for (int i = 0; i < 10 && id != null && !id.isEmpty(); i++) {
            if (id.equals(general)) return true;
            id = get(id).map(Cause::refines).orElse(null);
        }
        return false;
    }
}
