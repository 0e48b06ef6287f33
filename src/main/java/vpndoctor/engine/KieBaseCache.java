package vpndoctor.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Compiled rules kept on disk between runs, because compiling the ~100 bundled rules is most of
 * a short diagnosis (several seconds; reading them back is a fraction of that). The file is keyed
 * by a hash of every rule file (path and text), the Drools version and the application's own
 * code, so a changed rule, a --rules folder or a new build never meets a stale entry. Drools 10
 * cannot serialize a KieBase, but it can serialize its packages (consequence bytecode included);
 * the classes DRL declares live in the compiler's class loader and are saved next to them. Any
 * failure to read or write is silent and falls back to compiling: the cache is only ever a shortcut.
 */
public final class KieBaseCache {
    private static final String FORMAT = "vpndoctor-kiebase-1";
    private final Path dir;

    public KieBaseCache(Path dir) {
        this.dir = dir;
    }

    /** $VPNDOCTOR_CACHE, else $XDG_CACHE_HOME/vpn-doctor, else ~/.cache/vpn-doctor. */
    public static Path defaultDir() {
        return CacheFolder.defaultDir();
    }

    public Path dir() { return dir; }

    /** The compiled rules for these files: from the cache when an entry exists, else compiled (and stored). */
    public RuleCompiler.Compiled compile(List<RuleFile> files) {
        RuleCompiler.Compiled prebuilt = PrebuiltRules.find(files);
        if (prebuilt != null) return prebuilt;
        Path entry = dir.resolve("kiebase-" + key(files) + ".bin");
        // a cache folder (or entry) another user can write is never read nor written: its packages carry code
        String unsafe = CacheFolder.problem(dir, entry);
        if (unsafe != null) {
            CacheFolder.warnOnce(dir, unsafe);
            return RuleCompiler.compile(files);
        }
        if (Files.isRegularFile(entry)) {
            try (InputStream in = Files.newInputStream(entry)) {
                return read(in, files);
            } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
                // unreadable or from an incompatible build: compile and overwrite below
            }
        }
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files);
        try {
            CacheFolder.create(dir);
            Path tmp = Files.createTempFile(dir, "kiebase-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(out, compiled);
            }
            // atomic so a concurrent run never reads half a file
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // read-only home, full disk: the next run compiles again
        }
        return compiled;
    }

    static void write(OutputStream out, RuleCompiler.Compiled c) throws IOException {
        InternalKnowledgeBase kb = (InternalKnowledgeBase) c.kieBase();
        Map<String, byte[]> declared = new HashMap<>();
        if (kb.getRootClassLoader() instanceof ProjectClassLoader pcl && pcl.getStore() != null) declared.putAll(pcl.getStore());
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(meta)) {
            o.writeUTF(FORMAT);
            o.writeObject(declared);
            o.writeObject(new ArrayList<>(c.used().stream().map(RuleFile::relative).toList()));
            o.writeObject(new ArrayList<>(c.dropped().stream().map(RuleFile::relative).toList()));
            List<String[]> problems = new ArrayList<>();
            for (RuleProblem p : c.problems()) {
                problems.add(new String[] {p.file(), Integer.toString(p.line()), Integer.toString(p.column()),
                        p.severity().name(), p.rule(), p.message()});
            }
            o.writeObject(problems);
        }
        ByteArrayOutputStream pkgs = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new DroolsObjectOutputStream(pkgs)) {
            o.writeObject(new ArrayList<>(kb.getKiePackages()));
        }
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(meta.size());
        meta.writeTo(d);
        d.writeInt(pkgs.size());
        pkgs.writeTo(d);
        d.flush();
    }

    @SuppressWarnings("unchecked")
    static RuleCompiler.Compiled read(InputStream in, List<RuleFile> files) throws IOException, ClassNotFoundException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        byte[] meta = new byte[d.readInt()];
        d.readFully(meta);
        byte[] pkgs = new byte[d.readInt()];
        d.readFully(pkgs);
        Map<String, byte[]> declared;
        List<String> used, dropped;
        List<String[]> problems;
        try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(meta))) {
            o.setObjectInputFilter(CacheFilter.META);
            if (!FORMAT.equals(o.readUTF())) throw new IOException("other cache format");
            declared = (Map<String, byte[]>) o.readObject();
            used = (List<String>) o.readObject();
            dropped = (List<String>) o.readObject();
            problems = (List<String[]>) o.readObject();
        }
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(KieBaseCache.class.getClassLoader(), declared);
        Collection<KiePackage> packages;
        try (ObjectInputStream o = new DroolsObjectInputStream(new ByteArrayInputStream(pkgs), loader)) {
            o.setObjectInputFilter(CacheFilter.packages(loader));
            packages = (Collection<KiePackage>) o.readObject();
        }
        KieBaseConfiguration conf = RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleErrorHandler.class));
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(conf);
        kb.addPackages((Collection) packages);
        List<RuleProblem> ps = new ArrayList<>();
        for (String[] p : problems) {
            ps.add(new RuleProblem(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), RuleProblem.Severity.valueOf(p[3]), p[4], p[5]));
        }
        return new RuleCompiler.Compiled((KieBase) kb, pick(files, used), pick(files, dropped), List.copyOf(ps));
    }

    private static List<RuleFile> pick(List<RuleFile> files, List<String> relatives) {
        List<RuleFile> out = new ArrayList<>();
        for (String r : relatives) {
            for (RuleFile f : files) if (f.relative().equals(r)) { out.add(f); break; }
        }
        return List.copyOf(out);
    }

    /** Hash of everything the compiled result depends on. */
    static String key(List<RuleFile> files) {
        return hash(files, codeIdentity());
    }

    /** Hash of the rule files, the Drools version and the format: the key of an entry built with the classes beside it. */
    static String contentKey(List<RuleFile> files) {
        return hash(files, "");
    }

    private static String hash(List<RuleFile> files, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            feed(md, FORMAT);
            feed(md, droolsVersion());
            feed(md, code);
            for (RuleFile f : files) {
                feed(md, f.relative());
                feed(md, f.location());
                feed(md, f.content());
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Drools version from its Maven metadata: the jar manifest's Implementation-Version is
     * Drools' own in the library jar but ours in the fat jar, and the prebuilt key must be the same in both.
     */
    private static String droolsVersion() {
        try (InputStream in = KieBase.class.getClassLoader().getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return "drools-core " + p.getProperty("version");
            }
        } catch (IOException e) {
            // fall through
        }
        return String.valueOf(KieBase.class.getPackage().getImplementationVersion());
    }

    /** Our own jar (or classes folder): path, size and time, so a rebuilt model never meets old rules. */
    private static String codeIdentity() {
        try {
            URL url = KieBaseCache.class.getProtectionDomain().getCodeSource().getLocation();
            Path p = Path.of(url.toURI());
            if (!Files.isDirectory(p)) return p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
            // a classes folder (development): a recompiled class changes no folder's time, so look at every file
            long newest = 0, count = 0;
            try (var walk = Files.walk(p)) {
                for (Path f : (Iterable<Path>) walk::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                    count++;
                }
            }
            return p + "|" + count + "|" + newest;
        } catch (Exception e) {
            return "unknown-" + System.nanoTime(); // unknown code: never reuse an entry
        }
    }

    private static void feed(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }
}
