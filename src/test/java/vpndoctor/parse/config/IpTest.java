package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import vpndoctor.model.config.Ip;
import vpndoctor.model.config.Net;

/** The address wrapper: masks, wildcards, ranges, containment, IPv4 and IPv6, and log address text. */
class IpTest {
    @Test void masksAndWildcardsToPrefix() {
        assertThat(Ip.maskToPrefix("255.255.255.0")).isEqualTo(24);
        assertThat(Ip.maskToPrefix("255.254.0.0")).isEqualTo(15);
        assertThat(Ip.maskToPrefix("0.0.0.0")).isZero();
        assertThat(Ip.wildcardToPrefix("0.0.0.255")).isEqualTo(24);
        assertThat(Ip.wildcardToPrefix("0.0.0.0")).isEqualTo(32);
        assertThat(Ip.prefixToMask(26)).isEqualTo("255.255.255.192");
    }

    @Test void nonContiguousMaskIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Ip.maskToPrefix("255.0.255.0")).hasMessageContaining("non-contiguous mask 255.0.255.0");
        assertThatThrownBy(() -> Ip.maskToPrefix("0.0.0.255")).hasMessageContaining("non-contiguous");
        assertThatThrownBy(() -> Ip.wildcardToPrefix("0.0.255.7")).hasMessageContaining("non-contiguous wildcard");
    }

    @Test void badAddressesAreRefused() {
        assertThatThrownBy(() -> Ip.parse("300.1.1.1")).hasMessageContaining("not an IP address: 300.1.1.1");
        assertThatThrownBy(() -> Ip.parse("10.1.1")).hasMessageContaining("not an IP address: 10.1.1");
        assertThatThrownBy(() -> Ip.parse("-1.0.0.0")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> Ip.parse("2001:db8::1::2")).hasMessageContaining("not an IP address");
        assertThat(Ip.isAddress("1.2.3.4.5.6")).isFalse();
        assertThat(Ip.isAddress("999.1.1.1")).isFalse();
        assertThat(Ip.isAddress("2001:DB8::1")).isTrue();
        assertThat(Ip.canonical("2001:DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
    }

    @Test void netContainsOverlapsAndPrints() {
        Net n27 = Net.parse("10.0.0.0/27");
        Net n28 = Net.parse("10.0.0.0/28");
        assertThat(n27.contains(n28)).isTrue();
        assertThat(n28.contains(n27)).isFalse();
        assertThat(n28.overlaps(n27)).isTrue();
        assertThat(Net.parse("10.0.0.32/27").overlaps(n27)).isFalse();
        assertThat(Net.of("10.1.1.5", 24)).hasToString("10.1.1.0/24").isEqualTo(Net.parse("10.1.1.0/24"));
        assertThat(Net.parse("10.1.1.0").isHost()).isTrue();
        assertThat(Net.parse("172.20.0.0/15").getMask()).isEqualTo("255.254.0.0");
        assertThat(Net.parse("10.1.1.0").isWrittenLikeNetwork()).isTrue();
        assertThat(Net.parse("10.1.1.9").isWrittenLikeNetwork()).isFalse();
        assertThat(Net.parse("172.20.0.0/15").getClassfulPrefix()).isEqualTo(16);
    }

    @Test void ipv6NetworksContainAndNeverMixWithIpv4() {
        Net site = Net.parse("2001:DB8:1::/48");
        assertThat(site).hasToString("2001:db8:1::/48");
        assertThat(site.contains(Net.parse("2001:db8:1:5::/64"))).isTrue();
        assertThat(site.contains("2001:db8:2::1")).isFalse();
        assertThat(Net.ANY.contains(site)).isFalse();
        assertThat(Net.ANY6.contains(site)).isTrue();
        assertThat(Net.parse("2001:db8::1").isHost()).isTrue();
        assertThat(Net.parse("2001:db8:1::1:0").isWrittenLikeNetwork()).isTrue();
        assertThat(Net.parse("10.0.0.0/8").compareTo(site)).isNegative();
        assertThat(site.getClassfulPrefix()).isZero(); // no classes: a /48 is no supernet
        assertThat(vpndoctor.rules.ConfigFunctions.isSupernet(site)).isFalse();
    }

    @Test void rangeBecomesMinimalPrefixes() {
        assertThat(Ip.range("10.0.0.1", "10.0.0.6"))
                .extracting(Net::toString).containsExactly("10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32");
        assertThat(Ip.range("10.0.0.0", "10.0.0.255")).extracting(Net::toString).containsExactly("10.0.0.0/24");
        assertThat(Ip.range("2001:db8::", "2001:db8::ffff")).extracting(Net::toString).containsExactly("2001:db8::/112");
        assertThatThrownBy(() -> Ip.range("10.0.0.9", "10.0.0.1")).hasMessageContaining("before start");
    }

    @Test void logAddressTextIsWholeOrNothing() {
        Pattern addr = Pattern.compile("IP = " + Ip.ADDR);
        assertThat(find(addr, "IP = 1.2.3.4.5.6, x")).isNull(); // not tunnel 1.2.3.4
        assertThat(find(addr, "IP = 1.2.3.4, x")).isEqualTo("1.2.3.4");
        assertThat(find(addr, "IP = 1.2.3.4.")).isEqualTo("1.2.3.4");
        assertThat(find(addr, "IP = 2001:db8::1, x")).isEqualTo("2001:db8::1");
        assertThat(find(addr, "IP = 12:00:01")).isNull();
        assertThat(Ip.withoutPort("2001:db8::1:500")).isEqualTo("2001:db8::1");
        assertThat(Ip.withoutPort("2001:db8::")).isEqualTo("2001:db8::");
        assertThat(Ip.withoutPort("10.0.0.2:4500")).isEqualTo("10.0.0.2");
        assertThat(Ip.withoutPort("10.0.0.2/500")).isEqualTo("10.0.0.2");
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
