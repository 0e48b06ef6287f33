package vpndoctor.engine;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** Reads the metadata rule authors put on rules (@description, @id ...). */
public final class RuleInfo {
    private static final String KIE_DESCRIPTION_KEY = "org.kie.api.definition.type.Description";

    private RuleInfo() {}

    /** The rule's @description; the classic engine files it under kie-api's annotation name, so read both. */
    public static String description(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        Object d = meta.get("description");
        if (d == null) d = meta.get(KIE_DESCRIPTION_KEY);
        return d == null ? "" : unquote(d.toString());
    }

    static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
        return t;
    }
}
