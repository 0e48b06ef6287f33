package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vpndoctor.model.InputAccounting;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.NatRule;
import vpndoctor.model.config.PresharedKey;
import vpndoctor.model.config.TransformSet;

/** The sample pairs parse completely and mirror each other the way a working tunnel needs. */
class HealthyConfigsTest {
    @Test void pixAndIosPairParseCleanlyAndMirror() {
        ParsedConfig pix = Cfg.resource("pix-healthy-local.cfg", Side.LOCAL);
        ParsedConfig ios = Cfg.resource("ios-healthy-peer.cfg", Side.PEER);
        assertThat(pix.unparsed()).isEmpty();
        assertThat(ios.unparsed()).isEmpty();
        assertThat(pix.platform()).isEqualTo(Platform.PIX);
        assertThat(ios.platform()).isEqualTo(Platform.IOS);
        assertMirrored(pix, ios);
    }

    @Test void asaPairParsesCleanlyAndMirrors() {
        ParsedConfig a = Cfg.resource("asa-healthy-a.cfg", Side.LOCAL);
        ParsedConfig b = Cfg.resource("asa-healthy-b.cfg", Side.PEER);
        assertThat(a.unparsed()).isEmpty();
        assertThat(b.unparsed()).isEmpty();
        assertThat(a.platform()).isEqualTo(Platform.ASA);
        assertThat(a.version()).isEqualTo("8.4(7)");
        assertMirrored(a, b);
        assertThat(a.factsOf(NatRule.class)).anyMatch(NatRule::isExempting);
    }

    @Test void accountingAddsUp() {
        ParsedConfig pix = Cfg.resource("pix-healthy-local.cfg", Side.LOCAL);
        assertThat(pix.used() + pix.ignored() + pix.unparsedCount()).isEqualTo(pix.lines());
        InputAccounting acc = new InputAccounting();
        pix.accountInto(acc);
        assertThat(acc.getLines()).isEqualTo(pix.lines());
        assertThat(acc.getRelevant()).isEqualTo(pix.used());
    }

    private static void assertMirrored(ParsedConfig x, ParsedConfig y) {
        // Same key on both sides, each pointing at the other's outside address.
        PresharedKey kx = Cfg.one(x, PresharedKey.class);
        PresharedKey ky = Cfg.one(y, PresharedKey.class);
        assertThat(kx.getKeyDigest()).isEqualTo(ky.getKeyDigest()).isNotEmpty();
        // A common phase 1 policy and an identical transform set.
        assertThat(x.factsOf(IsakmpPolicy.class)).extracting(IsakmpPolicy::getSignature)
                .containsAnyElementsOf(y.factsOf(IsakmpPolicy.class).stream().map(IsakmpPolicy::getSignature).toList());
        assertThat(x.factsOf(TransformSet.class)).extracting(TransformSet::getSignature)
                .containsAnyElementsOf(y.factsOf(TransformSet.class).stream().map(TransformSet::getSignature).toList());
        // One complete map entry per side, bound to an interface, with the same PFS group.
        CryptoMapEntry ex = Cfg.one(x, CryptoMapEntry.class);
        CryptoMapEntry ey = Cfg.one(y, CryptoMapEntry.class);
        assertThat(ex.isComplete()).isTrue();
        assertThat(ey.isComplete()).isTrue();
        assertThat(ex.getPfsGroup()).isEqualTo(ey.getPfsGroup());
        assertThat(Cfg.one(x, CryptoMapBinding.class).getMap()).isEqualTo(ex.getMap());
        // The crypto ACLs are mirror images.
        List<String> ax = x.factsOf(AclEntry.class).stream().filter(e -> e.getAcl().equals(ex.getMatchAcl()))
                .map(e -> e.getSource() + ">" + e.getDestination()).sorted().toList();
        List<String> ay = y.factsOf(AclEntry.class).stream().filter(e -> e.getAcl().equals(ey.getMatchAcl()))
                .map(e -> e.getDestination() + ">" + e.getSource()).sorted().toList();
        assertThat(ax).isNotEmpty().isEqualTo(ay);
    }
}
