package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A recommended next command and why.
 *
 * @param command the command to run, in the device's syntax
 * @param why what its output will tell
 * @param tunnel the tunnel (peer address) it is about, or null for all
 * @param causeId the root cause or hypothesis it helps confirm, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Advice(String command, String why, String tunnel, String causeId) {}
