package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A device whose config was read.
 *
 * @param side "local" (ours: the device whose logs are read) or "peer"
 * @param hostname the hostname the config names, or ""
 * @param platform PIX, ASA, IOS or device
 * @param version the software version the config names ("9.8(4)"), or ""
 * @param source the config's file name as given
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Device(String side, String hostname, String platform, String version, String source) {
    /**
     * The device in a few words.
     *
     * @return "asa-hq (ASA 9.8(4))", or the file name when the config names no host
     */
    @JsonIgnore
    public String label() {
        String name = hostname == null || hostname.isEmpty() ? (source == null ? "?" : source) : hostname;
        return name + " (" + platform + (version == null || version.isEmpty() ? "" : " " + version) + ")";
    }
}
