package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The device the Fix is for: side "local", "peer" or "either" (no rule could tell which one must
 * change), its hostname and platform when a config names them, and why that side.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Change(String side, String hostname, String platform, String reason) {
    /** "on the peer rtr-branch (IOS)", "on either side". */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String describe() {
        if ("either".equals(side)) return "either side";
        String who = "local".equals(side) ? "our device" : "the peer";
        String name = hostname == null || hostname.isEmpty() ? "" : " " + hostname;
        String plat = platform == null || platform.isEmpty() ? "" : " (" + platform + ")";
        return who + name + plat;
    }
}
