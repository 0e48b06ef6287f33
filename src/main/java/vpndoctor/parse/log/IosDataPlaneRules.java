package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * IOS-XE data-plane messages (often relayed inside %IOSXE-3-PLATFORM) that name the SA's addresses in
 * their own layout, "src_addr A, dest_addr B": the sender of the dropped packet is the peer.
 */
final class IosDataPlaneRules {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;

    static final List<Rule> RULES = List.of(
        // %IPSEC-3-REPLAY_ERROR: "IPSec SA receives anti-replay error, DP Handle 13, src_addr A, dest_addr B, SPI 0x.."
        // (code-index 20455124705; Cisco TechNote 116858)
        Rule.re("anti-replay error", "src_addr " + ADDR + ", dest_addr " + ADDR, ESP_REPLAY_DROPPED,
                (m, o) -> o.peer(m.group(1)).local(m.group(2)), "proto", "esp"),
        // %IPSEC-3-HMAC_ERROR: "IPSec SA receives HMAC error, DP Handle 349, src_addr A, dest_addr B, SPI 0x.." (Cisco bug
        // CSCuv74256's log; Cisco TechNote 116085 for what a rate of them means)
        Rule.re("receives hmac error", "src_addr " + ADDR + ", dest_addr " + ADDR, ESP_INTEGRITY_FAILED,
                (m, o) -> o.peer(m.group(1)).local(m.group(2)), "proto", "esp"),
        // %MOTCR-1-PKTENGRET_ERROR: "MOTCR PktEng Return Value = 0x20000, PktEngReturn_MACMiscompare" (cisconews): the
        // accelerator's HMAC check failed; the line names no SA
        Rule.act("macmiscompare", ESP_INTEGRITY_FAILED, (m, o) -> { o.tunnelless = true; o.peer = null; }, "proto", "esp")
    );

    private IosDataPlaneRules() {}
}
