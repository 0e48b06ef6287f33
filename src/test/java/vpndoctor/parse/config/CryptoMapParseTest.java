package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.TransformSet;
import vpndoctor.model.config.XauthSetting;

class CryptoMapParseTest {
    @Test void pixOneLineEntryAndBinding() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "crypto map M 20 ipsec-isakmp", "crypto map M 20 match address 101",
                "crypto map M 20 set peer 10.0.0.2", "crypto map M 20 set transform-set TS", "crypto map M 20 set pfs group2",
                "crypto map M 20 set security-association lifetime seconds 3600 kilobytes 4608000", "crypto map M interface outside");
        CryptoMapEntry e = Cfg.one(p, CryptoMapEntry.class);
        assertThat(e.getSeq()).isEqualTo(20);
        assertThat(e.getPeers()).containsExactly("10.0.0.2");
        assertThat(e.getMatchAcl()).isEqualTo("101");
        assertThat(e.getTransformSets()).containsExactly("TS");
        assertThat(e.getPfsGroup()).isEqualTo(2);
        assertThat(e.getLifetimeSeconds()).isEqualTo(3600);
        assertThat(e.isComplete()).isTrue();
        assertThat(e.getOrigins()).hasSize(6);
        assertThat(Cfg.one(p, CryptoMapBinding.class).getIface()).isEqualTo("outside");
    }

    @Test void iosBlockEntryAndInterfaceBinding() {
        ParsedConfig p = Cfg.parse("version 12.4", "crypto map M 10 ipsec-isakmp", " set peer 10.0.0.1", " set transform-set A B",
                " match address VPN", "!", "interface Serial0/0", " ip address 10.0.0.2 255.255.255.252", " crypto map M");
        CryptoMapEntry e = Cfg.one(p, CryptoMapEntry.class);
        assertThat(e.getTransformSets()).containsExactly("A", "B");
        assertThat(e.isPfs()).isFalse();
        assertThat(Cfg.one(p, CryptoMapBinding.class).getIface()).isEqualTo("Serial0/0");
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void asaIkev1AndIkev2Sets() {
        ParsedConfig p = Cfg.parse("ASA Version 9.1(7)", "crypto map M 10 match address A", "crypto map M 10 set peer 10.0.0.1",
                "crypto map M 10 set ikev1 transform-set T1", "crypto map M 10 set ikev2 ipsec-proposal P1", "crypto map M 10 set pfs");
        CryptoMapEntry e = Cfg.one(p, CryptoMapEntry.class);
        assertThat(e.getTransformSets()).containsExactly("T1", "P1");
        assertThat(e.getPfsGroup()).isEqualTo(2);
    }

    @Test void dynamicMapOrderAndXauth() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "crypto dynamic-map DYN 10 set transform-set TS",
                "crypto map M 5 ipsec-isakmp dynamic DYN", "crypto map M 10 ipsec-isakmp", "crypto map M 10 match address 101",
                "crypto map M 10 set peer 10.0.0.2", "crypto map M 10 set transform-set TS", "crypto map M client authentication LOCAL",
                "crypto map M client configuration address initiate");
        List<CryptoMapEntry> es = p.factsOf(CryptoMapEntry.class);
        CryptoMapEntry dynEntry = es.stream().filter(CryptoMapEntry::isDynamicMapEntry).findFirst().orElseThrow();
        CryptoMapEntry ref = es.stream().filter(CryptoMapEntry::isDynamicRef).findFirst().orElseThrow();
        CryptoMapEntry stat = es.stream().filter(e -> e.getSeq() == 10 && !e.isDynamicMapEntry()).findFirst().orElseThrow();
        assertThat(dynEntry.getMap()).isEqualTo("DYN");
        assertThat(ref.getDynamicMapName()).isEqualTo("DYN");
        assertThat(ref.getSeq()).isLessThan(stat.getSeq());
        assertThat(stat.isClientAuth()).isTrue();
        assertThat(stat.isClientConfig()).isTrue();
        assertThat(p.factsOf(XauthSetting.class)).extracting(XauthSetting::getKind).containsExactly("xauth", "config-mode");
    }

    @Test void incompleteEntrySaysWhatIsMissing() {
        CryptoMapEntry e = Cfg.one(Cfg.parse("PIX Version 6.3(1)", "crypto map M 10 ipsec-isakmp", "crypto map M 10 set transform-set TS"),
                CryptoMapEntry.class);
        assertThat(e.isComplete()).isFalse();
        assertThat(e.getMissing()).isEqualTo("set peer, match address");
    }

    @Test void transformSetsAreNormalised() {
        ParsedConfig p = Cfg.parse("version 12.4", "crypto ipsec transform-set T1 esp-md5-hmac esp-3des", " mode transport",
                "crypto ipsec transform-set T2 esp-aes 256 esp-sha-hmac", "crypto ipsec transform-set T3 esp-aes esp-sha-hmac");
        List<TransformSet> ts = p.factsOf(TransformSet.class);
        assertThat(ts.get(0).getTransforms()).containsExactly("esp-3des", "esp-md5-hmac");
        assertThat(ts.get(0).getMode()).isEqualTo("transport");
        assertThat(ts.get(1).getTransforms()).containsExactly("esp-aes-256", "esp-sha-hmac");
        assertThat(ts.get(2).getTransforms()).containsExactly("esp-aes-128", "esp-sha-hmac");
    }

    @Test void asaTransformSetsAndIkev2Proposal() {
        ParsedConfig p = Cfg.parse("ASA Version 8.4(7)", "crypto ipsec ikev1 transform-set T esp-aes-256 esp-sha-hmac",
                "crypto ipsec ikev1 transform-set T mode transport", "crypto ipsec ikev2 ipsec-proposal P",
                " protocol esp encryption aes-256 aes", " protocol esp integrity sha-1 md5");
        List<TransformSet> ts = p.factsOf(TransformSet.class);
        assertThat(ts.get(0).getMode()).isEqualTo("transport");
        assertThat(ts.get(0).getTransforms()).containsExactly("esp-aes-256", "esp-sha-hmac");
        assertThat(ts.get(1).getIkeVersion()).isEqualTo(2);
        assertThat(ts.get(1).getTransforms()).containsExactly("esp-aes-128", "esp-aes-256", "esp-md5-hmac", "esp-sha-hmac");
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void unknownCryptoLinesAreReported() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "crypto map M 10 set wibble 3", "crypto ipsec transform-set T esp-3des foo-bar",
                "crypto frobnicate all", "crypto ca identity x");
        assertThat(p.unparsed()).extracting(u -> u.getLine()).containsExactly(2, 3, 4);
        assertThat(p.unparsedCount() + p.used() + p.ignored()).isEqualTo(p.lines());
    }
}
