package vpndoctor.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the prebuilt rules on a second core while the command line is parsed and the evidence
 * read: deserializing the rule base is the largest part of a short run (about half of it), and
 * nothing before the first rule fires needs it. The CLI starts it when the command will use the
 * bundled rules from the cache; the result is handed out once, to a build asking for exactly the
 * same rule files, and otherwise ignored.
 */
public final class RulePreload {
    private record Loaded(List<RuleFile> files, RuleCompiler.Compiled compiled) {}

    private static final AtomicReference<CompletableFuture<Loaded>> PENDING = new AtomicReference<>();

    private RulePreload() {}

    /** Starts reading the bundled rules' prebuilt entry in the background (once per process). */
    public static void start() {
        start(false);
    }

    /**
     * As {@link #start()}; with {@code readingFirst} (a large input follows: its reading, not the rules, is the critical
     * path) the thread first makes the reading's tables ({@link vpndoctor.parse.log.ReadingWarmUp}), which the reading waits for.
     */
    public static void start(boolean readingFirst) {
        CompletableFuture<Loaded> f = new CompletableFuture<>();
        if (!PENDING.compareAndSet(null, f)) return;
        if (readingFirst) vpndoctor.parse.log.ReadingWarmUp.expect();
        Thread t = new Thread(() -> {
            try {
                if (readingFirst) vpndoctor.parse.log.ReadingWarmUp.run();
                List<RuleFile> files = RuleLoader.bundled();
                f.complete(new Loaded(files, PrebuiltRules.read(files)));
            } catch (RuntimeException | LinkageError e) {
                f.complete(null);
            }
        }, "vpn-doctor-rule-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The preloaded rules when they were started and are for these files (waits for them), else null. */
    static RuleCompiler.Compiled take(List<RuleFile> files) {
        CompletableFuture<Loaded> f = PENDING.getAndSet(null);
        if (f == null) return null;
        Loaded loaded = f.join();
        return loaded != null && loaded.compiled() != null && loaded.files().equals(files) ? loaded.compiled() : null;
    }
}
