package vpndoctor.result;

import java.util.List;
import vpndoctor.model.Skipped;

/**
 * What was read: lines = relevant + irrelevant + unrecognized + skippedLines. skipped lists the
 * reasons (whole sources that could not be read have line 0).
 *
 * @param lines every log line read
 * @param relevant lines a parser turned into facts
 * @param irrelevant lines read that say nothing the rules use (not about the VPN)
 * @param unrecognized VPN-looking lines no parser understood
 * @param skippedLines lines that could not be used (see skipped)
 * @param skipped what was skipped and why
 * @param sources the names of the inputs read
 * @param configLines configuration lines read
 * @param configUnparsed configuration lines no parser understood
 */
public record InputSummary(long lines, long relevant, long irrelevant, long unrecognized, long skippedLines,
                           List<Skipped> skipped, List<String> sources, long configLines, long configUnparsed) {}
