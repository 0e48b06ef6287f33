package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/** Log lines of the other side's gateway, pasted into the input by the user (Check Point, Nokia, VPN 3000). */
final class PeerLogRules {
    static final List<Rule> RULES = List.of(
        Rule.of("client encryption: user unknown", PEER_REPORTS_USER_UNKNOWN),
        Rule.of("failed to obtain user object", PEER_REPORTS_USER_UNKNOWN),
        Rule.of("terminated by state machine", PEER_REPORTS_STATE_MACHINE_TERMINATED),
        Rule.of("no proposal chosen(14)", PEER_REPORTS_NO_PROPOSAL_CHOSEN),
        Rule.of("ike: main mode completion", P1_COMPLETED, "reportedBy", "peer")
    );

    private PeerLogRules() {}
}
