package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * Log lines of the other side's gateway, pasted into the input by the user (Check Point, Nokia, VPN 3000).
 * Each carries reportedBy=peer: the addresses they name are of that gateway's view (the peer they name is
 * us), and the engine places them by those addresses (engine/PeerSideLines).
 */
final class PeerLogRules {
    static final List<Rule> RULES = List.of(
        Rule.of("client encryption: user unknown", PEER_REPORTS_USER_UNKNOWN, "reportedBy", "peer"),
        Rule.of("failed to obtain user object", PEER_REPORTS_USER_UNKNOWN, "reportedBy", "peer"),
        Rule.of("terminated by state machine", PEER_REPORTS_STATE_MACHINE_TERMINATED, "reportedBy", "peer"),
        Rule.of("no proposal chosen(14)", PEER_REPORTS_NO_PROPOSAL_CHOSEN, "reportedBy", "peer"),
        Rule.of("ike: main mode completion", P1_COMPLETED, "reportedBy", "peer")
    );

    private PeerLogRules() {}
}
