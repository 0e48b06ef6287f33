package vpndoctor.result;

/** What made the diagnosis: the tool's version and the rule set's identity (first 12 hex digits of a SHA-256 over every rule file). */
public record Tool(String name, String version, String ruleSet) {}
