package vpndoctor.engine;

import java.util.List;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.Platform;

/** Evidence turned into input facts, with the accounting of what was read and skipped. */
public record LoadedEvidence(List<Object> facts, InputAccounting accounting, List<String> sources,
                             Platform configPlatform, long configLines, long configUnparsed, List<String> notes) {}
