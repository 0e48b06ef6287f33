package vpndoctor.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * String.format("%.2f", v), remembered per value: every finding's labels and reasons print weights
 * and confidences, and Formatter looks up the locale's symbols on each call (issue 14: a seventh of
 * assembling 100k tunnels). The few distinct values repeat across tunnels. One per assembly, one thread.
 */
final class TwoDecimals {
    private final Map<Double, String> seen = new HashMap<>();

    String of(double v) {
        return seen.computeIfAbsent(v, x -> String.format("%.2f", x));
    }
}
