package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/** The three pasted state outputs of issue 12.1 read whole: packet-tracer runs, vpn-sessiondb, ping results. */
class StateReadersTest {
    private static List<LogEvent> of(String kind, Ingest in) {
        return in.events().stream().filter(e -> e.getKind().equals(kind)).toList();
    }

    private static List<String> lines(String... blocks) {
        List<String> out = new ArrayList<>();
        for (String b : blocks) out.addAll(List.of(b.split("\n", -1)));
        return out;
    }

    private static final String ACL_DROP = """
            asa# packet-tracer input inside icmp 10.1.1.10 8 0 10.2.2.20 detailed

            Phase: 1
            Type: ROUTE-LOOKUP
            Subtype: Resolve Egress Interface
            Result: ALLOW
            Config:
            Additional Information:
            found next-hop 203.0.113.1 using egress ifc  outside(vrfid:0)

            Phase: 2
            Type: ACCESS-LIST
            Subtype: log
            Result: DROP
            Elapsed time: 4392 ns
            Config:
            access-group inside_access_in in interface inside
            access-list inside_access_in extended deny ip any any
            Additional Information:

            Result:
            input-interface: inside(vrfid:0)
            input-status: up
            input-line-status: up
            output-interface: outside(vrfid:0)
            output-status: up
            output-line-status: up
            Action: drop
            Time Taken: 21954 ns
            Drop-reason: (acl-drop) Flow is denied by configured rule, Drop-location: frame 0x000055d5c8b2ab5c flow (NA)/NA
            """;

    private static final String VPN_ALLOW = """
            > packet-tracer input inside tcp 10.1.1.10 1025 10.2.2.20 443
            Phase: 1
            Type: NAT
            Subtype:
            Result: ALLOW
            Config:
            nat (inside,outside) source static LOCAL LOCAL destination static REMOTE REMOTE no-proxy-arp route-lookup
            Additional Information:
            Static translate 10.1.1.10/1025 to 10.1.1.10/1025

            Phase: 2
            Type: VPN
            Subtype: encrypt
            Result: ALLOW
            Config:
            Additional Information:

            Result:
            input-interface: inside
            output-interface: outside
            Action: allow
            """;

    @Test
    void aPacketTracerRunIsOneEventNamingTheDroppingPhaseAndTheFlow() {
        Ingest in = Ingest.of(lines(ACL_DROP).toArray(String[]::new));
        List<LogEvent> runs = of("PACKET_TRACE", in);
        assertThat(runs).hasSize(1);
        LogEvent e = runs.get(0);
        assertThat(e.getPeer()).isNull();
        assertThat(e.getAttrs()).containsEntry("src", "10.1.1.10").containsEntry("dst", "10.2.2.20").containsEntry("proto", "icmp")
                .containsEntry("srcIf", "inside").containsEntry("dstIf", "outside").containsEntry("action", "drop")
                .containsEntry("dropReason", "acl-drop").containsEntry("dropPhase", "ACCESS-LIST").doesNotContainKey("vpnPhase");
        // the explanation points at the verdict and at the rule that dropped it, as the device names it (an event keeps five lines)
        assertThat(e.getOrigins()).extracting(o -> o.getText().strip())
                .contains("access-list inside_access_in extended deny ip any any", "access-group inside_access_in in interface inside", "Action: drop")
                .anySatisfy(t -> assertThat(t).startsWith("Drop-reason: (acl-drop)"));
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    @Test
    void aVpnEncryptPhaseAndAnIdentityNatAreRead() {
        LogEvent e = of("PACKET_TRACE", Ingest.of(lines(VPN_ALLOW).toArray(String[]::new))).get(0);
        assertThat(e.getAttrs()).containsEntry("vpnPhase", "allow").containsEntry("nat", "identity").containsEntry("action", "allow")
                .containsEntry("from", "10.1.1.10").containsEntry("to", "10.1.1.10").containsEntry("srcIf", "inside")
                .doesNotContainKey("dropPhase");
    }

    @Test
    void twoRunsAreTwoEventsAndTheSameRunPastedTwiceIsOneCountedTwice() {
        Ingest two = Ingest.of(lines(ACL_DROP, VPN_ALLOW).toArray(String[]::new));
        assertThat(of("PACKET_TRACE", two)).hasSize(2);
        Ingest same = Ingest.of(lines(ACL_DROP, ACL_DROP).toArray(String[]::new));
        assertThat(of("PACKET_TRACE", same)).singleElement().satisfies(e -> assertThat(e.getCount()).isEqualTo(2));
    }

    @Test
    void aRunPastedWithoutItsCommandOrCutShortIsStillRead() {
        String noCommand = ACL_DROP.substring(ACL_DROP.indexOf("Phase: 1"));
        LogEvent e = of("PACKET_TRACE", Ingest.of(lines(noCommand).toArray(String[]::new))).get(0);
        assertThat(e.getAttrs()).containsEntry("dropPhase", "ACCESS-LIST").doesNotContainKey("src");
        // cut in the middle of the dropping phase: the drop is known, the Result block is not
        String cut = ACL_DROP.substring(0, ACL_DROP.indexOf("Config:\naccess-group"));
        LogEvent c = of("PACKET_TRACE", Ingest.of(lines(cut).toArray(String[]::new))).get(0);
        assertThat(c.getAttrs()).containsEntry("action", "drop").containsEntry("dropPhase", "ACCESS-LIST").doesNotContainKey("dropReason");
        // cut before any result: no action, marked truncated
        String early = ACL_DROP.substring(0, ACL_DROP.indexOf("Result: ALLOW"));
        assertThat(of("PACKET_TRACE", Ingest.of(lines(early).toArray(String[]::new)))).singleElement()
                .satisfies(t -> assertThat(t.getAttrs()).containsEntry("truncated", "true").doesNotContainKey("action"));
        // a Drop-reason line cut inside its token yields no reason, and nothing fails
        String torn = ACL_DROP.replace("(acl-drop) Flow is denied", "(acl-dr");
        assertThat(of("PACKET_TRACE", Ingest.of(lines(torn).toArray(String[]::new))).get(0).getAttrs()).doesNotContainKey("dropReason");
    }

    @Test
    void aSyslogLineAfterTheRunIsReadTheOrdinaryWay() {
        Ingest in = Ingest.of(lines(ACL_DROP, "Nov 03 2026 10:00:01: %ASA-5-713904: IP = 198.51.100.7, Received encrypted packet with no matching SA, dropping").toArray(String[]::new));
        assertThat(of("PACKET_TRACE", in)).hasSize(1);
        assertThat(in.events()).anySatisfy(e -> assertThat(e.getKind()).isNotEqualTo("PACKET_TRACE"));
    }

    /**
     * The shape of runs pasted into forums: no blank lines between phases, trailing blanks after
     * "Phase: 12" and "Config:", a command line the terminal cut with '$', several config lines (an
     * object-group) in one phase, and 8.3+'s UN-NAT / rpf-check / ipsec-tunnel-flow phases.
     */
    private static final String FORUM_RUN = String.join("\n",
            "HQ-ASA1# packet-tracer input INSIDE tcp 10.1.1.100 1234 10.2.2.100$",
            "Phase: 1", "Type: ROUTE-LOOKUP", "Subtype: Resolve Egress Interface", "Result: ALLOW", "Config:", "Additional Information:",
            "found next-hop 203.0.113.1 using egress ifc  OUTSIDE",
            "Phase: 2", "Type: UN-NAT", "Subtype: static", "Result: ALLOW", "Config:",
            "nat (INSIDE,OUTSIDE) source static LOCAL LOCAL destination static REMOTE REMOTE no-proxy-arp route-lookup",
            "Additional Information:", "NAT divert to egress interface OUTSIDE", "Untranslate 10.2.2.100/1234 to 10.2.2.100/1234",
            "Phase: 3", "Type: ACCESS-LIST", "Subtype: log", "Result: ALLOW", "Config:",
            "access-group INSIDE_in in interface INSIDE", "access-list INSIDE_in extended permit ip object-group INSIDE_NETS any ",
            "object-group network INSIDE_NETS", " network-object 10.1.1.0 255.255.255.0", "Additional Information:",
            "Phase: 4", "Type: NAT", "Subtype: ", "Result: ALLOW", "Config:       ",
            "nat (INSIDE,OUTSIDE) source static LOCAL LOCAL destination static REMOTE REMOTE no-proxy-arp route-lookup",
            "Additional Information:", "Static translate 10.1.1.100/1234 to 10.1.1.100/1234",
            "Phase: 5", "Type: VPN", "Subtype: encrypt", "Result: ALLOW", "Config:", "Additional Information:",
            "Phase: 6     ", "Type: NAT", "Subtype: rpf-check", "Result: ALLOW", "Config:", "Additional Information:",
            "Phase: 7", "Type: VPN", "Subtype: ipsec-tunnel-flow", "Result: ALLOW", "Config:", "Additional Information:",
            "Phase: 8", "Type: FLOW-CREATION", "Subtype: ", "Result: ALLOW", "Config:", "Additional Information:",
            "New flow created with id 2426669873, packet dispatched to next module",
            "Result:", "input-interface: INSIDE", "input-status: up", "input-line-status: up", "output-interface: OUTSIDE",
            "output-status: up", "output-line-status: up", "Action: allow",
            "Blocked by ACL:",
            "%ASA-4-750003: Local:203.0.113.2:500 Remote:198.51.100.7:500 Username:Unknown IKEv2 Negotiation aborted due to ERROR: Failed to receive the AUTH msg before the timer expired");

    @Test
    void aForumPastedRunWithoutBlankLinesAndACutCommandIsReadWhole() {
        Ingest in = Ingest.of(FORUM_RUN);
        LogEvent e = of("PACKET_TRACE", in).get(0);
        // the cut command lost the destination: the UN-NAT phase names it
        assertThat(e.getAttrs()).containsEntry("src", "10.1.1.100").containsEntry("dst", "10.2.2.100").containsEntry("srcIf", "INSIDE")
                .containsEntry("dstIf", "OUTSIDE").containsEntry("vpnPhase", "allow").containsEntry("nat", "identity")
                .containsEntry("action", "allow").doesNotContainKey("dropPhase");
        // the text after the run is read the ordinary way
        assertThat(in.events()).anySatisfy(x -> assertThat(x.getKind()).isNotEqualTo("PACKET_TRACE"));
    }

    @Test
    void aVpnTunnelFlowPhaseAloneIsNoEncryption() {
        // 8.3+ shows 'VPN ipsec-tunnel-flow' on ordinary internet flows too: only an encrypt phase counts
        String run = FORUM_RUN.replace("Phase: 5\nType: VPN\nSubtype: encrypt\nResult: ALLOW\nConfig:\nAdditional Information:\n", "");
        assertThat(of("PACKET_TRACE", Ingest.of(run)).get(0).getAttrs()).doesNotContainKey("vpnPhase");
    }

    private static final String SESSION_DETAIL = """
            Session Type: LAN-to-LAN Detailed

            Connection   : TG-BRANCH
            Index        : 1187                   IP Addr      : 198.51.100.7
            Protocol     : IKEv1 IPsec
            Bytes Tx     : 98304                  Bytes Rx     : 0

            IKEv1 Tunnels: 1
            IPsec Tunnels: 2

            IKEv1:
              Tunnel ID    : 1187.1
              UDP Src Port : 500                    UDP Dst Port : 500

            IPsec:
              Tunnel ID    : 1187.2
              Local Addr   : 10.1.1.0/255.255.255.0/0/0
              Remote Addr  : 10.2.2.0/255.255.255.0/0/0
              Bytes Tx     : 98304                  Bytes Rx     : 0
              Pkts Tx      : 1536                   Pkts Rx      : 0

            IPsec:
            Tunnel ID    : 1187.3
            Local Addr   : 10.1.5.0/255.255.255.0/6/443
            Remote Addr  : 10.2.2.0/255.255.255.0/6/0
            Bytes Tx     : 0                      Bytes Rx     : 0
            Pkts Tx      : 0                      Pkts Rx      : 0
            """;

    @Test
    void eachSessionDbChildIsAnIpsecSaSnapshotOfThePeer() {
        List<LogEvent> sas = of("SHOW_IPSEC_SA", Ingest.of(lines(SESSION_DETAIL).toArray(String[]::new)));
        assertThat(sas).hasSize(2);
        LogEvent busy = sas.get(0), idle = sas.get(1);
        // the Connection is a tunnel-group name: the peer is the IP Addr
        assertThat(busy.getPeer()).isEqualTo("198.51.100.7");
        assertThat(busy.getAttrs()).containsEntry("localIdent", "10.1.1.0/24").containsEntry("remoteIdent", "10.2.2.0/24")
                .containsEntry("encaps", "1536").containsEntry("decaps", "0").containsEntry("session", "UP-ACTIVE")
                .containsEntry("ikev", "1").containsEntry("group", "TG-BRANCH").containsEntry("sa", "10.1.1.0/24 > 10.2.2.0/24");
        assertThat(idle.getAttrs()).containsEntry("localProto", "6").containsEntry("localPort", "443").containsEntry("encaps", "0")
                .containsEntry("sa", "10.1.5.0/24/6 > 10.2.2.0/24/6");
        assertThat(busy.getOrigins()).extracting(o -> o.getText().strip()).contains("Connection   : TG-BRANCH",
                "Pkts Tx      : 1536                   Pkts Rx      : 0");
    }

    @Test
    void anUnnamedSessionIsStillASession() {
        // "Connection   :" with nothing after it (a real ASA listing): it was read as a child block's header, and the
        // previous session's children swallowed this one's (or, first in the output, it was lost)
        String unnamed = SESSION_DETAIL.replace("Connection   : TG-BRANCH", "Connection   : ");
        List<LogEvent> sas = of("SHOW_IPSEC_SA", Ingest.of(lines(SESSION_DETAIL, unnamed.replace("198.51.100.7", "198.51.100.8"))
                .toArray(String[]::new)));
        assertThat(sas).hasSize(4);
        assertThat(sas).extracting(LogEvent::getPeer).containsExactly("198.51.100.7", "198.51.100.7", "198.51.100.8", "198.51.100.8");
        assertThat(sas.get(2).getAttrs()).doesNotContainKey("group").containsEntry("remoteIdent", "10.2.2.0/24");
    }

    @Test
    void aSummarySessionCarriesItsByteCountersAndACutChildKeepsItsSelectors() {
        String summary = "Session Type: LAN-to-LAN\n\nConnection   : 198.51.100.9\nIndex        : 7   IP Addr      : 198.51.100.9\n"
                + "Protocol     : IKEv2 IPsec\nBytes Tx     : 40960                  Bytes Rx     : 0\n";
        LogEvent s = of("SHOW_IPSEC_SA", Ingest.of(lines(summary).toArray(String[]::new))).get(0);
        assertThat(s.getPeer()).isEqualTo("198.51.100.9");
        assertThat(s.getAttrs()).containsEntry("encaps", "40960").containsEntry("decaps", "0").containsEntry("ikev", "2").doesNotContainKey("sa");
        String cut = SESSION_DETAIL.substring(0, SESSION_DETAIL.indexOf("  Bytes Tx     : 98304                  Bytes Rx     : 0\n  Pkts"));
        List<LogEvent> sas = of("SHOW_IPSEC_SA", Ingest.of(lines(cut).toArray(String[]::new)));
        assertThat(sas).singleElement().satisfies(e -> assertThat(e.getAttrs()).containsEntry("remoteIdent", "10.2.2.0/24")
                .doesNotContainKey("encaps").doesNotContainKey("decaps"));
    }

    @Test
    void pingResultsKeepTheirSourceDestinationAndShape() {
        LogEvent ios = of("PING_RESULT", Ingest.of("R1#ping 10.2.2.20 source 10.1.1.1 repeat 5", "Type escape sequence to abort.",
                "Sending 5, 100-byte ICMP Echos to 10.2.2.20, timeout is 2 seconds:", "Packet sent with a source address of 10.1.1.1 ",
                ".!!!!", "Success rate is 80 percent (4/5), round-trip min/avg/max = 1/2/4 ms")).get(0);
        assertThat(ios.getAttrs()).containsEntry("src", "10.1.1.1").containsEntry("dst", "10.2.2.20").containsEntry("sent", "5")
                .containsEntry("replies", "4").containsEntry("percent", "80").containsEntry("pattern", ".!!!!").containsEntry("shape", "first-lost");
        LogEvent asa = of("PING_RESULT", Ingest.of("asa# ping inside 10.2.2.20", "Type escape sequence to abort.",
                "Sending 5, 100-byte ICMP Echos to 10.2.2.20, timeout is 2 seconds:", "?????", "Success rate is 0 percent (0/5)")).get(0);
        assertThat(asa.getAttrs()).containsEntry("srcIf", "inside").containsEntry("shape", "none").doesNotContainKey("src");
        LogEvent bare = of("PING_RESULT", Ingest.of("R1#ping 10.2.2.20", "Sending 5, 100-byte ICMP Echos to 10.2.2.20, timeout is 2 seconds:",
                ".....", "Success rate is 0 percent (0/5)")).get(0);
        assertThat(bare.getAttrs()).doesNotContainKey("src").doesNotContainKey("srcIf").containsEntry("shape", "none");
        LogEvent iface = of("PING_RESULT", Ingest.of("R1#ping 10.2.2.20 source Loopback0 repeat 100",
                "Sending 100, 100-byte ICMP Echos to 10.2.2.20, timeout is 2 seconds:",
                "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", "!!!!!!!!!!!!!!!!!!!!.!!!!!!!!!",
                "Success rate is 99 percent (99/100), round-trip min/avg/max = 1/1/4 ms")).get(0);
        assertThat(iface.getAttrs()).containsEntry("srcIf", "Loopback0").containsEntry("shape", "partial").containsEntry("sent", "100");
    }

    @Test
    void aPingCutBeforeItsSuccessRateIsReadFromItsMarksAndExtendedPingPromptsAreRead() {
        LogEvent cut = of("PING_RESULT", Ingest.of("Sending 5, 100-byte ICMP Echos to 10.2.2.20, timeout is 2 seconds:", "!!!!!")).get(0);
        assertThat(cut.getAttrs()).containsEntry("shape", "all").containsEntry("truncated", "true").containsEntry("dst", "10.2.2.20");
        LogEvent ext = of("PING_RESULT", Ingest.of("R1#ping", "Protocol [ip]:", "Target IP address: 10.2.2.20", "Repeat count [5]:",
                "Extended commands [n]: y", "Source address or interface: 10.1.1.1", "Type escape sequence to abort.",
                "Sending 5, 100-byte ICMP Echos to 10.2.2.20, timeout is 2 seconds:", "Packet sent with a source address of 10.1.1.1",
                "!!!!!", "Success rate is 100 percent (5/5), round-trip min/avg/max = 1/1/1 ms")).get(0);
        assertThat(ext.getAttrs()).containsEntry("src", "10.1.1.1").containsEntry("dst", "10.2.2.20").containsEntry("shape", "all");
    }

    @Test
    void shapesOfMarks() {
        assertThat(PingResult.shape("!!!!!", null, null)).isEqualTo("all");
        assertThat(PingResult.shape(".....", null, null)).isEqualTo("none");
        assertThat(PingResult.shape("?????", null, null)).isEqualTo("none");
        assertThat(PingResult.shape(".!!!!", null, null)).isEqualTo("first-lost");
        assertThat(PingResult.shape("..!!!", null, null)).isEqualTo("first-lost");
        assertThat(PingResult.shape("!.!.!", null, null)).isEqualTo("partial");
        assertThat(PingResult.shape("!!!!.", null, null)).isEqualTo("partial");
        assertThat(PingResult.shape("", "0", "5")).isEqualTo("none");
        assertThat(PingResult.shape("", "5", "5")).isEqualTo("all");
    }
}
