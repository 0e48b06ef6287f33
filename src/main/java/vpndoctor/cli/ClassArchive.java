package vpndoctor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import vpndoctor.engine.CacheFolder;

/**
 * The relaunched JVM's AppCDS archive, as bin/vpn-doctor keeps one (JDK 17 has no auto-archive):
 * the classes a diagnosis loads (Drools, the parsers, generated lambda classes), archived when a
 * relaunched run exits and mapped by the next one, which then loads, verifies and spins fewer
 * classes. One archive per jar and java (path, size and time of both), in the rules cache folder, under
 * the same ownership checks (an archive holds code). One per kind of relaunch too (a small input's run loads fewer
 * classes than a large one's, and a large one's others: each kind maps the set it loads). Not used when the cache is off, VPNDOCTOR_CDS=off,
 * or the caller chose class-sharing or logging options itself.
 */
final class ClassArchive {
    private final Path archive;
    /** Where this run writes a new archive (moved into place when the child succeeds), or null. */
    private final Path pending;

    ClassArchive(Path archive, Path pending) {
        this.archive = archive;
        this.pending = pending;
    }

    /** The archive to use or write for this jar, java and kind of relaunch, or null when none may be used. */
    static ClassArchive of(Path jar, String java, List<String> jvmOptions, String kind) {
        if ("off".equals(System.getenv("VPNDOCTOR_CDS")) || "off".equals(System.getenv("VPNDOCTOR_CACHE"))) return null;
        for (String o : jvmOptions) {
            if (o.startsWith("-Xshare") || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit") || o.contains("ArchiveRelocationMode") || o.startsWith("-Xlog")) return null;
        }
        try {
            Path dir = CacheFolder.defaultDir();
            Path javaFile = Path.of(java).toRealPath();
            CRC32 crc = new CRC32();
            // the JVM maps an archive only with the class path it was written with: the jar's path is part of the id
            String id = jar.toRealPath() + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-" + javaFile + "-" + Files.size(javaFile) + "-"
                    + Files.getLastModifiedTime(javaFile).toMillis() + "-" + System.getProperty("java.runtime.version") // Runtime.version() spins stream lambdas
                    + (Relaunch.LARGE.equals(kind) ? "" : "-" + kind); // the large kind's id as before the small kind existed
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            Path archive = dir.resolve("cds-relaunch-" + Long.toHexString(crc.getValue()) + ".jsa");
            if (CacheFolder.problem(dir, archive) != null) return null;
            if (Files.isRegularFile(archive)) return new ClassArchive(archive, null);
            CacheFolder.create(dir);
            return new ClassArchive(archive, dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"));
        } catch (IOException | RuntimeException e) {
            return null; // no archive: the run is the same, only its start-up is slower
        }
    }

    /**
     * The child's options: map the archive, or write it at exit; JVM logging to stderr only (stdout is the report).
     * The archives keep the JDK's address randomisation (ArchiveRelocationMode=1 in this JDK 17 build): mapping them at
     * a fixed address would save ~18 ms of the child's start (docs/perf-notes/s10-jar.md), too little to give up a
     * security default for.
     */
    List<String> options() {
        String use = pending == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + pending;
        return List.of(use, "-Xlog:disable", "-Xlog:all=error:stderr");
    }

    /** Archives of other jars, javas or kinds kept besides the new one: two jars' small and large ones. */
    static final int KEPT = 3;

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** After the child: a new archive is moved into place (older ones beyond {@link #KEPT} go), or dropped when the run failed. */
    void finish(int exitCode) {
        if (pending == null) return;
        try {
            if (exitCode == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
                // archives of older builds go, but the newest stay: someone switching between two jars would
                // otherwise write an archive (seconds) on every run
                try (Stream<Path> old = Files.list(archive.getParent())) {
                    List<Path> others = old.filter(p -> p.getFileName().toString().matches("cds-relaunch-[0-9a-f]+\\.jsa"))
                            .sorted(Comparator.comparing(ClassArchive::modified).reversed()).toList();
                    for (Path p : others.subList(Math.min(KEPT, others.size()), others.size())) Files.deleteIfExists(p);
                }
                Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // the next run writes one again
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // left for the next run's clean-up
            }
        }
    }
}
