package vpndoctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.engine.Engine;

/**
 * Pins the library API (packages vpndoctor and vpndoctor.result): every public type, constructor,
 * method and field is listed in src/test/resources/vpndoctor/public-api.txt, so a new public member
 * is a deliberate change (update the list in the same commit), and none of them hands out an
 * internal type (the engine is reached through {@link Engine#of}, which is not API).
 */
class PublicApiTest {
    static final List<String> API_PACKAGES = List.of("vpndoctor", "vpndoctor.result");

    /** Internal types the API still names: vpndoctor.model.Skipped, the reason a line was skipped (a plain record). */
    static final Set<String> KNOWN_LEAKS = Set.of("vpndoctor.model.Skipped");

    @Test
    void thePublicApiIsExactlyTheListedOne() throws Exception {
        Path listed = Path.of("src/test/resources/vpndoctor/public-api.txt");
        List<String> expected = Files.readAllLines(listed, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> actual = List.copyOf(surface());
        Set<String> added = new TreeSet<>(actual);
        expected.forEach(added::remove);
        Set<String> removed = new TreeSet<>(expected);
        actual.forEach(removed::remove);
        assertThat(added).as("public members not in %s (a deliberate API change? add them there)", listed).isEmpty();
        assertThat(removed).as("members of %s no longer public (a breaking change: remove them there)", listed).isEmpty();
    }

    @Test
    void noApiMemberNamesAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : apiTypes()) {
            for (Executable e : members(c)) {
                List<Type> types = new ArrayList<>(Arrays.asList(e.getGenericParameterTypes()));
                if (e instanceof Method m) types.add(m.getGenericReturnType());
                for (Type t : types) for (String name : typeNames(t)) if (internal(name)) leaks.add(signature(c, e) + " names " + name);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theEngineIsNotReachableFromTheApi() {
        // the accessor the tool's own commands use: it answers for a real diagnoser, the API itself offers no getter
        assertThat(Engine.of(TestDoctor.get()).catalog().all()).isNotEmpty();
        assertThat(Arrays.stream(Diagnoser.class.getMethods()).map(Method::getName))
                .doesNotContain("kieBase", "newSession", "assembler", "context", "engine");
    }

    static Set<String> surface() throws Exception {
        Set<String> out = new TreeSet<>();
        for (Class<?> c : apiTypes()) {
            out.add(kind(c) + " " + c.getName());
            for (Executable e : members(c)) out.add(signature(c, e));
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isPublic(f.getModifiers()) || f.isSynthetic()) continue;
                String mods = Modifier.isStatic(f.getModifiers()) ? "static " : "";
                out.add(c.getName() + "." + f.getName() + " : " + mods + f.getGenericType().getTypeName());
            }
        }
        return out;
    }

    /** Public classes of the API packages (nested ones too, when every enclosing class is public). */
    static List<Class<?>> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Diagnoser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : API_PACKAGES) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path p : files.sorted().toList()) {
                    String f = p.getFileName().toString();
                    if (!f.endsWith(".class") || f.equals("package-info.class")) continue;
                    Class<?> c = Class.forName(pkg + "." + f.substring(0, f.length() - 6), false, Diagnoser.class.getClassLoader());
                    if (visible(c) && !c.isSynthetic() && !c.isAnonymousClass()) out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) if (!Modifier.isPublic(k.getModifiers())) return false;
        return true;
    }

    private static List<Executable> members(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        for (Constructor<?> k : c.getDeclaredConstructors()) if (Modifier.isPublic(k.getModifiers()) && !k.isSynthetic()) out.add(k);
        for (Method m : c.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) continue;
            if (Set.of("equals", "hashCode", "toString").contains(m.getName())) continue; // Object's, generated for records
            out.add(m);
        }
        return out;
    }

    private static String kind(Class<?> c) {
        return c.isRecord() ? "record" : c.isEnum() ? "enum" : c.isInterface() ? "interface" : "class";
    }

    private static String signature(Class<?> c, Executable e) {
        String params = Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName).collect(Collectors.joining(", "));
        String name = e instanceof Constructor ? "<init>" : e.getName();
        String mods = Modifier.isStatic(e.getModifiers()) ? "static " : "";
        String ret = e instanceof Method m ? " : " + m.getGenericReturnType().getTypeName() : "";
        String thrown = e.getExceptionTypes().length == 0 ? ""
                : " throws " + Arrays.stream(e.getExceptionTypes()).map(Class::getName).collect(Collectors.joining(", "));
        return c.getName() + "#" + mods + name + "(" + params + ")" + ret + thrown;
    }

    /** Every class name inside a (generic) type name. */
    private static List<String> typeNames(Type t) {
        return Arrays.stream(t.getTypeName().split("[<>,\\[\\]\\s?]+")).filter(s -> s.contains(".")).toList();
    }

    private static boolean internal(String name) {
        if (!name.startsWith("vpndoctor.") || KNOWN_LEAKS.contains(name)) return false;
        String pkg = name.substring(0, name.lastIndexOf('.'));
        // a nested API type (vpndoctor.Evidence.Input) has its enclosing class in the "package" part
        return API_PACKAGES.stream().noneMatch(p -> pkg.equals(p) || (pkg.startsWith(p + ".") && Character.isUpperCase(pkg.charAt(p.length() + 1))));
    }
}
