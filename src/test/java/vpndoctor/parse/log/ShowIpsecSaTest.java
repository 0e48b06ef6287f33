package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/** 'show crypto ipsec sa' / 'show crypto session' read one SA entry at a time. */
class ShowIpsecSaTest {
    private static final String[] IOS_TWO_SAS = {
        "interface: GigabitEthernet0/1",
        "    Crypto map tag: VPN, local addr 203.0.113.1",
        "",
        "   protected vrf: (none)",
        "   local  ident (addr/mask/prot/port): (10.1.0.0/255.255.255.0/0/0)",
        "   remote ident (addr/mask/prot/port): (10.2.0.0/255.255.255.0/0/0)",
        "   current_peer 198.51.100.2 port 500",
        "     PERMIT, flags={origin_is_acl,}",
        "    #pkts encaps: 10, #pkts encrypt: 10, #pkts digest: 10",
        "    #pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0",
        "    #send errors 0, #recv errors 0",
        "",
        "     local crypto endpt.: 203.0.113.1, remote crypto endpt.: 198.51.100.2",
        "     plaintext mtu 1438, path mtu 1500, ip mtu 1500, ip mtu idb GigabitEthernet0/1",
        "     current outbound spi: 0x1A2B3C4D(439041101)",
        "        in use settings ={Tunnel, }",
        "",
        "   protected vrf: (none)",
        "   local  ident (addr/mask/prot/port): (203.0.113.1/255.255.255.255/47/0)",
        "   remote ident (addr/mask/prot/port): (192.0.2.9/255.255.255.255/47/0)",
        "   current_peer 192.0.2.9 port 500",
        "    #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0",
        "    #pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0",
        "    #send errors 3, #recv errors 0",
        "     current outbound spi: 0x0(0)",
    };

    private static List<LogEvent> sas(Ingest in) {
        return in.events().stream().filter(e -> e.getKind().equals("SHOW_IPSEC_SA")).toList();
    }

    @Test
    void eachIosSaKeepsItsOwnIdentsPeerAndCounters() {
        List<LogEvent> sas = sas(Ingest.of(IOS_TWO_SAS));
        assertThat(sas).hasSize(2);
        LogEvent lan = sas.get(0), gre = sas.get(1);
        assertThat(lan.getPeer()).isEqualTo("198.51.100.2");
        assertThat(lan.getLocal()).isEqualTo("203.0.113.1");
        assertThat(lan.getAttrs()).containsEntry("localIdent", "10.1.0.0/24").containsEntry("remoteIdent", "10.2.0.0/24")
                .containsEntry("encaps", "10").containsEntry("decaps", "0").containsEntry("outSpi", "1a2b3c4d")
                .containsEntry("pathMtu", "1500").containsEntry("mode", "tunnel").containsEntry("map", "VPN")
                .containsEntry("interface", "GigabitEthernet0/1").doesNotContainKey("localProto");
        assertThat(gre.getPeer()).isEqualTo("192.0.2.9");
        assertThat(gre.getAttrs()).containsEntry("localProto", "47").containsEntry("remoteProto", "47")
                .containsEntry("remoteIdent", "192.0.2.9/32").containsEntry("outSpi", "0").containsEntry("sendErrors", "3")
                .containsEntry("map", "VPN");
        // the explanation can point at the idents and the counters, not only the first line
        assertThat(lan.getOrigins()).extracting(o -> o.getText().strip())
                .contains("#pkts encaps: 10, #pkts encrypt: 10, #pkts digest: 10",
                        "remote ident (addr/mask/prot/port): (10.2.0.0/255.255.255.0/0/0)");
        assertThat(lan.getCount()).isEqualTo(1);
    }

    /** Some IOS releases print no space after the second colon ("remote crypto endpt.:10.10.10.2", a real case of session 15). */
    @Test
    void endpointsPrintedWithoutASpaceAfterTheColonAreRead() {
        String[] lines = IOS_TWO_SAS.clone();
        lines[13] = "     local crypto endpt.: 203.0.113.1, remote crypto endpt.:198.51.100.2";
        Ingest in = Ingest.of(lines);
        assertThat(sas(in).get(0).getLocal()).isEqualTo("203.0.113.1");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    @Test
    void theSameSnapshotPastedTwiceIsOneEventCountedTwice() {
        String[] twice = new String[IOS_TWO_SAS.length * 2];
        System.arraycopy(IOS_TWO_SAS, 0, twice, 0, IOS_TWO_SAS.length);
        System.arraycopy(IOS_TWO_SAS, 0, twice, IOS_TWO_SAS.length, IOS_TWO_SAS.length);
        List<LogEvent> sas = sas(Ingest.of(twice));
        assertThat(sas).hasSize(2).allSatisfy(e -> assertThat(e.getCount()).isEqualTo(2));
    }

    @Test
    void aSecondSnapshotWithOtherCountersIsAnotherEventOfTheSameSa() {
        String[] second = IOS_TWO_SAS.clone();
        second[8] = "    #pkts encaps: 55, #pkts encrypt: 55, #pkts digest: 55";
        Ingest in = new Ingest().read("before.log", String.join("\n", IOS_TWO_SAS)).read("after.log", String.join("\n", second));
        List<LogEvent> lan = sas(in).stream().filter(e -> "198.51.100.2".equals(e.getPeer())).toList();
        assertThat(lan).extracting(e -> e.attr("encaps")).containsExactly("10", "55");
        assertThat(lan).extracting(e -> e.attr("sa")).containsOnly("10.1.0.0/24 > 10.2.0.0/24");
    }

    @Test
    void asaBlockUnderPeerAddressAndItsLayoutSayAsa() {
        Ingest in = Ingest.of(
                "peer address: 198.51.100.18",
                "    Crypto map tag: outside_map, seq num: 30, local addr: 203.0.113.8",
                "",
                "      access-list outside_cryptomap_30 extended permit ip 10.8.0.0 255.255.0.0 10.18.0.0 255.255.255.0",
                "      local ident (addr/mask/prot/port): (10.8.0.0/255.255.0.0/0/0)",
                "      remote ident (addr/mask/prot/port): (10.18.0.0/255.255.255.0/0/0)",
                "      current_peer: 198.51.100.18",
                "",
                "      #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0",
                "      #pkts decaps: 7, #pkts decrypt: 7, #pkts verify: 7",
                "      #send errors: 0, #recv errors: 0",
                "      current outbound spi: 7C1A2B3D");
        LogEvent sa = sas(in).get(0);
        assertThat(sa.getPeer()).isEqualTo("198.51.100.18");
        assertThat(sa.getPlatform()).isEqualTo(vpndoctor.model.Platform.ASA);
        assertThat(sa.getAttrs()).containsEntry("acl", "outside_cryptomap_30").containsEntry("mapSeq", "30")
                .containsEntry("decaps", "7").containsEntry("outSpi", "7c1a2b3d");
    }

    @Test
    void aSyslogLineEndsTheBlockAndIsStillRead() {
        Ingest in = Ingest.of(
                "   current_peer 192.0.2.77 port 500",
                "    #pkts encaps: 912, #pkts encrypt: 912, #pkts digest: 912",
                "    #pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0",
                "*Mar  1 02:44:10.512: %CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= /10.2.2.5, src_addr= 10.202.0.77, prot= 6");
        assertThat(in.events()).extracting(LogEvent::getKind).containsExactly("SHOW_IPSEC_SA", "CLEARTEXT_FOR_PROTECTED_TRAFFIC");
        assertThat(sas(in).get(0).getAttrs()).containsEntry("encaps", "912").containsEntry("decaps", "0");
        assertThat(in.acct.getLines()).isEqualTo(4);
    }

    @Test
    void cryptoSessionFlowsAreSaEntriesUnderTheirSession() {
        Ingest in = Ingest.of(
                "Interface: GigabitEthernet0/0",
                "Session status: UP-IDLE",
                "Peer: 198.51.100.170 port 500 fvrf: (none) ivrf: (none)",
                "  IKEv1 SA: local 203.0.113.70/500 remote 198.51.100.170/500 Active",
                "  IPSEC FLOW: permit 47 host 203.0.113.70 host 198.51.100.170",
                "        Active SAs: 0, origin: crypto map",
                "        Inbound:  #pkts dec'ed 0 drop 0 life (KB/Sec) 0/0",
                "        Outbound: #pkts enc'ed 0 drop 7 life (KB/Sec) 0/0");
        LogEvent sa = sas(in).get(0);
        assertThat(sa.getPeer()).isEqualTo("198.51.100.170");
        assertThat(sa.getAttrs()).containsEntry("session", "UP-IDLE").containsEntry("activeSas", "0")
                .containsEntry("localIdent", "203.0.113.70/32").containsEntry("remoteProto", "47")
                .containsEntry("encaps", "0").containsEntry("sendErrors", "7");
        assertThat(in.ingest.unrecognized()).isEmpty();
    }

    @Test
    void anIpv6CryptoSessionDetailIsOneSaEntryOfItsPeer() {
        // IOS-XE 'show crypto session detail' of an IPv6 VTI: the peer is an IPv6 address, the IKEv2 SA line
        // wraps before "remote", the flow has three spaces after "ip", the profile's name says IKEV2
        Ingest in = Ingest.of(
                "Interface: Tunnel2",
                "Profile: IKEV2_PROFILE",
                "Uptime: 00:30:25",
                "Session status: UP-ACTIVE",
                "Peer: 2001:101:0:1::2 port 500 fvrf: (none) ivrf: (none)",
                "      Phase1_id: 2001:101:0:1::2",
                "      Desc: (none)",
                "  Session ID: 395",
                "  IKEv2 SA: local 2001:101:0:1::1/500",
                "          remote 2001:101:0:1::2/500 Active",
                "          Capabilities:NU connid:1 lifetime:23:29:35",
                "  IPSEC FLOW: permit ip   0.0.0.0/0.0.0.0 0.0.0.0/0.0.0.0",
                "        Active SAs: 2, origin: crypto map",
                "        Inbound:  #pkts dec'ed 47 drop 0 life (KB/Sec) 7/2334",
                "        Outbound: #pkts enc'ed 12 drop 0 life (KB/Sec) 3/2334");
        assertThat(sas(in)).hasSize(1);
        LogEvent sa = sas(in).get(0);
        assertThat(sa.getPeer()).isEqualTo("2001:101:0:1::2");
        assertThat(sa.getAttrs()).containsEntry("session", "UP-ACTIVE").containsEntry("activeSas", "2")
                .containsEntry("decaps", "47").containsEntry("encaps", "12").containsEntry("interface", "Tunnel2");
        assertThat(in.ingest.unrecognized()).isEmpty();
    }

    @Test
    void aRoutingTableIsOneEventWithItsPrefixesAndWhetherADefaultExists() {
        Ingest in = Ingest.of(
                "Hub-RTR#show ip route",
                "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP",
                "",
                "Gateway of last resort is not set",
                "",
                "      192.168.0.0/24 is variably subnetted, 2 subnets, 2 masks",
                "C        192.168.0.0/24 is directly connected, Ethernet0/1",
                "S     192.168.1.0/24 [1/0] via 203.0.113.10",
                "S        10.9.0.0 255.255.0.0 [1/0] via 10.0.0.1, inside",
                "Hub-RTR#show crypto isakmp sa",
                "dst             src             state          conn-id status",
                "203.0.113.1     203.0.113.20    QM_IDLE           1002 ACTIVE");
        LogEvent rt = in.events().stream().filter(e -> e.getKind().equals("SHOW_ROUTE_TABLE")).findFirst().orElseThrow();
        assertThat(rt.getPeer()).isNull();
        assertThat(rt.getAttrs()).containsEntry("prefixes", "192.168.0.0/24 192.168.1.0/24 10.9.0.0/16").containsEntry("default", "false");
        // the table ends at the next prompt, whose command is read as usual
        assertThat(in.events()).extracting(LogEvent::getKind).contains("SHOW_ISAKMP_SA");
        assertThat(vpndoctor.rules.ConfigFunctions.routes(rt.attr("prefixes"), "192.168.1.0/25")).isTrue();
        assertThat(vpndoctor.rules.ConfigFunctions.routes(rt.attr("prefixes"), "192.168.2.0/24")).isFalse();
    }

    @Test
    void aGatewayOfLastResortIsADefaultRoute() {
        Ingest in = Ingest.of("Gateway of last resort is 192.0.2.161 to network 0.0.0.0", "", "S*    0.0.0.0/0 [1/0] via 192.0.2.161");
        assertThat(in.events().get(0).getAttrs()).containsEntry("default", "true").containsEntry("prefixes", "0.0.0.0/0");
    }
    /** An IOS entry with its inbound and outbound ESP SA lists; each status given (null: that list is empty). */
    private static String[] entryWithEsp(String inStatus, String outStatus) {
        List<String> l = new java.util.ArrayList<>(List.of(
            "interface: GigabitEthernet0/1",
            "    Crypto map tag: VPN, local addr 203.0.113.1",
            "   local  ident (addr/mask/prot/port): (10.1.0.0/255.255.255.0/0/0)",
            "   remote ident (addr/mask/prot/port): (10.2.0.0/255.255.255.0/0/0)",
            "   current_peer 198.51.100.2 port 500",
            "    #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0",
            "    #pkts decaps: 2, #pkts decrypt: 2, #pkts verify: 2",
            "     current outbound spi: 0x1A2B3C4D(439041101)",
            "     inbound esp sas:"));
        if (inStatus != null) l.addAll(List.of("      spi: 0x8C26B0CD(2351345869)", "        transform: esp-aes esp-sha-hmac ,", "        Status: " + inStatus));
        l.addAll(List.of("     inbound ah sas:", "     inbound pcp sas:", "     outbound esp sas:"));
        if (outStatus != null) l.addAll(List.of("      spi: 0x1A2B3C4D(439041101)", "        transform: esp-aes esp-sha-hmac ,", "        Status: " + outStatus));
        // a status under the AH list is no ESP SA
        l.addAll(List.of("     outbound ah sas:", "     outbound pcp sas:"));
        return l.toArray(String[]::new);
    }

    @Test
    void anInboundAndAnOutboundEspSaBothActiveMarkTheEntry() {
        assertThat(sas(Ingest.of(entryWithEsp("ACTIVE(ACTIVE)", "ACTIVE(ACTIVE)")))).singleElement()
                .satisfies(e -> assertThat(e.getAttrs()).containsEntry("espPair", "ACTIVE"));
        assertThat(sas(Ingest.of(entryWithEsp("ACTIVE", "ACTIVE")))).singleElement()
                .satisfies(e -> assertThat(e.getAttrs()).containsEntry("espPair", "ACTIVE"));
    }

    @Test
    void oneActiveEspSaOrAStandbyOneIsNoPair() {
        assertThat(sas(Ingest.of(entryWithEsp("ACTIVE(ACTIVE)", null)))).singleElement()
                .satisfies(e -> assertThat(e.getAttrs()).doesNotContainKey("espPair"));
        assertThat(sas(Ingest.of(entryWithEsp(null, "ACTIVE(ACTIVE)")))).singleElement()
                .satisfies(e -> assertThat(e.getAttrs()).doesNotContainKey("espPair"));
        assertThat(sas(Ingest.of(entryWithEsp("STANDBY(STANDBY)", "ACTIVE(ACTIVE)")))).singleElement()
                .satisfies(e -> assertThat(e.getAttrs()).doesNotContainKey("espPair"));
    }

    @Test
    void theEspStatusOfOneEntryIsNotCarriedToTheNext() {
        String[] one = entryWithEsp("ACTIVE(ACTIVE)", "ACTIVE(ACTIVE)");
        String[] two = java.util.stream.Stream.concat(java.util.Arrays.stream(one), java.util.stream.Stream.of(
            "   local  ident (addr/mask/prot/port): (10.1.0.0/255.255.255.0/0/0)",
            "   remote ident (addr/mask/prot/port): (10.3.0.0/255.255.255.0/0/0)",
            "   current_peer 198.51.100.3 port 500",
            "    #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0",
            "    #pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0",
            "     current outbound spi: 0x0(0)",
            "     inbound esp sas:",
            "     outbound esp sas:")).toArray(String[]::new);
        List<LogEvent> sas = sas(Ingest.of(two));
        assertThat(sas).hasSize(2);
        assertThat(sas.get(0).getAttrs()).containsEntry("espPair", "ACTIVE");
        assertThat(sas.get(1).getAttrs()).doesNotContainKey("espPair");
    }
}
