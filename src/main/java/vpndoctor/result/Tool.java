package vpndoctor.result;

/**
 * What made a diagnosis.
 *
 * @param name "vpn-doctor"
 * @param version the tool's version
 * @param ruleSet the rule set: first 12 hex digits of a SHA-256 over every rule file's path and text
 */
public record Tool(String name, String version, String ruleSet) {}
