package vpndoctor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What to diagnose: log files or texts, our device's config, the peer's config, and JSON
 * observation files. Immutable; build it with {@link #builder()} or {@link #fromCaseFolder(Path)}.
 */
public final class Evidence {
    /** What an input holds. */
    public enum Kind { LOG, LOCAL_CONFIG, PEER_CONFIG, OBSERVATIONS }

    /** Opens a stream input (standard input, a pipe): read once, as it arrives, never held whole. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** One input: a file (read when diagnosed), an in-memory text, or a stream read once. */
    public record Input(Kind kind, String name, Path path, byte[] bytes, Opener opener) {
        public Input(Kind kind, String name, Path path, byte[] bytes) {
            this(kind, name, path, bytes, null);
        }

        public InputStream open() throws IOException {
            if (opener != null) return gunzipIfCompressed(opener.open());
            if (bytes != null) return new ByteArrayInputStream(bytes);
            // a pipe, a FIFO or a device is read as a stream: a file channel's available() would seek ("Illegal seek")
            InputStream in = Files.isRegularFile(path) ? Files.newInputStream(path) : new java.io.FileInputStream(path.toFile());
            return path.getFileName().toString().endsWith(".gz")
                    ? new vpndoctor.parse.log.CutShortInput(new java.util.zip.GZIPInputStream(in, 1 << 16)) : in;
        }
    }

    /** A stream starting with the gzip magic is decompressed on the fly ("cat x.gz | vpn-doctor diagnose -"). */
    private static InputStream gunzipIfCompressed(InputStream raw) throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int a = in.read(), b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new vpndoctor.parse.log.CutShortInput(new java.util.zip.GZIPInputStream(in, 1 << 16)) : in;
    }

    private final List<Input> inputs;

    private Evidence(List<Input> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    public List<Input> inputs() { return inputs; }

    public List<Input> inputs(Kind kind) {
        return inputs.stream().filter(i -> i.kind() == kind).toList();
    }

    public boolean isEmpty() { return inputs.isEmpty(); }

    public static Builder builder() { return new Builder(); }

    /**
     * A case folder: every *.log / *.log.gz / *.txt is a log, local.cfg our config, peer.cfg the
     * peer's, every other *.json except expected.json holds observations.
     */
    public static Evidence fromCaseFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": expected a case folder (with *.log, local.cfg, peer.cfg), found " + (Files.exists(dir) ? "a file" : "nothing"));
        Builder b = builder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                // a link that resolves to nothing (a loop, a missing target) is listed, to be reported as skipped
                boolean deadLink = Files.isSymbolicLink(p) && !Files.exists(p);
                if (!Files.isRegularFile(p) && !deadLink) continue;
                if (deadLink && !(n.equals("local.cfg") || n.equals("peer.cfg") || n.endsWith(".json"))) b.log(p);
                else if (n.endsWith(".log") || n.endsWith(".log.gz") || n.endsWith(".txt")) b.log(p);
                else if (n.equals("local.cfg")) b.localConfig(p);
                else if (n.equals("peer.cfg")) b.peerConfig(p);
                else if (n.endsWith(".json") && !n.equals("expected.json")) b.observations(p);
            }
        }
        return b.build();
    }

    /** Collects inputs; checks arguments early. */
    public static final class Builder {
        private final List<Input> inputs = new ArrayList<>();

        public Builder log(Path file) { return add(Kind.LOG, file); }
        public Builder log(String name, String text) { return add(Kind.LOG, name, text); }
        public Builder log(String name, byte[] bytes) { inputs.add(new Input(Kind.LOG, printable(Objects.requireNonNull(name)), null, bytes.clone())); return this; }
        /** A log read from a stream when diagnosed (standard input): streamed, never read into memory whole. */
        public Builder logStream(String name, Opener opener) {
            inputs.add(new Input(Kind.LOG, printable(Objects.requireNonNull(name)), null, null, Objects.requireNonNull(opener)));
            return this;
        }
        public Builder localConfig(Path file) { return add(Kind.LOCAL_CONFIG, file); }
        public Builder localConfig(String name, String text) { return add(Kind.LOCAL_CONFIG, name, text); }
        public Builder peerConfig(Path file) { return add(Kind.PEER_CONFIG, file); }
        public Builder peerConfig(String name, String text) { return add(Kind.PEER_CONFIG, name, text); }
        public Builder observations(Path file) { return add(Kind.OBSERVATIONS, file); }
        public Builder observations(String name, String json) { return add(Kind.OBSERVATIONS, name, json); }

        public Builder add(Input input) { inputs.add(Objects.requireNonNull(input)); return this; }

        private Builder add(Kind kind, Path file) {
            Objects.requireNonNull(file, "file");
            inputs.add(new Input(kind, printable(file.toString()), file, null));
            return this;
        }

        private Builder add(Kind kind, String name, String text) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            inputs.add(new Input(kind, printable(name), null, text.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        public Evidence build() { return new Evidence(inputs); }
    }

    /**
     * A source name as reports print it: control and line-separator characters (a file name may hold
     * a newline) become visible escapes, so one name never splits a report line.
     */
    public static String printable(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean bad = c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (bad && out == null) out = new StringBuilder(name.substring(0, i));
            if (out == null) continue;
            if (!bad) out.append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out == null ? name : out.toString();
    }
}
