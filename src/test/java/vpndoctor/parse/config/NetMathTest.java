package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.Net;
import vpndoctor.model.config.NetMath;

class NetMathTest {
    @Test void masksAndWildcardsToPrefix() {
        assertThat(NetMath.maskToPrefix("255.255.255.0")).isEqualTo(24);
        assertThat(NetMath.maskToPrefix("255.254.0.0")).isEqualTo(15);
        assertThat(NetMath.maskToPrefix("0.0.0.0")).isZero();
        assertThat(NetMath.wildcardToPrefix("0.0.0.255")).isEqualTo(24);
        assertThat(NetMath.wildcardToPrefix("0.0.0.0")).isEqualTo(32);
    }

    @Test void nonContiguousMaskIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> NetMath.maskToPrefix("255.0.255.0")).hasMessageContaining("non-contiguous mask 255.0.255.0");
        assertThatThrownBy(() -> NetMath.maskToPrefix("0.0.0.255")).hasMessageContaining("non-contiguous");
        assertThatThrownBy(() -> NetMath.wildcardToPrefix("0.0.255.7")).hasMessageContaining("non-contiguous wildcard");
    }

    @Test void badOctetsAreRefused() {
        assertThatThrownBy(() -> NetMath.parseAddress("300.1.1.1")).hasMessageContaining("octet 300 > 255");
        assertThatThrownBy(() -> NetMath.parseAddress("10.1.1")).hasMessageContaining("not an IPv4 address");
    }

    @Test void netContainsOverlapsAndPrints() {
        Net n27 = Net.parse("10.0.0.0/27");
        Net n28 = Net.parse("10.0.0.0/28");
        assertThat(n27.contains(n28)).isTrue();
        assertThat(n28.contains(n27)).isFalse();
        assertThat(n28.overlaps(n27)).isTrue();
        assertThat(Net.parse("10.0.0.32/27").overlaps(n27)).isFalse();
        assertThat(Net.of(NetMath.parseAddress("10.1.1.5"), 24)).hasToString("10.1.1.0/24").isEqualTo(Net.parse("10.1.1.0/24"));
        assertThat(Net.parse("10.1.1.0").isHost()).isTrue();
        assertThat(Net.parse("172.20.0.0/15").getMask()).isEqualTo("255.254.0.0");
    }

    @Test void rangeBecomesMinimalPrefixes() {
        assertThat(NetMath.rangeToNets(NetMath.parseAddress("10.0.0.1"), NetMath.parseAddress("10.0.0.6")))
                .extracting(Net::toString).containsExactly("10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32");
        assertThat(NetMath.rangeToNets(NetMath.parseAddress("10.0.0.0"), NetMath.parseAddress("10.0.0.255")))
                .extracting(Net::toString).containsExactly("10.0.0.0/24");
    }
}
