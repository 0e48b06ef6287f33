package vpndoctor.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Named sets of event kinds that several rule files test together: one list, named for what the
 * kinds have in common, instead of the same "kind in (...)" copied from file to file. Built from
 * EventKind constants, so a renamed kind breaks the build, not a rule. In DRL:
 * {@code LogEvent( kind memberOf vpndoctor.model.EventKinds.P1_RETRANSMITS )}.
 */
public final class EventKinds {
    /** Phase 1 sent again, or given up after sending again: the peer did not answer. */
    public static final Set<String> P1_RETRANSMITS = of(EventKind.P1_RETRANSMIT, EventKind.P1_RETRANSMIT_GAVE_UP);
    /** The peer or we refused the proxy identities (the encryption domains) of a quick mode. */
    public static final Set<String> PROXY_REFUSALS = of(EventKind.PROXY_ID_NOT_SUPPORTED, EventKind.NO_MATCHING_CRYPTO_MAP);
    /** Phase 1 got far enough to identify the peer. */
    public static final Set<String> P1_UP = of(EventKind.P1_COMPLETED, EventKind.VPN3000_PEER);
    /** Phase 1 messages that failed their integrity or authentication check. */
    public static final Set<String> P1_INTEGRITY_FAILURES = of(EventKind.IKE_BAD_MESSAGE, EventKind.HASH_VERIFY_FAILED);

    private EventKinds() {}

    private static Set<String> of(EventKind... kinds) {
        return Arrays.stream(kinds).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Every named set, by name (for `rules check` and the documentation). */
    public static Map<String, Set<String>> all() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Field f : EventKinds.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Set.class) {
                try {
                    @SuppressWarnings("unchecked") Set<String> s = (Set<String>) f.get(null);
                    out.put(f.getName(), s);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
