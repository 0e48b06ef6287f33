package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A recommended next command and why. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Advice(String command, String why, String tunnel, String causeId) {}
