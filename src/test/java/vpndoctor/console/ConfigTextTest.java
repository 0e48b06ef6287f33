package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.Side;

/** The exact edit semantics of 'assume' (documented in ConfigText and 'help assume'). */
class ConfigTextTest {
    private static final ConfigText PIX = new ConfigText("local.cfg", Side.LOCAL, List.of(
            "access-list l2l permit ip 10.1.0.0 255.255.255.0 10.2.0.0 255.255.255.0",
            "access-list l2l permit ip 10.3.0.0 255.255.255.0 10.2.0.0 255.255.255.0",
            "crypto map M 10 set peer 192.0.2.1",
            "crypto map M 10 set transform-set A B",
            "isakmp key s3cret-key address 192.0.2.1 netmask 255.255.255.255",
            "isakmp policy 10 hash md5",
            ": end"));

    private static final ConfigText IOS = new ConfigText("local.cfg", Side.LOCAL, List.of(
            "crypto map VPN 10 ipsec-isakmp",
            " set peer 192.0.2.1",
            " match address 101",
            "interface Serial0"));

    @Test
    void aLineWithTheSameCommandPrefixReplacesTheOldValueInPlace() {
        ConfigText.Edit e = PIX.apply("crypto map M 10 set peer 192.0.2.9");
        assertThat(e.changed()).isTrue();
        assertThat(e.result().lines().get(2)).isEqualTo("crypto map M 10 set peer 192.0.2.9");
        assertThat(e.result().lines()).hasSize(PIX.lines().size());
        assertThat(PIX.apply("isakmp policy 10 hash sha").result().lines().get(5)).isEqualTo("isakmp policy 10 hash sha");
        assertThat(PIX.apply("crypto map M 10 set transform-set C").result().lines().get(3)).isEqualTo("crypto map M 10 set transform-set C");
    }

    @Test
    void anAclEntryReplacesTheEntryWithMostLeadingWordsInCommon() {
        ConfigText.Edit e = PIX.apply("access-list l2l permit ip 10.3.0.0 255.255.0.0 10.2.0.0 255.255.255.0");
        assertThat(e.result().lines().get(0)).isEqualTo(PIX.lines().get(0));
        assertThat(e.result().lines().get(1)).isEqualTo("access-list l2l permit ip 10.3.0.0 255.255.0.0 10.2.0.0 255.255.255.0");
    }

    @Test
    void aKeyLineReplacesTheKeyForTheSameAddressAndMessagesMaskTheKey() {
        ConfigText.Edit e = PIX.apply("isakmp key other-key address 192.0.2.1 netmask 255.255.255.255");
        assertThat(e.result().lines().get(4)).contains("other-key");
        assertThat(e.summary()).doesNotContain("other-key").doesNotContain("s3cret-key").contains("*****");
    }

    @Test
    void aNewCommandIsAppendedAboveTheEndLine() {
        ConfigText.Edit e = PIX.apply("isakmp identity address");
        assertThat(e.result().lines()).hasSize(PIX.lines().size() + 1);
        assertThat(e.result().lines().get(6)).isEqualTo("isakmp identity address");
        assertThat(e.result().lines().get(7)).isEqualTo(": end");
    }

    @Test
    void noRemovesEqualLinesElseLinesStartingWithTheWordsAndKeepsNumbering() {
        ConfigText.Edit e = PIX.apply("no isakmp policy 10");
        assertThat(e.result().lines().get(5)).isEqualTo("!");
        assertThat(e.result().lines()).hasSize(PIX.lines().size());
        assertThat(PIX.apply("no isakmp policy 99").changed()).isFalse();
        assertThat(PIX.apply("crypto map M 10 set peer 192.0.2.1").changed()).isFalse();
    }

    @Test
    void blockSubLinesAreEditedWithParentSlashChild() {
        ConfigText.Edit e = IOS.apply("crypto map VPN 10 ipsec-isakmp / set peer 192.0.2.7");
        assertThat(e.result().lines().get(1)).isEqualTo(" set peer 192.0.2.7");
        ConfigText.Edit add = IOS.apply("crypto map VPN 10 ipsec-isakmp / set pfs group2");
        assertThat(add.result().lines().get(3)).isEqualTo(" set pfs group2");
        ConfigText.Edit rm = IOS.apply("no crypto map VPN 10 ipsec-isakmp");
        assertThat(rm.result().lines().subList(0, 3)).containsExactly("!", " !", " !");
        assertThat(rm.result().lines().get(3)).isEqualTo("interface Serial0");
    }
}
