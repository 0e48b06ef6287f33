package vpndoctor.result;

import java.util.List;
import vpndoctor.model.Skipped;

/**
 * What was read: lines = relevant + irrelevant + unrecognized + skippedLines. skipped lists the
 * reasons (whole sources that could not be read have line 0).
 */
public record InputSummary(long lines, long relevant, long irrelevant, long unrecognized, long skippedLines,
                           List<Skipped> skipped, List<String> sources, long configLines, long configUnparsed) {}
