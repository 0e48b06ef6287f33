package vpndoctor.model;

/**
 * What a log line fact offers whether a parser understood it ({@link LogEvent}) or not
 * ({@link UnrecognizedLine}): its words, its tunnel and its place in the input. The DSL's
 * {@code the log says "..."} matches this type, so a rule can be written for a message the
 * parsers do not know yet.
 */
public interface LogLine extends Traceable {
    /** True when a kept line contains the phrase, ignoring case. */
    boolean says(String phrase);
    /** The peer address the line (or the negotiation around it) names, or "unknown". */
    String getTunnel();
    /** How many lines the fact stands for. */
    int getCount();
    /** Input order of the first line. */
    long getFirstSeq();
    /** Input order of the last line. */
    long getLastSeq();
}
