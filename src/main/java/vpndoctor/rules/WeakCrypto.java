package vpndoctor.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.Platform;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.TransformSet;

/**
 * The algorithms IOS XE 17.11 and later refuses for IPsec by default (Cisco field notice FN72510),
 * read from catalog/weak-crypto.tsv. Used from rules-drl/config/weak-crypto.drl.
 */
public final class WeakCrypto {
    static final String RESOURCE = "catalog/weak-crypto.tsv";
    private static final Set<String> WEAK = load();
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    private WeakCrypto() {}

    /** True for an IOS XE config of release 17.11 or later ("version 17.12" at the top of the config). */
    public static boolean refusesWeakAlgorithms(DeviceInfo d) {
        if (d.getPlatform() != Platform.IOS) return false;
        Matcher m = VERSION.matcher(d.getVersion());
        if (!m.find()) return false;
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 17 || major == 17 && minor >= 11;
    }

    /** The weak algorithms an IKE policy or proposal names itself (defaults are not counted: what a release defaults to varies). */
    public static List<String> weakIn(IsakmpPolicy p) {
        List<String> out = new ArrayList<>();
        if (!p.isDefaulted("encryption") && WEAK.contains("ike-encryption\t" + p.getEncryption())) out.add("encryption " + p.getEncryption());
        if (!p.isDefaulted("hash") && WEAK.contains("ike-hash\t" + p.getHash())) out.add("hash " + p.getHash());
        if (!p.isDefaulted("group") && (WEAK.contains("ike-group\t" + p.getGroup())
                || p.getIkeVersion() == 2 && WEAK.contains("ikev2-group\t" + p.getGroup()))) out.add("group " + p.getGroup());
        return out;
    }

    public static boolean isWeak(IsakmpPolicy p) { return !weakIn(p).isEmpty(); }

    /** The weak transforms of a transform set, as written. */
    public static List<String> weakIn(TransformSet t) {
        List<String> out = new ArrayList<>();
        for (String x : t.getTransforms()) if (WEAK.contains("transform\t" + x.toLowerCase())) out.add(x);
        return out;
    }

    public static boolean isWeak(TransformSet t) { return !weakIn(t).isEmpty(); }

    /** True when every named transform set exists among {@code sets} and each is weak (nothing left to offer). */
    public static boolean allWeak(Collection<String> names, Collection<?> sets) {
        if (names.isEmpty()) return false;
        for (String n : names) {
            TransformSet found = null;
            for (Object o : sets) if (o instanceof TransformSet t && t.getName().equals(n)) found = t;
            if (found == null || !isWeak(found)) return false;
        }
        return true;
    }

    /**
     * True for the priority of an ISAKMP policy someone configured: "10" in "(10): Either (3des) ... not
     * CSDL compliant". The router's own default policies (65507-65514) are refused on every start and
     * say nothing about a tunnel.
     */
    public static boolean isConfiguredPolicy(String priority) {
        if (priority == null || !priority.matches("\\d{1,5}")) return false;
        return Integer.parseInt(priority) < FIRST_DEFAULT_POLICY;
    }

    static final int FIRST_DEFAULT_POLICY = 65507;

    /** "policy 10: encryption 3des, hash md5; policy 20: group 2" for a rule's reason. */
    public static String describePolicies(Collection<?> policies) {
        List<String> parts = new ArrayList<>();
        for (Object o : policies) if (o instanceof IsakmpPolicy p && isWeak(p)) parts.add((p.getIkeVersion() == 2 ? "IKEv2 proposal #" : "policy ") + p.getPriority() + ": " + String.join(", ", weakIn(p)));
        return String.join("; ", new java.util.LinkedHashSet<>(parts));
    }

    /** "TS (esp-3des, esp-md5-hmac)" for a rule's reason. */
    public static String describeSets(Collection<String> names, Collection<?> sets) {
        List<String> parts = new ArrayList<>();
        for (Object o : sets) if (o instanceof TransformSet t && names.contains(t.getName())) parts.add(t.getName() + " (" + String.join(", ", weakIn(t)) + ")");
        return String.join("; ", parts);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = WeakCrypto.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IllegalStateException(RESOURCE + ": expected 'setting<TAB>value', got: " + line);
                out.add(f[0].trim() + "\t" + f[1].trim().toLowerCase());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
