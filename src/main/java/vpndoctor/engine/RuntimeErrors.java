package vpndoctor.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Errors thrown by rule consequences during one firing. Drools instantiates the exception
 * handler by class, so the collector is bound to the firing thread for the duration of a fire.
 */
public final class RuntimeErrors {
    private static final ThreadLocal<RuntimeErrors> CURRENT = ThreadLocal.withInitial(RuntimeErrors::new);
    public static final int MAX_KEPT = 50;

    private final List<String> errors = new ArrayList<>();

    static RuntimeErrors current() { return CURRENT.get(); }

    /** Starts collecting for a firing on this thread; returns the collector to read afterwards. */
    static RuntimeErrors begin() {
        RuntimeErrors fresh = new RuntimeErrors();
        CURRENT.set(fresh);
        return fresh;
    }

    static void end() { CURRENT.remove(); }

    void add(String rule, String message) {
        if (errors.size() < MAX_KEPT) errors.add("rule \"" + rule + "\" failed: " + message);
    }

    public List<String> list() { return List.copyOf(errors); }
}
