package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static vpndoctor.parse.log.Ingest.row;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vpndoctor.model.Platform;

/** ASA/PIX syslogs (7130xx.., 402xxx, 602xxx, 305xxx, 302xxx, 111xxx, 113xxx) and ASA debug. */
class AsaTest {
    static Stream<Arguments> ike() {
        String p = "%ASA-5-713904: Group = 10.0.0.2, IP = 10.0.0.2, ";
        return Stream.of(
            row("%ASA-3-713902: Group = 10.0.0.2, IP = 10.0.0.2, ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting",
                "HASH_VERIFY_FAILED", "10.0.0.2", ""),
            row("%ASA-7-713906: IP = 10.0.0.2, IKE Receiver: Packet received on 10.0.0.1:500 from 10.0.0.2:500", "PACKET_FROM_PEER", "10.0.0.2", ""),
            // issue 12: the ASA wording of 'invalid local address' (IKE on an interface without a crypto map)
            row("Feb 16 13:36:40 [IKEv1]: IP = 10.0.0.2, No crypto map bound to interface... dropping pkt", "INVALID_LOCAL_ADDRESS", "10.0.0.2", ""),
            row("%ASA-3-713902: Group = 10.0.0.2, IP = 10.0.0.2, QM FSM error (P2 struct &0xd8f4a1c0, mess id 0x1)!", "QM_FSM_ERROR", "10.0.0.2", "group=10.0.0.2"),
            row("%ASA-5-713257: Phase 1 failure:  Mismatched attribute types for class Encryption:  Rcv'd: 3DES-CBC  Cfg'd: AES-CBC",
                "MISMATCHED_ATTRIBUTE", "-", "phase=1;class=Encryption;received=3DES-CBC;configured=AES-CBC"),
            row(p + "Phase 2 failure: Mismatched attribute types for class Group Description:  Rcv'd: Group 2  Cfg'd: Group 5",
                "MISMATCHED_ATTRIBUTE", "10.0.0.2", "phase=2;class=Group Description"),
            row("%ASA-3-713903: Group = DefaultRAGroup, IP = 10.0.0.2, Can't find a valid tunnel group, aborting...", "TUNNEL_GROUP_NOT_FOUND", "10.0.0.2", ""),
            row("%ASA-6-713119: Group = 10.0.0.2, IP = 10.0.0.2, PHASE 1 COMPLETED", "P1_COMPLETED", "10.0.0.2", ""),
            row("%ASA-6-713120: Group = 10.0.0.2, IP = 10.0.0.2, PHASE 2 COMPLETED (msgid=1234)", "P2_COMPLETED", "10.0.0.2", ""),
            row("%ASA-3-713061: Group = 10.0.0.2, IP = 10.0.0.2, Rejecting IPSec tunnel: no matching crypto map entry for remote proxy 10.2.2.0/255.255.255.0/0/0 local proxy 10.1.1.0/255.255.255.0/0/0 on interface outside",
                "NO_MATCHING_CRYPTO_MAP", "10.0.0.2", "remoteProxy=10.2.2.0/24;localProxy=10.1.1.0/24"),
            row("%ASA-3-713063: IKE Peer address not configured for destination 10.0.0.2", "CRYPTO_MAP_POLICY_NOT_FOUND", "-", "address=10.0.0.2"),
            row("%ASA-4-713201: IP = 10.0.0.2, Duplicate Phase 1 packet detected.  Retransmitting last packet.", "P1_RETRANSMIT", "10.0.0.2", ""),
            row(p + "All SA proposals found unacceptable", "P1_NO_OFFERS_ACCEPTED", "10.0.0.2", ""),
            row(p + "All IPSec SA proposals found unacceptable!", "P2_NO_PROPOSAL_ACCEPTED", "10.0.0.2", ""),
            row(p + "Received non-routine Notify message: No proposal chosen (14)", "NOTIFY", "10.0.0.2", "notify=14;direction=received"),
            row("%ASA-5-713904: IP = 10.0.0.2, Received encrypted packet with no matching SA, dropping", "IKE_TRACE", "10.0.0.2", "step=encrypted IKE packet without an IKE SA"),
            row(p + "Hash verification failed", "HASH_VERIFY_FAILED", "10.0.0.2", ""),
            row("%ASA-4-713903: IP = 10.0.0.2, Information Exchange processing failed", "IKE_BAD_MESSAGE", "10.0.0.2", ""),
            row("%ASA-5-713904: IP = 10.0.0.2, Received an un-encrypted INVALID_COOKIE NOTIFY message, dropping", "NOTIFY", "10.0.0.2", "notify=4;encrypted=false"),
            row("%ASA-5-713904: IP = 10.0.0.2, Received an un-encrypted INVALID_ID_INFO NOTIFY message, dropping", "NOTIFY", "10.0.0.2", "notify=18"),
            row("%ASA-3-713042: IKE Initiator unable to find policy: Intf inside, Src: 10.1.1.5, Dst: 10.2.2.5", "CRYPTO_MAP_POLICY_NOT_FOUND", "-", ""),
            row(p + "crypto map policy not found for Src:10.1.1.5, Dst: 10.2.2.5!", "CRYPTO_MAP_POLICY_NOT_FOUND", "10.0.0.2", "src=10.1.1.5;dst=10.2.2.5"),
            row("%ASA-3-713902: IP = 10.0.0.2, Removing peer from peer table failed, no match!", "IKE_TRACE", "10.0.0.2", ""),
            row("%ASA-5-713041: IP = 10.0.0.2, IKE Initiator: New Phase 1, Intf inside, IKE Peer 10.0.0.2  local Proxy Address 10.1.1.0, remote Proxy Address 10.2.2.0,  Crypto map (outside_map)",
                "SA_REQUEST", "10.0.0.2", ""),
            row("%ASA-4-713903: IKE Receiver: Runt ISAKMP packet discarded on Port 500 from 10.0.0.2:500", "IKE_BAD_MESSAGE", "10.0.0.2", "detail=runt packet"),
            row(p + "Received keep-alive of type DPD R-U-THERE (seq number 0x1)", "DPD", "10.0.0.2", "type=R_U_THERE;direction=received"),
            row(p + "IKE Received delete for rekeyed SA", "DELETE_RECEIVED", "10.0.0.2", ""),
            row(p + "Received IPSec delete", "DELETE_RECEIVED", "10.0.0.2", "proto=ipsec"),
            row("%PIX-6-702208: ISAKMP Phase 1 exchange started (local 1.1.1.1 (initiator), remote 2.2.2.2)", "P1_STARTED", "2.2.2.2", "")
        );
    }

    static Stream<Arguments> other() {
        return Stream.of(
            row("%ASA-4-402114: IPSEC: Received an ESP packet (SPI= 0x1234, sequence number= 0x1) from 10.0.0.2 to 10.0.0.1 with an invalid SPI.",
                "INVALID_SPI", "10.0.0.2", ""),
            row("%ASA-4-402114: IPSEC: Received an ESP packet (SPI= 0x0E1F2A3B, sequence number= 0x9F21) from 10.0.0.2 (user= 10.0.0.2) to 10.0.0.1.  The decapsulating SA is not found.",
                "INVALID_SPI", "10.0.0.2", ""),
            row("%ASA-4-402116: IPSEC: Received an ESP packet (SPI= 0x1234, sequence number= 0x1) from 10.0.0.2 (user= 10.0.0.2) to 10.0.0.1.  The decapsulated inner packet doesn't match the negotiated policy in the SA.",
                "INVALID_PROXY_IDS", "10.0.0.2", ""),
            row("%ASA-5-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x1234) between 10.0.0.1 and 10.0.0.2 (user= 10.0.0.2) has been created.",
                "P2_COMPLETED", "10.0.0.2", "direction=outbound"),
            row("%ASA-5-602304: IPSEC: An inbound LAN-to-LAN SA (SPI= 0x1234) between 10.0.0.1 and 10.0.0.2 (user= 10.0.0.2) has been deleted.",
                "SA_CLEARED", "10.0.0.2", "direction=inbound"),
            row("%ASA-6-602101: PMTU-D packet 1420 bytes greater than effective mtu 1380, dest_addr=10.1.1.1, src_addr=10.0.0.2, prot=TCP",
                "PMTU_EXCEEDED", "-", "mtu=1380"),
            row("%ASA-3-305005: No translation group found for tcp src inside:10.1.1.1/1234 dst outside:10.2.2.2/80", "NAT_NO_TRANSLATION", "-",
                "proto=tcp;src=10.1.1.1;dst=10.2.2.2"),
            row("%ASA-6-305011: Built dynamic TCP translation from inside:10.1.1.1/1234 to outside:1.2.3.4/5678", "XLATE_BUILT", "-",
                "type=dynamic;from=10.1.1.1;to=1.2.3.4"),
            row("%ASA-6-305009: Built static translation from inside:10.1.1.1 to outside:1.2.3.4", "XLATE_BUILT", "-", "type=static"),
            row("%ASA-6-302013: Built inbound TCP connection 123 for outside:10.2.2.2/1234 (10.2.2.2/1234) to inside:10.1.1.1/80 (1.2.3.4/80)",
                "CONN_BUILT", "-", "direction=inbound;proto=tcp;src=10.2.2.2;dst=10.1.1.1"),
            row("%ASA-6-302014: Teardown TCP connection 123 for outside:10.2.2.2/1234 to inside:10.1.1.1/80 duration 0:00:30 bytes 0 SYN Timeout",
                "SYN_TIMEOUT", "-", "proto=tcp"),
            row("%ASA-6-302014: Teardown TCP connection 124 for outside:10.2.2.2/1234 to inside:10.1.1.1/80 duration 0:01:30 bytes 900 TCP FINs",
                "CONN_TEARDOWN", "-", "reason=TCP FINs"),
            row("%ASA-6-302016: Teardown UDP connection 5 for outside:10.2.2.2/53 to inside:10.1.1.1/1025 duration 0:02:01 bytes 120",
                "CONN_TEARDOWN", "-", "proto=udp"),
            row("%ASA-5-111008: User 'enable_15' executed the 'clear crypto ipsec sa' command.", "SA_CLEARED", "-", "command=clear crypto ipsec sa"),
            row("%ASA-4-113019: Group = 10.0.0.2, Username = 10.0.0.2, IP = 10.0.0.2, Session disconnected. Session Type: LAN-to-LAN, Duration: 0h:10m:00s, Bytes xmt: 0, Bytes rcv: 0, Reason: Lost Service",
                "TUNNEL_DOWN", "10.0.0.2", "reason=Lost Service")
        );
    }

    static Stream<Arguments> debug() {
        return Stream.of(
            row("Group = 10.0.0.2, IP = 10.0.0.2, Received encrypted Oakley Main Mode packet with invalid payloads, MessID = 0",
                "HASH_VERIFY_FAILED", "10.0.0.2", ""),
            row("Group = 10.0.0.2, IP = 10.0.0.2, QM FSM error (P2 struct &0xd8f4a1c0, mess id 0x1)!", "QM_FSM_ERROR", "10.0.0.2", ""),
            row("IP = 10.0.0.2, processing SA payload", "IKE_TRACE", "10.0.0.2", ""),
            row("Group = 10.0.0.2, IP = 10.0.0.2, Received keep-alive of type DPD R-U-THERE-ACK (seq number 0x1)", "DPD", "10.0.0.2", "type=R_U_THERE_ACK"),
            // an ordinary quick mode, as the 713906 debug carrier and as bare debug
            row("May 23 2010 13:15:26: %ASA-7-713906: Group = 198.51.100.22, IP = 198.51.100.22, ID_FQDN ID received, len 24",
                "IKE_TRACE", "198.51.100.22", "step=peer ID received;type=ID_FQDN"),
            row("Group = 10.0.0.2, IP = 10.0.0.2, ID_IPV4_ADDR_SUBNET ID received--192.168.1.0--255.255.255.0", "IKE_TRACE", "10.0.0.2", "type=ID_IPV4_ADDR_SUBNET"),
            row("May 23 2010 13:15:26: %ASA-7-713906: Group = 198.51.100.22, IP = 198.51.100.22, oakley constucting quick mode",
                "IKE_TRACE", "198.51.100.22", "step=constructing quick mode"),
            row("May 23 2010 13:15:26: %ASA-7-713906: Group = 198.51.100.22, IP = 198.51.100.22, Transmitting Proxy Id:", "IKE_TRACE", "198.51.100.22", "step=proxy id"),
            row("May 23 2010 13:15:26: %ASA-7-713906: Group = 198.51.100.22, IP = 198.51.100.22, loading all IPSEC SAs", "IKE_TRACE", "198.51.100.22", "step=loading IPsec SAs"),
            row("Group = 10.0.0.2, IP = 10.0.0.2, IKE got SPI from key engine: SPI = 0x9ec5ef54", "IKE_TRACE", "10.0.0.2", "step=spi"),
            row("Group = 10.0.0.2, IP = 10.0.0.2, QM IsRekeyed old sa not found by addr", "IKE_TRACE", "10.0.0.2", "step=quick mode (no SA to rekey)")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ike")
    void ikeSyslog(String line, String kind, String peer, String attrs) {
        assertThat(Ingest.assertSingle(line, kind, peer, attrs).getPlatform()).isIn(Platform.ASA, Platform.PIX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("other")
    void dataPlaneNatAndSessionSyslog(String line, String kind, String peer, String attrs) {
        assertThat(Ingest.assertSingle(line, kind, peer, attrs).getPlatform()).isEqualTo(Platform.ASA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("debug")
    void asaDebug(String line, String kind, String peer, String attrs) {
        assertThat(Ingest.assertSingle(line, kind, peer, attrs).getPlatform()).isEqualTo(Platform.ASA);
    }

    @Test
    void unknownIkeMessageBecomesUnrecognizedButStillSetsThePeer() {
        Ingest in = Ingest.of("%ASA-4-713999: Group = 10.0.0.7, IP = 10.0.0.7, Something entirely new happened",
                "ISAKMP (0): retransmitting phase 1...");
        assertThat(in.ingest.unrecognized()).hasSize(1);
        assertThat(in.ingest.unrecognized().get(0).getText()).contains("713999");
        assertThat(in.events()).singleElement().satisfies(e -> assertThat(e.getPeer()).isEqualTo("10.0.0.7"));
        assertThat(in.acct.getUnrecognized()).isEqualTo(1);
    }

    @Test
    void unknownNonVpnAsaMessageIsIrrelevant() {
        Ingest in = Ingest.of("%ASA-5-111008: User 'enable_15' executed the 'interface outside' command.",
                "%ASA-6-605005: Login permitted from 10.1.1.1/1234 to inside:10.1.1.254/ssh for user \"admin\"");
        assertThat(in.events()).isEmpty();
        assertThat(in.ingest.unrecognized()).isEmpty();
        assertThat(in.acct.getIrrelevant()).isEqualTo(2);
    }

    @Test
    void unknownDataPlaneIdIsUnrecognized() {
        assertThat(Ingest.of("%ASA-4-402199: IPSEC: something new").ingest.unrecognized()).hasSize(1);
    }
}
