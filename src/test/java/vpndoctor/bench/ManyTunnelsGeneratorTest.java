package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** bench gen --tunnels N for the many-tunnels workload of issue 14. */
class ManyTunnelsGeneratorTest {
    @Test
    void peersStayUniquePastTheOld60kLimitAndTheFirst60kKeepTheirAddresses() {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 300_000; k++) assertThat(seen.add(Tunnel.peerAddress(k))).as("tunnel %d", k).isTrue();
        assertThat(Tunnel.peerAddress(0)).isEqualTo("203.0.113.1");
        assertThat(Tunnel.peerAddress(59_999)).isEqualTo("203.0." + (113 + 59_999 / 250) % 256 + ".250");
    }

    @Test
    void theAutomaticShareGivesEveryTunnelAWholeNegotiation() throws Exception {
        int tunnels = 1_500; // all-VPN lines hold about lines / 7.4 episodes: the share cannot help past that
        long lines = 20_000;
        double share = SyslogGenerator.autoShare(lines, tunnels);
        assertThat(share).isGreaterThan(0.02);
        SyslogGenerator g = new SyslogGenerator(lines, tunnels, 5, share);
        g.write(OutputStream.nullOutputStream());
        for (int c : g.completeEpisodes()) assertThat(c).isGreaterThanOrEqualTo(1);
        assertThat(g.faultsJson(0)).contains("\"episodes\": ");
        assertThat(SyslogGenerator.autoShare(8_000_000, 50)).isEqualTo(0.02); // the day of syslog of BENCHMARKS.md is unchanged
    }
}
