package vpndoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.TransformSet;

/** Which of the peer's transform sets can accept what our SA requests offered, one protocol part per request. */
class SentProposalsTest {
    private static final Origin O = new Origin("x.log", 1, "");

    private static LogEvent request(String transform) {
        return new LogEvent("e1", "SA_REQUEST", Platform.IOS, "198.51.100.7", "192.0.2.1", Map.of("transform", transform), O, "", 1);
    }

    private static TransformSet set(Side side, String name, String... words) {
        return new TransformSet("t", side, List.of(O), name, TransformSet.normalise(List.of(words)), 1, "tunnel");
    }

    @Test
    void espOnlyOfferAgainstAnAhPlusEspSetIsRefused() {
        // the ESP part differs (integrity on ours, none on theirs), whatever the AH part
        assertThat(SentProposals.accepted(List.of(request("esp-des esp-md5-hmac")),
                List.of(set(Side.PEER, "p", "ah-md5-hmac", "esp-des")), List.of(), "192.0.2.1", List.of())).isFalse();
    }

    @Test
    void theSameEspPartWithAnAhPartOnlyTheirsIsRefusedWhenOurSetShowsWeOfferNoAh() {
        var peer = List.of(set(Side.PEER, "p", "ah-sha-hmac", "esp-aes", "esp-sha-hmac"));
        var req = List.of(request("esp-aes esp-sha-hmac"));
        // our own set says the proposal is ESP only: a set with AH too is another proposal
        assertThat(SentProposals.accepted(req, peer, List.of(), "192.0.2.1", List.of(set(Side.LOCAL, "o", "esp-aes", "esp-sha-hmac")))).isFalse();
        // without our config an AH request may have been cut from the excerpt: nothing claimed
        assertThat(SentProposals.accepted(req, peer, List.of(), "192.0.2.1", List.of())).isTrue();
    }

    @Test
    void anAhAndAnEspRequestMeetTheirAhPlusEspSet() {
        var req = List.of(request("ah-sha-hmac"), request("esp-3des"));
        var ours = List.of(set(Side.LOCAL, "o", "ah-sha-hmac", "esp-3des"));
        assertThat(SentProposals.accepted(req, List.of(set(Side.PEER, "p", "esp-3des", "ah-sha-hmac")), List.of(), "192.0.2.1", ours)).isTrue();
        assertThat(SentProposals.accepted(req, List.of(set(Side.PEER, "p", "esp-3des")), List.of(), "192.0.2.1", ours)).isFalse();
    }

    @Test
    void onlyTheSetsTheirMapOffersUsCount() {
        var peer = List.of(set(Side.PEER, "OTHER", "esp-aes", "esp-sha-hmac"), set(Side.PEER, "OURS", "esp-3des", "esp-md5-hmac"));
        var entry = new CryptoMapEntry("m", Side.PEER, List.of(O), "M", 10, "101", List.of("192.0.2.1"), List.of("OURS"), 0, false, "", false, false, false, 0);
        assertThat(SentProposals.accepted(List.of(request("esp-aes esp-sha-hmac")), peer, List.of(entry), "192.0.2.1", List.of())).isFalse();
        assertThat(SentProposals.accepted(List.of(request("esp-aes esp-sha-hmac")), peer, List.of(), "192.0.2.1", List.of())).isTrue();
    }

    @Test
    void anUnreadableRequestClaimsNothing() {
        assertThat(SentProposals.accepted(List.of(request("NONE")), List.of(set(Side.PEER, "p", "esp-3des")), List.of(), "192.0.2.1", List.of())).isTrue();
    }
}
