package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A device a config was read from: side ("local" or "peer"), hostname, platform, software version, the file. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Device(String side, String hostname, String platform, String version, String source) {
    /** "asa-hq (ASA 9.8)", or the file name when the config names no host. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String label() {
        String name = hostname == null || hostname.isEmpty() ? (source == null ? "?" : source) : hostname;
        return name + " (" + platform + (version == null || version.isEmpty() ? "" : " " + version) + ")";
    }
}
