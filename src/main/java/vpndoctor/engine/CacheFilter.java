package vpndoctor.engine;

import java.io.ObjectInputFilter;
import java.util.List;
import java.util.Set;

/**
 * What a compiled-rules cache entry may deserialise (an allow-list; anything else is refused and the
 * rules are compiled afresh). The metadata holds only strings, byte arrays and plain collections; the
 * packages hold Drools/KIE rule structures, JDK collections and locks, the model and rule-helper
 * classes of vpn-doctor, and the types the rules themselves declare (defined by the entry's own
 * class loader). This stops gadget chains through other libraries on the class path; it cannot make a
 * cache others can write safe (Drools packages carry compiled consequences), which is why
 * {@link CacheFolder} refuses such folders.
 */
final class CacheFilter {
    private static final long MAX_BYTES = 256L << 20;
    private static final long MAX_DEPTH = 2_000;
    private static final long MAX_REFS = 10_000_000;

    private static final Set<String> META_CLASSES = Set.of("java.lang.Object", "java.lang.String", "java.util.HashMap", "java.util.ArrayList", "java.util.Map$Entry");

    /** Exact JDK packages (not their sub-packages) whose classes a package stream holds. */
    private static final Set<String> JDK_PACKAGES = Set.of("java.lang", "java.util", "java.util.concurrent", "java.util.concurrent.locks");
    /** Package prefixes of the rule engine and of vpn-doctor's own rule-facing classes. */
    private static final List<String> PREFIXES = List.of("org.drools.", "org.kie.", "org.mvel2.", "vpndoctor.model.", "vpndoctor.rules.");

    static final ObjectInputFilter META = info -> {
        if (tooBig(info)) return ObjectInputFilter.Status.REJECTED;
        Class<?> c = element(info.serialClass());
        if (c == null || c.isPrimitive()) return ObjectInputFilter.Status.UNDECIDED;
        return META_CLASSES.contains(c.getName()) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private CacheFilter() {}

    static ObjectInputFilter packages(ClassLoader declared) {
        return info -> {
            if (tooBig(info)) return ObjectInputFilter.Status.REJECTED;
            Class<?> c = element(info.serialClass());
            if (c == null || c.isPrimitive()) return ObjectInputFilter.Status.UNDECIDED;
            return allowed(c, declared) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
        };
    }

    private static boolean allowed(Class<?> c, ClassLoader declared) {
        if (definedBy(c.getClassLoader(), declared)) return true; // a type or function the rules declare
        String name = c.getName();
        String pkg = c.getPackageName();
        if (JDK_PACKAGES.contains(pkg)) return c.getClassLoader() == null && !name.startsWith("java.lang.reflect") && !name.startsWith("java.lang.invoke");
        for (String p : PREFIXES) if (name.startsWith(p)) return true;
        return false;
    }

    private static boolean definedBy(ClassLoader cl, ClassLoader declared) {
        ClassLoader app = CacheFilter.class.getClassLoader();
        for (ClassLoader l = cl; l != null && l != app; l = l.getParent()) if (l == declared) return true;
        return false;
    }

    private static Class<?> element(Class<?> c) {
        while (c != null && c.isArray()) c = c.getComponentType();
        return c;
    }

    private static boolean tooBig(ObjectInputFilter.FilterInfo info) {
        return info.depth() > MAX_DEPTH || info.references() > MAX_REFS || info.streamBytes() > MAX_BYTES;
    }
}
