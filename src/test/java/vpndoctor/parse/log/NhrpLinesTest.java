package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * DMVPN NHRP lines as real spokes print them: %DMVPN-5-NHRP_NHS_DOWN / NHRP_NHS_UP (the NHS's NBMA
 * address is the peer; "UNKNOWN" tunnel address as printed), %DMVPN-5-CRYPTO_SS, and the NHRP cache
 * of 'show ip nhrp' in its one-line, two-line and incomplete entry layouts (Cisco command reference).
 */
class NhrpLinesTest {
    private static List<LogEvent> of(String kind, Ingest in) {
        return in.events().stream().filter(e -> e.getKind().equals(kind)).toList();
    }

    @Test
    void nhsDownAndUpNameTheHubsNbmaAddressAndTheReason() {
        Ingest in = Ingest.of(
                "*Sep 21 07:03:50.270: %DMVPN-5-CRYPTO_SS:  Tunnel0: local address : 198.51.100.2 remote address : 203.0.113.2 socket is DOWN",
                "*Sep 21 07:03:50.270: %DMVPN-5-NHRP_NHS_DOWN: Tunnel0: Next Hop Server : (Tunnel: 172.16.0.1 NBMA: 203.0.113.2 ) for (Tunnel: 172.16.0.2 NBMA: 198.51.100.2) is DOWN, Reason: External(NHRP: no error)",
                "*Sep 21 07:11:33.742: %DMVPN-5-NHRP_NHS_UP: Tunnel0: Next Hop Server : (Tunnel: 172.16.0.1 NBMA: 203.0.113.2) for (Tunnel: 172.16.0.2 NBMA: 198.51.100.2) is  UP",
                "Oct 30 02:58:05.963: %DMVPN-5-NHRP_NHS_DOWN: Tunnel0: Next Hop Server : (Tunnel: UNKNOWN NBMA: 192.0.2.128 ) for (Tunnel: 172.16.1.3 NBMA: 203.0.113.3) is DOWN, Reason: NHRP Registration Failure(NHRP: no error)");
        List<LogEvent> nhs = of("NHRP_NHS_STATE", in);
        assertThat(nhs).extracting(LogEvent::getPeer).containsExactly("203.0.113.2", "203.0.113.2", "192.0.2.128");
        assertThat(nhs).extracting(e -> e.attr("state")).containsExactly("DOWN", "UP", "DOWN");
        assertThat(nhs).extracting(e -> e.attr("reason")).containsExactly("External", "", "NHRP Registration Failure");
        assertThat(nhs).extracting(e -> e.attr("nhs")).containsExactly("172.16.0.1", "172.16.0.1", "UNKNOWN");
        assertThat(nhs.get(2).getLocal()).isEqualTo("203.0.113.3");
        List<LogEvent> socket = of("DMVPN_CRYPTO_SOCKET", in);
        assertThat(socket).extracting(LogEvent::getPeer).containsExactly("203.0.113.2");
        assertThat(socket.get(0).attr("state")).isEqualTo("DOWN");
    }

    @Test
    void theNhrpCacheIsOneEventPerEntryInEachLayout() {
        Ingest in = Ingest.of(
                "Router# show ip nhrp detail",
                "10.1.1.1/8 via 10.2.1.1, Tunnel1 created 00:46:29, never expire",
                "Type: static, Flags: used",
                "NBMA address: 10.12.1.1",
                "10.1.1.4, Tunnel1 created 00:00:07, expire 00:02:57",
                "Type: incomplete, Flags: negative",
                "Cache hits: 4",
                "192.168.0.0/16 via 10.0.0.1",
                "   Tunnel0 created 00:00:08, never expire",
                "   Type: dynamic, Flags: unique registered used",
                "   NBMA address: 192.0.2.1",
                "Router#");
        List<LogEvent> entries = of("SHOW_NHRP_ENTRY", in);
        assertThat(entries).extracting(e -> e.attr("dest")).containsExactly("10.1.1.1", "10.1.1.4", "192.168.0.0");
        assertThat(entries).extracting(e -> e.attr("type")).containsExactly("static", "incomplete", "dynamic");
        assertThat(entries).extracting(e -> e.attr("interface")).containsExactly("Tunnel1", "Tunnel1", "Tunnel0");
        assertThat(entries).extracting(LogEvent::getPeer).containsExactly("10.12.1.1", null, "192.0.2.1");
        assertThat(entries.get(1).attr("flags")).isEqualTo("negative");
    }

    /** Without the prompt, an entry line that names its interface opens the output; a "local" entry is this router's own, no peer. */
    @Test
    void aCachePastedWithoutItsPromptAndALocalEntry() {
        Ingest in = Ingest.of(
                "10.0.0.2/32 via 10.0.0.2, Tunnel0 created 00:17:49, expire 00:01:30",
                "Type: dynamic, Flags: unique registered used",
                "NBMA address: 172.17.0.2",
                "192.168.0.0/16 via 10.0.0.1, Tunnel0 created 00:00:08, never expire",
                "Type: static, Flags: local",
                "NBMA address: 1.1.1.1",
                "(no-socket)");
        List<LogEvent> entries = of("SHOW_NHRP_ENTRY", in);
        assertThat(entries).extracting(LogEvent::getPeer).containsExactly("172.17.0.2", null);
        assertThat(entries.get(1).attr("nbma")).isEqualTo("1.1.1.1");
    }
}
