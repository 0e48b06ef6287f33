package vpndoctor.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The device a finding's remediation is for.
 *
 * @param side "local" or "peer" when a rule tells which device must change; "either" when none can
 *        (the remediation is then in our device's syntax)
 * @param hostname that device's hostname when a config names it, else ""
 * @param platform the platform the remediation is written for
 * @param reason why that side (or why either)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Change(String side, String hostname, String platform, String reason) {
    /**
     * The device in words.
     *
     * @return "the peer rtr-br (IOS)", "our device asa-hq (ASA)" or "either side"
     */
    @JsonIgnore
    public String describe() {
        if ("either".equals(side)) return "either side";
        String who = "local".equals(side) ? "our device" : "the peer";
        String name = hostname == null || hostname.isEmpty() ? "" : " " + hostname;
        String plat = platform == null || platform.isEmpty() ? "" : " (" + platform + ")";
        return who + name + plat;
    }
}
