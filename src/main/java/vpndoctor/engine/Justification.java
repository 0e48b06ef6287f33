package vpndoctor.engine;

import java.util.List;

/** One reason a derived fact holds: the rule that concluded it and the facts that rule matched. */
public record Justification(String rule, String description, List<Object> matched) {
    public Justification {
        matched = List.copyOf(matched);
    }
}
