package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vpndoctor.model.Side;
import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.model.config.KeyringPeer;
import vpndoctor.model.config.NetInterface;
import vpndoctor.parse.CaseFileSniffer;

/**
 * Configs typed at the CLI, as lab write-ups and forum posts paste them: with the prompts
 * ("R1(config-crypto-map)#set peer ..."), and with IOS's short keywords ("int e0/0", "pre-share local K").
 * Before session 10 a pasted session read as nothing at all (every line "understood", no fact), and the
 * short keywords left the interface, and so its crypto map, unread.
 */
class TypedConfigsTest {
    @Test
    void aPastedCliSessionReadsAsTheConfigItTyped() {
        ParsedConfig p = Cfg.resource("ios-typed-cli-session.txt", Side.LOCAL);
        CryptoMapEntry e = Cfg.one(p, CryptoMapEntry.class);
        assertThat(e.getPeers()).containsExactly("198.51.100.2");
        assertThat(e.getMatchAcl()).isEqualTo("110");
        assertThat(e.getTransformSets()).containsExactly("TS");
        // "int f0/0" typed at (config)#, "crypto map CMAP" at (config-if)#: the map is bound to that interface
        assertThat(Cfg.one(p, NetInterface.class).getAddress()).isEqualTo("192.0.2.1");
        assertThat(Cfg.one(p, CryptoMapBinding.class).getIface()).isEqualTo("f0/0");
        assertThat(Cfg.one(p, DeviceInfo.class).getHostname()).isEqualTo("R1");
        assertThat(p.unparsed()).isEmpty();
    }

    @Test
    void aPastedCliSessionIsSniffedAsAConfigOfThePromptsDevice() throws Exception {
        byte[] text;
        try (var in = TypedConfigsTest.class.getResourceAsStream("/configs/ios-typed-cli-session.txt")) {
            text = in.readAllBytes();
        }
        CaseFileSniffer.Sniff s = CaseFileSniffer.sniff(text);
        assertThat(s.kind()).isEqualTo(CaseFileSniffer.Kind.CONFIG);
        assertThat(s.hostname()).isEqualTo("R1");
        assertThat(new String(text, StandardCharsets.UTF_8)).contains("R1(config-crypto-map)#set peer");
    }

    @Test
    void aSavedConfigIsNoTranscript() {
        // the neighbour: a show run paste keeps every line as it is
        assertThat(CliTranscript.isTranscript(java.util.List.of("hostname R1", "interface Gi0/0", " ip address 192.0.2.1 255.255.255.0", " crypto map CMAP"))).isFalse();
        ParsedConfig p = Cfg.parse("version 15.4", "hostname R1", "interface Gi0/0", " ip address 192.0.2.1 255.255.255.0", " crypto map CMAP");
        assertThat(Cfg.one(p, CryptoMapBinding.class).getIface()).isEqualTo("Gi0/0");
    }

    @Test
    void shortKeywordsAreReadAsTheFullOnes() {
        ParsedConfig p = Cfg.parse("version 15.4", "int e0/0", " ip add 1.1.1.1 255.255.255.0", " crypto map CMAP",
                "crypto ikev2 keyring KR", " peer UK", "  address 1.1.1.2", "  pre-share local abc123", "  pre-share remote moshin123");
        assertThat(Cfg.one(p, NetInterface.class).getAddress()).isEqualTo("1.1.1.1");
        assertThat(Cfg.one(p, CryptoMapBinding.class).getIface()).isEqualTo("e0/0");
        KeyringPeer k = Cfg.one(p, KeyringPeer.class);
        assertThat(k.isKeysKnown()).isTrue();
        // the keys typed after a short keyword are masked like any other
        assertThat(p.factsOf(KeyringPeer.class).toString() + p.unparsed()).doesNotContain("abc123", "moshin123");
        assertThat(p.unparsed()).isEmpty();
    }

    @Test
    void aWordThatOnlyStartsLikeAKeywordIsLeftAlone() {
        assertThat(Abbreviations.expand("ip access-list extended X")).isEqualTo("ip access-list extended X");
        assertThat(Abbreviations.expand(" interface-type x")).isEqualTo(" interface-type x");
        assertThat(Abbreviations.expand(" int x")).isEqualTo(" int x"); // a sub-line "int" is no interface command
        assertThat(Abbreviations.expand("in x")).isEqualTo("in x");
    }
}
