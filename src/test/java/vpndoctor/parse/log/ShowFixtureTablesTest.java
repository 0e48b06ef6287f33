package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * IOS/IOS-XE show tables in the layouts of real devices, as parser projects keep them for their tests
 * (genieparser ShowCryptoIsakmpSa, ShowCryptoIsakmpSaDetail, ShowCryptoIkev2Sa, ShowCryptoIkev2Session
 * golden outputs; docs/evidence-notes/s11-show-fixtures.md). Addresses are replaced, the layout is the
 * device's. Each table is read whole: every row becomes its peer's event, titles and column heads are
 * furniture, nothing is left unrecognised.
 */
class ShowFixtureTablesTest {

    private static List<LogEvent> of(String kind, Ingest in) {
        return in.events().stream().filter(e -> e.getKind().equals(kind)).toList();
    }

    /** A hub: the spokes initiated, so the hub's own address is dst in every row and each src is a peer. */
    @Test
    void aHeadEndTableNamesEachRowByTheAddressItDoesNotShare() {
        Ingest in = Ingest.of(
                "IPv4 Crypto ISAKMP SA",
                "dst             src             state          conn-id status",
                "203.0.113.10    198.51.100.21   QM_IDLE          29609 ACTIVE",
                "203.0.113.10    198.51.100.22   MM_NO_STATE      29188 ACTIVE (deleted)",
                "203.0.113.10    198.51.100.23   QM_IDLE          29362 ACTIVE",
                "         ",
                "IPv6 Crypto ISAKMP SA");
        List<LogEvent> rows = of("SHOW_ISAKMP_SA", in);
        assertThat(rows).extracting(LogEvent::getPeer).containsExactly("198.51.100.21", "198.51.100.22", "198.51.100.23");
        assertThat(rows).extracting(LogEvent::getLocal).containsOnly("203.0.113.10");
        assertThat(rows.get(1).attr("deleted")).isEqualTo("true");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    /** The hub initiated some and answered others: its address is dst in some rows, src in the rest. */
    @Test
    void theSharedAddressIsOursInEitherColumn() {
        Ingest in = Ingest.of(
                "dst             src             state          conn-id slot status",
                "198.51.100.31   203.0.113.10    QM_IDLE             1001    0 ACTIVE",
                "203.0.113.10    198.51.100.32   MM_KEY_EXCH         1002    0 ACTIVE");
        assertThat(of("SHOW_ISAKMP_SA", in)).extracting(LogEvent::getPeer).containsExactly("198.51.100.31", "198.51.100.32");
    }

    /** One row says nothing about which end is ours: dst stays the peer (we initiate), as before. */
    @Test
    void aSingleRowKeepsDstAsThePeer() {
        Ingest in = Ingest.of(
                "dst             src             state          conn-id status",
                "198.51.100.41   203.0.113.10    MM_NO_STATE       1004 ACTIVE");
        assertThat(of("SHOW_ISAKMP_SA", in)).singleElement().satisfies(e -> {
            assertThat(e.getPeer()).isEqualTo("198.51.100.41");
            assertThat(e.attr("state")).isEqualTo("MM_NO_STATE");
        });
    }

    /** IPv6 rows of the same table are read as the IPv4 ones. */
    @Test
    void ipv6RowsAreRead() {
        Ingest in = Ingest.of(
                "IPv6 Crypto ISAKMP SA",
                "2001:db8:a::10   2001:db8:b::21   QM_IDLE          29610 ACTIVE",
                "2001:db8:a::10   2001:db8:b::22   QM_IDLE          29611 ACTIVE");
        assertThat(of("SHOW_ISAKMP_SA", in)).extracting(LogEvent::getPeer).containsExactly("2001:db8:b::21", "2001:db8:b::22");
    }

    /**
     * 'show crypto isakmp sa detail': Local and Remote are named; its Status column is the SA's
     * (ACTIVE whatever the phase 1 state), so a row is a trace of the SA, not a state snapshot.
     */
    @Test
    void detailRowsNameBothEndsAndClaimNoState() {
        Ingest in = Ingest.of(
                "IPv4 Crypto ISAKMP SA",
                " ",
                "C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.",
                " ",
                "29609 203.0.113.10    198.51.100.21   RED      ACTIVE aes  sha    psk  16 00:01:47 D  ",
                "       Engine-id:Conn-id =  SW:12609",
                " ",
                "29493 203.0.113.10    198.51.100.24          ACTIVE aes  sha    psk  16 00:01:12 D  ",
                "       Engine-id:Conn-id =  SW:12493");
        assertThat(of("SHOW_ISAKMP_SA", in)).isEmpty();
        List<LogEvent> traces = of("IKE_TRACE", in);
        assertThat(traces).extracting(LogEvent::getPeer).containsExactly("198.51.100.21", "198.51.100.24");
        assertThat(traces).extracting(LogEvent::getLocal).containsOnly("203.0.113.10");
        assertThat(traces.get(0).attr("ivrf")).isEqualTo("RED");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    /** IOS-XE prints an SA whose addresses do not fit the row (IPv6) over three lines. */
    @Test
    void anIkev2SaSplitOverThreeLinesIsOneSnapshotOfItsRemote() {
        Ingest in = Ingest.of(
                " IPv4 Crypto IKEv2  SA",
                "",
                " IPv6 Crypto IKEv2  SA",
                "",
                "Tunnel-id    fvrf/ivrf              Status",
                "1          none/none             READY",
                "Local  2001:DB8:A::131/500",
                "Remote  2001:DB8:B::122/500",
                "      Encr: AES-CBC, keysize: 256, PRF: SHA512, Hash: SHA512, DH Grp:21, Auth sign: PSK, Auth verify: PSK",
                "      Life/Active Time: 86400/218 sec",
                "",
                "Tunnel-id    fvrf/ivrf              Status",
                "2          none/none             IN-NEG",
                "Local  2001:DB8:A::131/500",
                "Remote  2001:DB8:B::123/500");
        List<LogEvent> sas = of("SHOW_ISAKMP_SA", in);
        assertThat(sas).extracting(LogEvent::getPeer).containsExactly("2001:db8:b::122", "2001:db8:b::123");
        assertThat(sas).extracting(e -> e.attr("state")).containsExactly("IKEV2_READY", "IKEV2_IN_NEG");
        assertThat(sas).extracting(e -> e.attr("ikev")).containsOnly("2");
        assertThat(of("IKE_TRACE", in)).extracting(LogEvent::getPeer).containsExactly("2001:db8:b::122");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    /**
     * ASA 7.x-8.2 'show crypto isakmp sa detail' as a table (ntc-templates cisco_asa show_crypto_ikev1_sa_detail):
     * its column head is furniture; each row, the first numbered 1 too (no RFC 5424 envelope), is its peer's state.
     */
    @Test
    void anAsaIsakmpTableRowIsThePeersState() {
        Ingest in = Ingest.of(
                "IKE Peer      Type  Dir   Rky  State      Encrypt Hash  Auth    Lifetime",
                "1 192.0.2.225 User  Resp  No   AM_Active  3des    SHA   preshrd 86400",
                "IKE Peer      Type  Dir   Rky  State      Encrypt Hash  Auth    Lifetime",
                "2 192.0.2.226 L2L   Init  No   MM_ACTIVE  aes-256 SHA   preshrd 86400");
        List<LogEvent> rows = of("SHOW_ISAKMP_SA", in);
        assertThat(rows).extracting(LogEvent::getPeer).containsExactly("192.0.2.225", "192.0.2.226");
        assertThat(rows).extracting(e -> e.attr("state")).containsExactly("AM_ACTIVE", "MM_ACTIVE");
        assertThat(rows).extracting(e -> e.attr("role")).containsExactly("responder", "initiator");
        assertThat(in.acct.getUnrecognized()).isZero();
    }

    /** 'show dmvpn': an IPv6 NBMA address fills its column, the rest of the row is on the next line. */
    @Test
    void aDmvpnRowWhoseNbmaAddressStandsAloneIsRead() {
        Ingest in = Ingest.of(
                "Interface: Tunnel1, IPv4 NHRP Details",
                "Type:Hub, NHRP Peers:2,",
                "",
                " # Ent  Peer NBMA Addr Peer Tunnel Add State  UpDn Tm Attrb",
                " ----- --------------- --------------- ----- -------- -----",
                "     1 2001:DB8:C::122",
                "                           192.0.2.122    UP 00:02:19     D",
                "     1 2001:DB8:C::123",
                "                           192.0.2.123  NHRP 00:02:08     D");
        List<LogEvent> peers = of("SHOW_DMVPN_PEER", in);
        assertThat(peers).extracting(LogEvent::getPeer).containsExactly("2001:db8:c::122", "2001:db8:c::123");
        assertThat(peers).extracting(e -> e.attr("state")).containsExactly("UP", "NHRP");
    }

    /** 'show dmvpn ipv6' prints each peer as a block; its Status line is the row's state. */
    @Test
    void aDmvpnIpv6PeerBlockIsOnePeerEvent() {
        Ingest in = Ingest.of(
                "Interface: Tunnel1, IPv6 NHRP Details",
                "Type:Hub, Total NBMA Peers (v4/v6): 2",
                "    1.Peer NBMA Address: 2001:DB8:C::122",
                "\tTunnel IPv6 Address: FD00:192::1201",
                "\tIPv6 Target Network: FD00:192::1201/128",
                "\t# Ent: 1, Status: UP, UpDn Time: 00:02:39, Cache Attrib: D",
                "    2.Peer NBMA Address: 2001:DB8:C::123",
                "\tTunnel IPv6 Address: FD00:192::1202",
                "\tIPv6 Target Network: FD00:192::1202/128",
                "\t# Ent: 1, Status: IKE, UpDn Time: 00:02:29, Cache Attrib: D");
        List<LogEvent> peers = of("SHOW_DMVPN_PEER", in);
        assertThat(peers).extracting(LogEvent::getPeer).containsExactly("2001:db8:c::122", "2001:db8:c::123");
        assertThat(peers).extracting(e -> e.attr("state")).containsExactly("UP", "IKE");
        assertThat(peers.get(0).attr("tunnelAddr")).isEqualToIgnoringCase("fd00:192::1201");
    }

    /**
     * IOS-XE 'show crypto ipsec sa' of an IPv6 tunnel: the idents carry a prefix length, the endpoints
     * take a line each, some releases print "##pkts replay failed". The entry is read whole, as an IPv4 one.
     */
    @Test
    void anIpv6IpsecSaEntryIsReadWhole() {
        Ingest in = Ingest.of(
                "interface: Tunnel1",
                "    Crypto map tag: Tunnel1-head-0, local addr 2001:DB8:A::131",
                "",
                "   protected vrf: (none)",
                "   local  ident (addr/mask/prot/port): (2001:DB8:A::131/128/47/0)",
                "   remote ident (addr/mask/prot/port): (2001:DB8:B::123/128/47/0)",
                "   current_peer 2001:DB8:B::123 port 500",
                "     PERMIT, flags={origin_is_acl,}",
                "    #pkts encaps: 196, #pkts encrypt: 196, #pkts digest: 196",
                "    #pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0",
                "    #pkts replay rollover (send): 0, #pkts replay rollover (rcv) 0",
                "    ##pkts replay failed (rcv): 0",
                "",
                "     local crypto endpt.: 2001:DB8:A::131,",
                "     remote crypto endpt.: 2001:DB8:B::123",
                "     plaintext mtu 1438, path mtu 1500, ipv6 mtu 1500, ipv6 mtu idb GigabitEthernet1",
                "     current outbound spi: 0x0(0)",
                "     PFS (Y/N): N, DH group: none");
        assertThat(in.acct.getUnrecognized()).isZero();
        assertThat(of("SHOW_IPSEC_SA", in)).singleElement().satisfies(e -> {
            assertThat(e.getPeer()).isEqualTo("2001:db8:b::123");
            assertThat(e.attr("localIdent")).isEqualTo("2001:db8:a::131/128");
            assertThat(e.attr("remoteProto")).isEqualTo("47");
            assertThat(e.attr("encaps")).isEqualTo("196");
            // the counters stand under a dead SA (spi 0x0): the one-way rules must be able to tell
            assertThat(e.attr("outSpi")).isEqualTo("0");
        });
    }

    /** 'show crypto session detail' of an SD-WAN IPv6 tunnel: its "System IP ... Interface: Tu1" line is part of the session. */
    @Test
    void anIpv6CryptoSessionWithASystemIpIsOneSession() {
        Ingest in = Ingest.of(
                "Crypto session current status",
                "",
                "Interface: Tunnel1",
                "Profile: CLIV6-IKEV2-PROFILE",
                "Session status: UP-ACTIVE     ",
                "Peer: 2001:DB8:C:1::2 port 500 ",
                "      System IP: 192.0.2.11  Interface: Tu1 ",
                "  Session ID: 15  ",
                "  IKEv2 SA: local 2001:DB8:C:1::1/500",
                "          remote 2001:DB8:C:1::2/500 Active ",
                "  IPSEC FLOW: permit ipv6 ::/0 ::/0 ",
                "        Active SAs: 2, origin: crypto map");
        assertThat(in.acct.getUnrecognized()).isZero();
        assertThat(of("SHOW_IPSEC_SA", in)).singleElement().satisfies(e -> {
            assertThat(e.getPeer()).isEqualTo("2001:db8:c:1::2");
            assertThat(e.attr("session")).isEqualTo("UP-ACTIVE");
            assertThat(e.attr("activeSas")).isEqualTo("2");
            assertThat(e.attr("localIdent")).isEqualTo("::/0");
        });
    }

    /**
     * 'show crypto map' (genieparser ShowCryptoMap layouts): an entry the device marks incomplete is its own
     * report of an unusable entry on that entry's peer; a complete one is a trace; an entry without a
     * peer names no tunnel. Every line of the listing is read.
     */
    @Test
    void aCryptoMapEntryTheDeviceMarksIncompleteIsAnUnusableEntryOfItsPeer() {
        Ingest in = Ingest.of(
                "Crypto Map IPv4 \"ikev2-cryptomap\" 1 ipsec-isakmp",
                "\tPeer = 192.0.2.12",
                "\tPeer = 192.0.2.3",
                "\tIKEv2 Profile: ikev2profile",
                "\tAccess-List SS dynamic: False",
                "\tExtended IP access list 102",
                "\tCurrent peer: 192.0.2.3",
                "\tSecurity association lifetime: 4608000 kilobytes/3600 seconds",
                "\tDualstack (Y/N): N",
                "",
                "\tResponder-Only (Y/N): N",
                "\tPFS (Y/N): N",
                "\tMixed-mode : Disabled",
                "\tTransform sets={",
                "\t\taes256-sha1:  { esp-aes esp-sha-hmac  } ,",
                "\t}",
                "\tInterfaces using crypto map ikev2-cryptomap:",
                "\t\tVlan1",
                "Crypto Map IPv6 \"sdsd\" 3 ipsec-manual",
                "\tWARNING: This crypto map is in an incomplete state!",
                "\t\t(missing peer or access-list definitions)",
                "\tPeer = 2001:DB8::1",
                "\tAccess-List SS dynamic: False",
                "\tNo matching address list set.",
                "\tExtended IP access check IN list sds",
                "\tTransform sets={ ",
                "\t\tdefault:  { esp-aes esp-sha-hmac  } , ",
                "\t}",
                "\tInterfaces using crypto map sdsd:",
                "Crypto Map IPv4 \"nopeer\" 5 ipsec-isakmp",
                "\tWARNING: This crypto map is in an incomplete state!",
                "\t\t(missing peer or access-list definitions)",
                "\tNo matching address list set.");
        assertThat(in.acct.getUnrecognized()).isZero();
        assertThat(of("IKE_TRACE", in)).singleElement().satisfies(e -> {
            assertThat(e.getPeer()).as("the current peer of the entry").isEqualTo("192.0.2.3");
            assertThat(e.attr("map")).isEqualTo("ikev2-cryptomap");
        });
        List<LogEvent> unusable = of("CRYPTO_MAP_POLICY_NOT_FOUND", in);
        assertThat(unusable).extracting(LogEvent::getPeer).containsExactly("2001:db8::1", null);
        assertThat(unusable).extracting(e -> e.attr("map")).containsExactly("sdsd", "nopeer");
    }
}
