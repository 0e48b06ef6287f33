package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static vpndoctor.parse.log.Ingest.row;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vpndoctor.model.Platform;

/** IOS %CRYPTO syslogs and "ISAKMP:(n):" debug. */
class IosTest {
    static Stream<Arguments> syslog() {
        return Stream.of(
            row("%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= /10.1.1.5, src_addr= 10.9.9.9, prot= 1",
                "CLEARTEXT_FOR_PROTECTED_TRAFFIC", "-", "src=10.9.9.9"),
            row("%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 10.0.0.2 failed its sanity check or is malformed", "IKE_BAD_MESSAGE", "10.0.0.2", ""),
            row("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Main mode failed with peer at 10.0.0.2", "P1_MODE_FAILURE", "10.0.0.2", "mode=main"),
            row("%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=10.0.0.1, prot=50, spi=0x1234(4660), srcaddr=10.0.0.2",
                "INVALID_SPI", "10.0.0.2", "proto=esp"),
            row("%CRYPTO-4-RECVD_PKT_INV_IDENT: decaps: rec'd IPSEC packet has invalid identity vrf/dest_addr= 192.168.1.5, src_addr= 172.16.1.5, prot= 1",
                "INVALID_PROXY_IDS", "-", ""),
            row("%CRYPTO-4-IKMP_NO_SA: IKE message from 10.0.0.2 has no SA and is not an initialization offer", "SA_REQUEST", "10.0.0.2", ""),
            row("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer 10.0.0.2:500       Id: 10.0.0.2", "P2_COMPLETED", "10.0.0.2", ""),
            row("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 10.0.0.2:500       Id: 10.0.0.2", "TUNNEL_DOWN", "10.0.0.2", ""),
            row("%CRYPTO-6-IKMP_NOT_ENCRYPTED: IKE packet from 10.0.0.2 was not encrypted and it should've been.", "IKE_BAD_MESSAGE", "10.0.0.2", "detail=not encrypted"),
            row("%CRYPTO-4-IKE_QUICKMODE_BAD_CERT: encrypted connection attempted with a peer without the configured certificate attributes",
                "CERT_AUTH_FAILED", "-", ""),
            row("%CRYPTO-3-IKMP_QUERY_KEY: Querying key pair failed.", "CERT_AUTH_FAILED", "-", ""),
            row("%CRYPTO-6-IKMP_NO_ID_CERT_ADDR_MATCH: (NOT ERROR BUT WARNING ONLY)ID of 10.0.0.2 (type 1) and certificate addr with 10.0.0.3",
                "CERT_ID_NOT_IN_CERT", "10.0.0.2", "detail=peer ID does not match certificate address"),
            row("%CRYPTO-6-IKMP_NO_ID_CERT_FQDN_MATCH: ID of r2.example.com (type 2) and certificate fqdn with r3.example.com",
                "CERT_ID_NOT_IN_CERT", "-", "detail=peer ID does not match certificate FQDN"),
            row("%CRYPTO-4-IKMP_HASH_FAIL: hash failed for peer 10.0.0.2", "HASH_VERIFY_FAILED", "10.0.0.2", ""),
            row("%CRYPTO-6-IKMP_SA_NOT_AUTH: Cannot accept Quick Mode exchange from 10.0.0.2 if SA is not authenticated!", "IKE_BAD_MESSAGE", "10.0.0.2", ""),
            row("%CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is UP. Peer 10.0.0.2:500 Id: 10.0.0.2", "P2_COMPLETED", "10.0.0.2", "ikev=2")
        );
    }

    static Stream<Arguments> debug() {
        return Stream.of(
            row("ISAKMP: reserved not zero on ID payload!", "RESERVED_NOT_ZERO", "-", "payload=5"),
            row("ISAKMP:(0): phase 1 SA policy not acceptable! (local 10.0.0.1 remote 10.0.0.3)", "P1_NO_OFFERS_ACCEPTED", "10.0.0.3", ""),
            row("ISAKMP:(0):Diffie-Hellman group offered does not match policy!", "ATTS_NOT_ACCEPTABLE", "-", "detail=dh group"),
            row("ISAKMP:(0):atts are not acceptable. Next payload is 3", "ATTS_NOT_ACCEPTABLE", "-", "nextPayload=3"),
            row("ISAKMP:(0):atts are acceptable. Next payload is 0", "ATTS_ACCEPTABLE", "-", ""),
            row("ISAKMP:(0):No pre-shared key with 1.2.3.4!", "NO_KEY_FOR_PEER", "1.2.3.4", ""),
            row("ISAKMP:(0): retransmitting phase 1 MM_NO_STATE...", "P1_RETRANSMIT", "-", "state=MM_NO_STATE"),
            row("ISAKMP:(0):deleting SA reason \"Death by retransmission P1\" state (I) MM_NO_STATE (peer 10.0.0.2)", "P1_RETRANSMIT_GAVE_UP", "10.0.0.2", ""),
            row("ISAKMP:(1001):Old State = IKE_I_MM6  New State = IKE_P1_COMPLETE", "P1_COMPLETED", "-", ""),
            row("ISAKMP:(0):Old State = IKE_READY  New State = IKE_I_MM1", "IKE_TRACE", "-", "state=IKE_I_MM1"),
            row("ISAKMP:(0): sending packet to 10.0.0.2 my_port 500 peer_port 500 (I) MM_NO_STATE", "IKE_TRACE", "10.0.0.2", "step=packet sent"),
            row("ISAKMP (0:0): received packet from 1.2.3.4 dport 500 sport 500 Global (I) MM_NO_STATE", "PACKET_FROM_PEER", "1.2.3.4", ""),
            row("ISAKMP:(1001): processing NOTIFY INVALID_ID_INFO protocol 1", "NOTIFY", "-", "notify=18;name=INVALID_ID_INFO;direction=received"),
            row("ISAKMP:(1001): phase 2 SA policy not acceptable! (local 10.0.0.1 remote 10.0.0.2)", "P2_NO_PROPOSAL_ACCEPTED", "10.0.0.2", ""),
            row("ISAKMP:(1001): IPSec policy invalidated proposal with error 256", "POLICY_INVALIDATED", "-", "error=256"),
            row("IPSEC(create_sa): sa created, (sa) sa_dest= 10.0.0.2, sa_proto= 50, sa_spi= 0x1(1), sa_trans= esp-3des , sa_conn_id= 2001",
                "P2_COMPLETED", "10.0.0.2", ""),
            row("ISAKMP:(1001):return status is IKMP_NO_ERROR", "RETURN_STATUS", "-", "status=IKMP_NO_ERROR"),
            row("ISAKMP:(0):Checking ISAKMP transform 1 against priority 10 policy", "IKE_TRACE", "-", ""),
            // the transform attributes in both spellings: older IOS, and IOS-XE 16+ with a space and the connection id
            row("ISAKMP:      encaps is 1 (Tunnel)", "IKE_TRACE", "-", "step=transform attribute"),
            row("*Oct 25 20:37:02.887: ISAKMP: (1003):      encaps is 3 (Tunnel-UDP)", "IKE_TRACE", "-", "step=transform attribute"),
            row("*Feb 23 00:19:54.625: ISAKMP: (1001):transform 1, ESP_AES ", "IKE_TRACE", "-", "step=transform attribute"),
            row("ISAKMP: (0):      encryption 3DES-CBC", "IKE_TRACE", "-", "step=transform attribute"),
            // main mode bookkeeping, in the IOS 15 and the IOS-XE 16/17 spellings of the prefix
            row("ISAKMP:(0):: peer matches *none* of the profiles", "IKE_TRACE", "-", "step=isakmp profile match;none=true"),
            row("ISAKMP: (0):peer matches *none* of the profiles", "IKE_TRACE", "-", "step=isakmp profile match;none=true"),
            row("ISAKMP: (0):peer matches VPN profile", "IKE_TRACE", "-", "step=isakmp profile match;name=VPN"),
            row("ISAKMP:(0):Acceptable atts:actual life: 0", "IKE_TRACE", "-", "step=lifetime"),
            row("ISAKMP: (0):Acceptable atts:life: 0", "IKE_TRACE", "-", "step=lifetime"),
            row("ISAKMP:(0):Basic life_in_seconds:10800", "IKE_TRACE", "-", "step=lifetime"),
            row("ISAKMP: (0):Returning Actual lifetime: 6000", "IKE_TRACE", "-", "step=lifetime"),
            row("ISAKMP:(0)::Started lifetime timer: 10800.", "IKE_TRACE", "-", "step=lifetime"),
            row("ISAKMP:(9577): restart ike sa timer to 3600 secs", "IKE_TRACE", "-", "step=lifetime"),
            row("ISAKMP:(0):Support for IKE Fragmentation not enabled", "IKE_TRACE", "-", "step=fragmentation support"),
            row("ISAKMP: (1003):speaking to another IOS box!", "IKE_TRACE", "-", "step=peer is IOS"),
            row("ISAKMP:(9577): speaking to another IOS box!", "IKE_TRACE", "-", "step=peer is IOS"),
            row("ISAKMP: (0):constructed NAT-T vendor-rfc3947 ID", "IKE_TRACE", "-", "step=vendor id"),
            row("ISAKMP:(1003):NAT found, both nodes inside NAT", "IKE_TRACE", "-", "step=nat detection;natt=true"),
            row("ISAKMP:(1002): NAT found, the node inside NAT", "IKE_TRACE", "-", "step=nat detection;natt=true"),
            row("ISAKMP: (1003):Detected port floating to port = 4501", "IKE_TRACE", "-", "step=NAT-T: moving to UDP 4500;natt=true"),
            row("ISAKMP: (1003):Setting UDP ENC peer struct 0x7F36A89EE650 sa= 0x7F368CB7D310", "IKE_TRACE", "-", "natt=true"),
            row("ISAKMP: Trying to insert a peer 203.0.113.122/198.51.100.77/500/,  and inserted successfully 66440AA0.", "IKE_TRACE", "198.51.100.77", "step=peer inserted"),
            row("ISAKMP: (0):Trying to insert a peer 198.51.100.1/203.0.113.1/4501/, ", "IKE_TRACE", "203.0.113.1", "step=peer inserted"),
            row("ISAKMP: (0): and inserted successfully 7EFF7C24E120.", "IKE_TRACE", "-", "step=peer inserted"),
            row("ISAKMP: (1003):Trying to find existing peer 198.51.100.1/203.0.113.1/4501/", "IKE_TRACE", "203.0.113.1", "step=peer lookup"),
            row("bring down existing phase 1 and 2 SA's with local 198.51.100.1 remote 203.0.113.1 remote port 4501", "IKE_TRACE", "203.0.113.1",
                "step=existing SAs replaced"),
            row("ISAKMP: Unlocking peer struct 0x66440AA0 for isadb_mark_sa_deleted(), count 0", "IKE_TRACE", "-", "step=peer struct"),
            row("ISAKMP: (0):Locking peer struct 0x7EFF7C24E120, refcount 1 for crypto_isakmp_process_block", "IKE_TRACE", "-", "step=peer struct"),
            row("ISAKMP: (0):Find a dup sa in the avl tree during calling isadb_insert sa = 7F368CB7D310", "IKE_TRACE", "-", "step=sa inserted"),
            row("*Oct 25 18:50:01.497: ISAKMP: (0):purging SA., sa=8000730939973AE8, delme=8000730939973AE8", "IKE_TRACE", "-", "step=sa purged"),
            row("ISAKMP-ERROR: (0):ignoring request to send delete notify (no ISAKMP sa) src 198.51.100.1 dst 203.0.113.1 for SPI 0x3EA71AED",
                "IKE_TRACE", "203.0.113.1", "step=delete notify not sent (no ISAKMP SA)"),
            row("*Oct 25 20:37:02.884: ISAKMP: (1001):SA has outstanding requests  (local 172.16.0.2 port 4500, remote 203.0.113.1 port 4500)",
                "IKE_TRACE", "203.0.113.1", "step=quick mode waiting for phase 1"),
            row("*Oct 25 20:37:02.884: ISAKMP: (1001):sitting IDLE. Starting QM immediately (QM_IDLE      )", "IKE_TRACE", "-", "step=beginning quick mode"),
            row("ISAKMP: (1003):Received IPSec Install callback... proceeding with the negotiation", "IKE_TRACE", "-", "step=IPsec SA installed"),
            row("ISAKMP: (1001):Successfully installed IPSEC SA (SPI:0x63A278D7) on Dialer1", "IKE_TRACE", "-", "step=IPsec SA installed"),
            row("ISAKMP: (1003):Enqueued KEY_MGR_DELETE_SAS for IPSEC SA (SPI:0xF5AC7011)", "SA_CLEARED", "-", "by=device;proto=ipsec"),
            row("ISAKMP: (1003):pre-shared key authentication using id type ID_IPV4_ADDR", "IKE_TRACE", "-", "step=auth method;type=ID_IPV4_ADDR"),
            row("ISAKMP (0:2): SA is doing pre-shared key authentication using id type ID_IPV4_ADDR", "IKE_TRACE", "-", "step=auth method"),
            row("ISAKMP: (1003):ID payload ", "IKE_TRACE", "-", "step=id payload"),
            row("ISAKMP (0:9577): ID payload ", "IKE_TRACE", "-", "step=id payload"),
            row("ISAKMP: (0):Sending an IKE .!!!!", "IKE_TRACE", "-", "step=packet sent"),
            row("*Oct 25 18:53:16.490: ISAKMP: (0):Fill atts in sa vpi_length:4", "IKE_TRACE", "-", "step=lifetime"),
            row("*Oct 25 18:53:16.531: ISAKMP: (1001):His hash no match - this node outside NAT", "IKE_TRACE", "-", "step=nat detection"),
            row("*Oct 25 20:31:38.261: ISAKMP-ERROR: (0):(65514): Either (3des) encryption algorithm or (md5) hash algorithmis not CSDL compliant",
                "IKE_TRACE", "-", "step=weak algorithm not allowed (CSDL);configured=65514;detail=encryption 3des or hash md5"),
            row("*Oct 25 20:31:38.261: ISAKMP-ERROR: (0):(65514): DH Group (5) is not CSDL compliant", "IKE_TRACE", "-", "detail=DH group 5;configured=65514"),
            row("*Oct 25 20:31:38.261: ISAKMP-ERROR: (0):Can't request CE to Pregen DH Group (2) since it is not CSDL compliant", "IKE_TRACE", "-", "detail=DH group 2"),
            row("ISAKMP:(1001):deleting node 570535495 error TRUE reason \"QM rejected\"", "IKE_TRACE", "-", "reason=QM rejected;error=true"),
            row("ISAKMP-ERROR: (1001):deleting node 570535495 error TRUE reason \"Delete Larval\"", "IKE_TRACE", "-", "reason=Delete Larval"),
            row("ISAKMP:(1001):deleting node 1208 error FALSE reason \"No Error\"", "IKE_TRACE", "-", "reason=No Error;error=false"),
            // IOS-XE quick mode: which crypto map entry took the proposal
            row("*Feb 23 00:19:54.627: Crypto mapdb : proxy_match", "IKE_TRACE", "-", "step=crypto map proxy lookup"),
            row("*Feb 23 00:19:54.627: (ipsec_process_proposal)Map Accepted: CMAP, 10", "IKE_TRACE", "-", "map=CMAP;mapSeq=10;proxyMatch=true"),
            row("*Feb 23 00:19:54.628: IPSEC(crypto_ipsec_create_ipsec_sas): Map found CMAP, 10", "IKE_TRACE", "-", "map=CMAP;mapSeq=10"),
            row("*Feb 23 00:19:54.629: IPSEC(get_old_outbound_sa_for_peer): No outbound SA found for peer 7F9E85D63050", "IKE_TRACE", "-", "step=sa lookup"),
            // IOS 12.x initiator debug (real case ios-healthy-l2l-initiator-debug-peer-deletes-old-sa)
            row("Mar 1 00:55:40.767: ISAKMP: received ke message (1/1)", "IKE_TRACE", "-", "step=key engine request"),
            row("Mar 1 00:55:41.607: ISAKMP (0:2): SKEYID state generated", "IKE_TRACE", "-", "step=keys derived"),
            row("Mar 1 00:55:42.299: IPSEC(kei_proxy): head = huawei, map->ivrf = , kei->ivrf =", "IKE_TRACE", "-", "step=crypto map of the proposal;map=huawei"),
            row("Mar 1 00:55:42.455: IPSEC(add mtree): src 2.2.2.0, dest 3.3.3.0, dest_port 0", "IKE_TRACE", "-", "step=sa lookup"),
            row("Mar 1 00:55:42.443: inbound SA from 13.1.1.3 to 12.1.1.2 (f/i) 0/ 0", "IKE_TRACE", "13.1.1.3", "step=IPsec SA listing"),
            row("Mar 1 00:55:42.443: outbound SA from 12.1.1.2 to 13.1.1.3 (f/i) 0/ 0 (proxy 2.2.2.0 to 3.3.3.0 )", "IKE_TRACE", "13.1.1.3",
                "step=IPsec SA listing")
        );
    }

    /** Payload framing of the ISAKMP ID payload and the proxies of a create_sa listing: read, no event, no tunnel. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "ISAKMP: (1003): address      : 100.64.1.2",
        "ISAKMP: (1003): protocol     : 17 ",
        "ISAKMP:(9577):Total payload length: 12",
        "ISAKMP: (1003):Total payload length: 12",
        "Mar 1 00:55:41.619: ISAKMP (2): Total payload length: 12",
        "(proxy 3.3.3.0 to 2.2.2.0)",
        "    local_proxy= 192.168.102.0/255.255.255.0/256/0,",
        "    remote_proxy= 192.168.101.0/255.255.255.0/256/0",
        // show commands typed at a prompt
        "ASA-LAB1# show isakmp sa",
        "ASA2# sh crypto ipsec sa",
        "CISCO-ASA5506H-001# sh crypto ipsec sa detail",
        "R3# show logging | include IKEv2",
        "HQ#show crypto isakmp sa",
    })
    void framingIsReadWithoutEvent(String line) {
        Ingest in = Ingest.of(line);
        assertThat(in.events()).isEmpty();
        assertThat(in.ingest.unrecognized()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syslog")
    void cryptoSyslog(String line, String kind, String peer, String attrs) {
        assertThat(Ingest.assertSingle(line, kind, peer, attrs).getPlatform()).isEqualTo(Platform.IOS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("debug")
    void isakmpDebug(String line, String kind, String peer, String attrs) {
        Ingest.assertSingle(line, kind, peer, attrs);
    }

    @org.junit.jupiter.api.Test
    void attsNotAcceptableTakesPhaseFromSurroundingTrace() {
        Ingest in = Ingest.of("ISAKMP:(0):Checking ISAKMP transform 1 against priority 10 policy",
                "ISAKMP:(0):atts are not acceptable. Next payload is 3");
        assertThat(in.last().getAttrs()).containsEntry("phase", "1");
        assertThat(in.last().getPlatform()).isEqualTo(Platform.IOS);
    }

    /** IOS 12.x debug uses the "ISAKMP (0:2):" prefix PIX 6 uses; its state-machine trace is IOS's alone and names the source. */
    @org.junit.jupiter.api.Test
    void ios12StateMachineTraceNamesTheSourceIos() {
        Ingest in = Ingest.of("Mar 1 00:55:40.775: ISAKMP (0:2): Old State = IKE_READY New State = IKE_I_MM1",
                "Mar 1 00:55:42.299: ISAKMP (0:2): atts are acceptable.");
        assertThat(in.last().getPlatform()).isEqualTo(Platform.IOS);
        // the shared form alone keeps the field guide's PIX reading
        assertThat(Ingest.of("ISAKMP (0:1): atts not acceptable. Next payload is 0").last().getPlatform()).isEqualTo(Platform.PIX);
    }

    @org.junit.jupiter.api.Test
    void unknownCryptoMnemonicIsUnrecognized() {
        Ingest in = Ingest.of("%CRYPTO-4-SOMETHING_NEW: a message nobody has seen");
        assertThat(in.events()).isEmpty();
        assertThat(in.ingest.unrecognized()).hasSize(1);
    }

    /** Issue 12: the IOS-XE initiator cannot build main mode (no key for the peer it must reach). The platform of the
     *  IOS-XE 17 "ISAKMP-ERROR:" prefix is the ingest's concern, so only the event is checked here. */
    @Test
    void initiatorCannotStartMainMode() {
        Ingest.assertSingle("*Oct 25 18:50:01.497: ISAKMP-ERROR: (0):construct_initial_message: Can not start Main mode", "IKE_TRACE", "-", "role=initiator");
    }
}
