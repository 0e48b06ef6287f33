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
    public enum Kind {
        /** Device output: debug, syslog, show commands (plain or gzip). */
        LOG,
        /** The configuration of our device (the one the logs come from). */
        LOCAL_CONFIG,
        /** The configuration of the peer device. */
        PEER_CONFIG,
        /** JSON observations: facts stated by a person or another tool. */
        OBSERVATIONS
    }

    /** Opens a stream input (standard input, a pipe): read once, as it arrives, never held whole. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the stream; called once, when the input is diagnosed.
         *
         * @return the stream, closed by the reader
         * @throws IOException if it cannot be opened
         */
        InputStream open() throws IOException;
    }

    /**
     * One input: a file (read when diagnosed), an in-memory text, or a stream read once. Exactly one
     * of path, bytes and opener is set.
     *
     * @param kind what the input holds
     * @param name the name reports give it (a file's path, or the name given with a text)
     * @param path the file, or null
     * @param bytes the content held in memory, or null
     * @param opener the stream to read once, or null
     */
    public record Input(Kind kind, String name, Path path, byte[] bytes, Opener opener) {
        /**
         * A file or in-memory input.
         *
         * @param kind what the input holds
         * @param name the name reports give it
         * @param path the file, or null when bytes are given
         * @param bytes the content, or null when a path is given
         */
        public Input(Kind kind, String name, Path path, byte[] bytes) {
            this(kind, name, path, bytes, null);
        }

        /**
         * Opens the content; a *.gz file or a stream starting with the gzip magic is decompressed.
         *
         * @return a new stream over the content, to be closed by the caller
         * @throws IOException if the file or stream cannot be opened
         */
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

    /**
     * Every input, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<Input> inputs() { return inputs; }

    /**
     * The inputs of one kind, in the order added.
     *
     * @param kind what they hold
     * @return an unmodifiable list
     */
    public List<Input> inputs(Kind kind) {
        return inputs.stream().filter(i -> i.kind() == kind).toList();
    }

    /**
     * Whether there is nothing to diagnose.
     *
     * @return true when no input was added
     */
    public boolean isEmpty() { return inputs.isEmpty(); }

    /**
     * Starts collecting inputs.
     *
     * @return a new, empty builder
     */
    public static Builder builder() { return new Builder(); }

    /**
     * A case folder: every *.log / *.log.gz / *.txt is a log, local.cfg our config, peer.cfg the
     * peer's, every other *.json except expected.json holds observations. Files are read when diagnosed.
     *
     * @param dir the case folder
     * @return the evidence the folder holds
     * @throws IOException if dir is not a folder or cannot be listed
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

        private Builder() {}

        /**
         * A log file (plain, or gzip when named *.gz), read when diagnosed.
         *
         * @param file the file
         * @return this builder
         */
        public Builder log(Path file) { return add(Kind.LOG, file); }

        /**
         * A log held in memory.
         *
         * @param name the name reports give it
         * @param text the log text
         * @return this builder
         */
        public Builder log(String name, String text) { return add(Kind.LOG, name, text); }

        /**
         * A log held in memory as bytes (copied; any encoding the log reader detects).
         *
         * @param name the name reports give it
         * @param bytes the log content
         * @return this builder
         */
        public Builder log(String name, byte[] bytes) { inputs.add(new Input(Kind.LOG, printable(Objects.requireNonNull(name)), null, bytes.clone())); return this; }
        /**
         * A log read from a stream when diagnosed (standard input): streamed, never read into memory
         * whole; gzip is detected. Such evidence can be diagnosed once.
         *
         * @param name the name reports give it
         * @param opener opens the stream
         * @return this builder
         */
        public Builder logStream(String name, Opener opener) {
            inputs.add(new Input(Kind.LOG, printable(Objects.requireNonNull(name)), null, null, Objects.requireNonNull(opener)));
            return this;
        }
        /**
         * Our device's configuration file.
         *
         * @param file the file
         * @return this builder
         */
        public Builder localConfig(Path file) { return add(Kind.LOCAL_CONFIG, file); }

        /**
         * Our device's configuration held in memory.
         *
         * @param name the name reports give it
         * @param text the configuration text
         * @return this builder
         */
        public Builder localConfig(String name, String text) { return add(Kind.LOCAL_CONFIG, name, text); }

        /**
         * The peer's configuration file.
         *
         * @param file the file
         * @return this builder
         */
        public Builder peerConfig(Path file) { return add(Kind.PEER_CONFIG, file); }

        /**
         * The peer's configuration held in memory.
         *
         * @param name the name reports give it
         * @param text the configuration text
         * @return this builder
         */
        public Builder peerConfig(String name, String text) { return add(Kind.PEER_CONFIG, name, text); }

        /**
         * A JSON observations file.
         *
         * @param file the file
         * @return this builder
         */
        public Builder observations(Path file) { return add(Kind.OBSERVATIONS, file); }

        /**
         * JSON observations held in memory.
         *
         * @param name the name reports give it
         * @param json the JSON text
         * @return this builder
         */
        public Builder observations(String name, String json) { return add(Kind.OBSERVATIONS, name, json); }

        /**
         * Any input, as built by hand.
         *
         * @param input the input
         * @return this builder
         */
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

        /**
         * The evidence collected so far (the builder can go on collecting).
         *
         * @return an immutable Evidence
         */
        public Evidence build() { return new Evidence(inputs); }
    }

    /**
     * A source name as reports print it: control and line-separator characters (a file name may hold
     * a newline) become visible escapes, so one name never splits a report line.
     */
    private static String printable(String name) {
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
