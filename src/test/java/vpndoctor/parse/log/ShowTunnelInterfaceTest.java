package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * IOS 'show interfaces TunnelN' is one event per interface: its line state and why it is down, its source (our
 * address), destination (the peer), transport and protection; the counters and settings lines belong to the block.
 * Before, the header and linestate lines were dropped as irrelevant and the transport and protection lines were
 * unrecognised.
 */
class ShowTunnelInterfaceTest {
    private static List<LogEvent> tunnels(Ingest in) {
        return in.events().stream().filter(e -> e.getKind().equals("SHOW_TUNNEL_INTERFACE")).toList();
    }

    @Test
    void aWholeOutputIsOneEventWithEveryLineTaken() {
        Ingest in = Ingest.of(
                "R4#show interfaces Tunnel1",
                "Tunnel1 is up, line protocol is down",
                "  Hardware is Tunnel",
                "  Internet address is 172.16.14.4/30",
                "  MTU 17878 bytes, BW 100 Kbit/sec, DLY 50000 usec,",
                "     reliability 255/255, txload 1/255, rxload 1/255",
                "  Encapsulation TUNNEL, loopback not set",
                "  Keepalive not set",
                "  Tunnel linestate evaluation down - linestate protection reg down",
                "  Tunnel source 203.0.113.4 (Ethernet0/1), destination 198.51.100.1",
                "   Tunnel Subblocks:",
                "      src-track:",
                "         Tunnel1 source tracking subblock associated with Ethernet0/1",
                "          Set of tunnels with source Ethernet0/1, 2 members (includes iterators), on interface <OK>",
                "  Tunnel protocol/transport IPSEC/IP",
                "  Tunnel TTL 255",
                "  Tunnel transport MTU 1438 bytes",
                "  Tunnel protection via IPSec (profile \"VTI-PROF\")",
                "  Last input never, output never, output hang never",
                "  Input queue: 0/375/0/0 (size/max/drops/flushes); Total output drops: 0",
                "  5 minute input rate 0 bits/sec, 0 packets/sec",
                "     0 packets input, 0 bytes, 0 no buffer",
                "     0 output errors, 0 collisions, 0 interface resets",
                "     0 unknown protocol drops",
                "R4#");
        List<LogEvent> t = tunnels(in);
        assertThat(t).hasSize(1);
        LogEvent e = t.get(0);
        assertThat(e.getTunnel()).isEqualTo("198.51.100.1");
        assertThat(e.getLocal()).isEqualTo("203.0.113.4");
        assertThat(e.attr("interface")).isEqualTo("Tunnel1");
        assertThat(e.attr("status")).isEqualTo("UP");
        assertThat(e.attr("lineProtocol")).isEqualTo("DOWN");
        assertThat(e.attr("linestate")).isEqualTo("DOWN");
        assertThat(e.attr("linestateReason")).isEqualTo("protection reg down");
        assertThat(e.attr("transport")).isEqualTo("IPSEC/IP");
        assertThat(e.attr("protection")).isEqualTo("VTI-PROF");
        assertThat(e.attr("sourceInterface")).isEqualTo("Ethernet0/1");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    @Test
    void twoInterfacesInARowAreTwoEventsAndAMultipointTunnelIsNoPeers() {
        Ingest in = Ingest.of(
                "Tunnel0 is up, line protocol is up",
                "  Tunnel source 192.0.2.1, destination 198.51.100.2",
                "  Tunnel protocol/transport GRE/IP",
                "Tunnel10 is up, line protocol is up",
                "  Tunnel source 192.0.2.1 (GigabitEthernet0/0), destination UNKNOWN",
                "  Tunnel protocol/transport multi-GRE/IP",
                "  Tunnel protection via IPSec (profile \"DMVPN\")");
        List<LogEvent> t = tunnels(in);
        assertThat(t).extracting(e -> e.attr("interface")).containsExactly("Tunnel0", "Tunnel10");
        assertThat(t.get(0).getTunnel()).isEqualTo("198.51.100.2");
        assertThat(t.get(0).attr("protection")).isNullOrEmpty();
        assertThat(t.get(1).attr("destination")).isNullOrEmpty();
        assertThat(t.get(1).getPeer()).isNullOrEmpty();
        assertThat(t.get(1).getTunnel()).isNotEqualTo("198.51.100.2");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    @Test
    void anAdministrativelyDownTunnelAndTheKeepaliveReason() {
        Ingest in = Ingest.of("Tunnel5 is administratively down, line protocol is down",
                "  Tunnel linestate evaluation down - keepalive down",
                "  Tunnel source 192.0.2.1, destination 198.51.100.9");
        LogEvent e = tunnels(in).get(0);
        assertThat(e.attr("status")).isEqualTo("ADMINISTRATIVELY_DOWN");
        assertThat(e.attr("linestateReason")).isEqualTo("keepalive down");
    }
}
