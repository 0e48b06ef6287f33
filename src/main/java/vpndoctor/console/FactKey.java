package vpndoctor.console;

import java.util.ArrayList;
import java.util.List;
import vpndoctor.model.Origin;
import vpndoctor.model.Traceable;

/**
 * What makes two input facts "the same" across a re-parse: class, description and the text of
 * the lines they came from. Not the id or line number: those shift when a line is added, and a
 * fact that did not change must stay in the session (so truth maintenance has nothing to redo).
 */
public record FactKey(String type, String describe, List<String> lines) {
    public static FactKey of(Object fact) {
        if (fact instanceof Traceable t) {
            List<String> texts = new ArrayList<>(t.getOrigins().size());
            for (Origin o : t.getOrigins()) texts.add(o.getSource() + "|" + o.getText());
            return new FactKey(fact.getClass().getName(), t.describe(), texts);
        }
        return new FactKey(fact.getClass().getName(), String.valueOf(fact), List.of());
    }
}
