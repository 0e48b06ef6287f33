package vpndoctor.parse.log;

import vpndoctor.model.config.Ip;
import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * ASA IKEv1 wording, shared by the 7130xx-7159xx syslogs and ASA debug lines ("Group = g, IP = a, ...").
 * The message id is not used: the same text is logged under different ids across releases.
 */
final class AsaIkeRules {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;

    static final List<Rule> RULES = List.of(
        // ASA 9 sends its IKEv2 debug through syslog 711001 ("IKEv2-PROTO-4: (71): ..."): the IKEv2 tables read it
        Rule.re("ikev2-", "(IKEv2-[A-Z]+-\\d.*)$", IKE_TRACE, (m, o) -> Ikev2Rules.parse(new Msg(m.group(1)), o), "ikev", "2"),
        // certificate validation (717xxx, and the same words in IOS PKI messages)
        Rule.of("certificate was successfully validated", IKE_TRACE, "step", "certificate validated"),
        // 717055 (Cisco: "The specified certificate in the trustpoint has expired"; renew it): logged on a timer for
        // every trustpoint, used or not, so it names no tunnel and lends no peer; a rule weighs it only beside a failure
        Rule.re("in the trustpoint", "The (\\S+) certificate in the trustpoint (\\S+) has expired", TRUSTPOINT_CERT_EXPIRED,
                (m, o) -> { o.attr("type", m.group(1)).attr("name", m.group(2)); o.tunnelless = true; }),
        // 717021 (Cisco: verifying the certificate's signature failed: invalid key type, unsupported key size)
        Rule.of("certificate data could not be verified", CERT_AUTH_FAILED, "detail", "certificate data could not be verified"),
        Rule.of("certificate chain failed validation", CERT_AUTH_FAILED, "detail", "certificate chain failed validation"),
        Rule.of("certificate chain validation has failed", CERT_AUTH_FAILED, "detail", "certificate chain failed validation"),
        Rule.of("certificate validation failed", CERT_AUTH_FAILED, "detail", "certificate validation failed"),
        Rule.of("certificate has expired", CERT_AUTH_FAILED, "detail", "certificate expired"),
        Rule.of("certificate is not yet valid", CERT_AUTH_FAILED, "detail", "certificate not yet valid"),
        Rule.of("certificate has been revoked", CERT_AUTH_FAILED, "detail", "certificate revoked"),
        Rule.of("crl fetch", CERT_AUTH_FAILED, "detail", "CRL could not be fetched"),
        // 713187 (Cisco: the IKE peer bringing up the tunnel is not the one configured for the remote subnet it proposed)
        Rule.re("does not match remote peer as defined", "Remote peer address: ?" + ADDR, PEER_NOT_IN_L2L_POLICY,
                (m, o) -> o.addr("address", m.group(1))),
        Rule.of("does not match remote peer as defined", PEER_NOT_IN_L2L_POLICY),
        // 713034/713035, 713024/713025, 713028/713029: the proxy (network, protocol, port) the peer's quick mode proposes,
        // "local" this side's and "remote" the peer's, under the attribute names 713061 and IOS's proposal block use
        Rule.re("proxy subnet data", "Received (local|remote) IP Proxy Subnet data in ID Payload: *Address " + ADDR + ", *Mask " + ADDR
                + ", *Protocol (\\d+), *Port (\\d+)", PROXY_RECEIVED,
                (m, o) -> proxy(o, m.group(1), Ip.cidr(m.group(2), m.group(3)), m.group(4), m.group(5))),
        Rule.re("proxy host data", "Received (local|remote) Proxy Host data in ID Payload: *Address " + ADDR + ", *Protocol (\\d+), *Port (\\d+)",
                PROXY_RECEIVED, (m, o) -> proxy(o, m.group(1), m.group(2) + "/32", m.group(3), m.group(4))),
        Rule.re("proxy range data", "Received (local|remote) Proxy Range data in ID Payload: *Addresses " + ADDR + " *- *" + ADDR
                + ", *Protocol (\\d+), *Port (\\d+)", PROXY_RECEIVED,
                (m, o) -> proxy(o, m.group(1), Ip.rangeAsCidr(m.group(2), m.group(3)), m.group(4), m.group(5))),
        // 713032/713033 (Cisco: a range ID whose low address is not less than its high address; check the phase 2 parameters)
        Rule.of("received invalid local proxy range", INVALID_PROXY_RANGE, "detail", "invalid local proxy range"),
        Rule.of("received invalid remote proxy range", INVALID_PROXY_RANGE, "detail", "invalid remote proxy range"),
        // 713086 (Cisco: a certificate payload arrived while this side has no identity certificate: the authentication
        // method is not RSA/DSS signatures here; check the trustpoint and ISAKMP settings of both peers)
        // (a number where the method goes: Cisco's own template text, "auth numerical value", is no device's line)
        Rule.re("possible invalid auth method", "Auth method \\(\\d+\\)", MISMATCHED_ATTRIBUTE, null, "phase", "1", "class", "Authentication Method"),
        // 715067 (Cisco: an SA with the same remote network exists from a different peer; not a legal configuration)
        Rule.of("existing sa from different peer", REMOTE_NETWORK_OF_ANOTHER_PEER),
        // the peer names no tunnel-group of its own: the default L2L group (and its key, if any) is used
        Rule.of("landed on tunnel_group defaultl2lgroup", DEFAULT_TUNNEL_GROUP),
        // ASA debug's own retransmission line: msgid 0 is main mode, anything else quick mode or informational
        Rule.re("ike_decode resending", "msgid=0\\)", P1_RETRANSMIT, null, "trigger", "resending"),
        Rule.of("ike_decode resending", P2_RETRANSMIT, "trigger", "resending"),
        // ASA debug: a main-mode packet that decrypts to garbage, the ASA wording of a key mismatch
        Rule.of("main mode packet with invalid payloads", HASH_VERIFY_FAILED, "detail", "encrypted main mode packet with invalid payloads"),
        Rule.of("mismatched pre-shared key", HASH_VERIFY_FAILED, "detail", "could not decrypt: mismatched pre-shared key"),
        Rule.of("problems decrypting packet", HASH_VERIFY_FAILED, "detail", "could not decrypt the peer's packet"),
        Rule.re("ike receiver: packet received", "from " + ADDR, PACKET_FROM_PEER, (m, o) -> o.peer(m.group(1))),
        Rule.of("sending ike delete with reason", IKE_TRACE, "step", "delete sent"),
        Rule.of("failed to establish an l2l sa", IKE_TRACE, "step", "L2L tunnel setup failed"),
        Rule.of("unsuccessful at setting up a tunnel", IKE_TRACE, "step", "L2L tunnel setup failed"),
        Rule.re("mismatched attribute", "Phase (\\d) failure: +Mismatched attribute types for class ([A-Za-z ]+?):? +Rcv'd: ?(.*?) +Cfg'd: ?(.*)$",
                MISMATCHED_ATTRIBUTE, (m, o) -> o.attr("phase", m.group(1)).attr("class", m.group(2))
                        .attr("received", m.group(3)).attr("configured", m.group(4))),
        Rule.re("mismatched attribute", "Phase (\\d) failure: +Mismatched attribute types for class ([A-Za-z ]+?)(?::|$| {2})",
                MISMATCHED_ATTRIBUTE, (m, o) -> o.attr("phase", m.group(1)).attr("class", m.group(2))),
        Rule.of("qm fsm error", QM_FSM_ERROR),
        Rule.of("can't find a valid tunnel group", TUNNEL_GROUP_NOT_FOUND),
        Rule.of("unknown tunnel group", TUNNEL_GROUP_NOT_FOUND),
        Rule.of("all ipsec sa proposals found unacceptable", P2_NO_PROPOSAL_ACCEPTED),
        Rule.of("all sa proposals found unacceptable", P1_NO_OFFERS_ACCEPTED),
        Rule.of("all ike sa proposals found unacceptable", P1_NO_OFFERS_ACCEPTED),
        Rule.re("no matching crypto map entry", "remote proxy ([\\d.]+)/([\\d.]+)/(\\d+)/(\\d+) local proxy ([\\d.]+)/([\\d.]+)/(\\d+)/(\\d+)",
                NO_MATCHING_CRYPTO_MAP, (m, o) -> o.attr("remoteProxy", Ip.cidr(m.group(1), m.group(2)))
                        .attr("localProxy", Ip.cidr(m.group(5), m.group(6))).attr("proxyProto", m.group(7)).attr("proxyPort", m.group(8))),
        Rule.of("no matching crypto map entry", NO_MATCHING_CRYPTO_MAP),
        // As responder (713061 "Tunnel rejected: Crypto Map Policy not found", 713259 "torn down. Reason:
        // crypto map policy not found") the peer's proxies match no crypto ACL here: Cisco's reading is
        // mismatched protected networks, the same as "no matching crypto map entry", and that is its one
        // vote. The initiator's own "crypto map policy not found" (IP = 0.0.0.0, with 713042 "IKE
        // Initiator unable to find policy") is an unusable map entry, below.
        Rule.re("crypto map policy not found", "Tunnel rejected: Crypto Map Policy not found for Src: ?" + ADDR + ", ?Dst: ?" + ADDR, NO_MATCHING_CRYPTO_MAP,
                (m, o) -> o.addr("src", m.group(1)).addr("dst", m.group(2)), "detail", "responder: peer's proxies match no crypto map"),
        Rule.re("crypto map policy not found", "(?:Tunnel rejected|torn down\\.? *Reason): ?Crypto Map Policy not found", NO_MATCHING_CRYPTO_MAP, null,
                "detail", "responder: peer's proxies match no crypto map"),
        Rule.re("crypto map policy not found", "Src: ?" + ADDR + ", ?Dst: ?" + ADDR, CRYPTO_MAP_POLICY_NOT_FOUND,
                (m, o) -> o.addr("src", m.group(1)).addr("dst", m.group(2))),
        Rule.of("crypto map policy not found", CRYPTO_MAP_POLICY_NOT_FOUND),
        Rule.re("peer address not configured", "not configured for destination " + ADDR, CRYPTO_MAP_POLICY_NOT_FOUND,
                (m, o) -> o.addr("address", m.group(1)), "detail", "peer address not configured"),
        Rule.of("initiator unable to find policy", CRYPTO_MAP_POLICY_NOT_FOUND, "detail", "initiator unable to find policy"),
        Rule.of("duplicate phase 1 packet", P1_RETRANSMIT, "trigger", "duplicate from peer"),
        Rule.of("duplicate phase 2 packet", P2_RETRANSMIT, "trigger", "duplicate from peer"),
        Rule.of("p1 retransmit", P1_RETRANSMIT),
        Rule.of("p2 retransmit", P2_RETRANSMIT),
        Rule.re("fsm error history", "((?:MM|AM)_WAIT_MSG\\d), EV_TIMEOUT", P1_RETRANSMIT_GAVE_UP, (m, o) -> o.attr("state", m.group(1))),
        Rule.of("fsm error history", IKE_TRACE, "step", "fsm error history"),
        Rule.re("notify message:", "Notify message: ?([A-Za-z ]+?) ?\\((\\d+)\\)", NOTIFY,
                (m, o) -> o.attr("notify", m.group(2)).attr("name", m.group(1).trim().toUpperCase().replace(' ', '_')),
                "direction", "received", "ikev", "1"),
        Rule.re("un-encrypted", "un-encrypted ([A-Z_]+) NOTIFY", NOTIFY, (m, o) -> o.attr("notify", NotifyNames.v1Number(m.group(1)))
                .attr("name", m.group(1)).attr("encrypted", "false"), "direction", "received", "ikev", "1"),
        // ASA "Received encrypted packet with no matching SA, dropping" (713904 at severity 5): an encrypted
        // IKE message (quick mode, informational) for an IKE SA this side no longer has. An IKE-level
        // disagreement about phase 1 state, usually passing (after a clear, a reboot, a lifetime
        // expiry); not an ESP packet with an unknown SPI, so it never reads as a stale IPsec SA
        Rule.of("no matching sa, dropping", IKE_TRACE, "step", "encrypted IKE packet without an IKE SA"),
        Rule.of("hash verification failed", HASH_VERIFY_FAILED),
        Rule.of("misconfigured pre-shared key", HASH_VERIFY_FAILED),
        Rule.of("runt isakmp packet", IKE_BAD_MESSAGE, "detail", "runt packet"),
        Rule.of("information exchange processing failed", IKE_BAD_MESSAGE, "detail", "information exchange failed"),
        // IKE arrived on an interface without a crypto map: the ASA wording of IOS/PIX "invalid local address"
        Rule.of("no crypto map bound to interface", INVALID_LOCAL_ADDRESS, "address", "of the receiving interface (no crypto map bound to it)"),
        Rule.of("header invalid", IKE_BAD_MESSAGE, "detail", "header invalid"),
        // a keep-alive (DPD) payload travels in the encrypted informational exchange of an SA that is up:
        // malformed there is a DPD quirk, not a key that fails to decrypt
        Rule.of("malformed keepalive payload", IKE_TRACE, "step", "malformed keep-alive payload"),
        Rule.of("malformed", IKE_BAD_MESSAGE, "detail", "malformed"),
        Rule.of("error processing payload", IKE_TRACE, "step", "error processing payload"),
        Rule.of("removing peer from peer table failed", IKE_TRACE, "step", "peer table remove failed"),
        Rule.of("removing peer from correlator table failed", IKE_TRACE, "step", "correlator remove failed"),
        Rule.of("unable to remove peertblentry", IKE_TRACE, "step", "peer table remove failed"),
        Rule.re("ike initiator: new phase 1", "IKE Peer:? ?" + ADDR, SA_REQUEST, (m, o) -> o.peer(m.group(1)), "ikev", "1"),
        Rule.of("ike initiator: new phase 1", SA_REQUEST, "ikev", "1"),
        Rule.of("ike initiator: new phase 2", IKE_TRACE, "step", "phase 2 started"),
        Rule.re("terminating", "IKE SA (?:MM|AM):\\S+ terminating", IKE_TRACE, null, "step", "sa terminating"),
        Rule.of("pitcher: received a key acquire", SA_REQUEST),
        Rule.re("keep-alive", "(Received|Sending) keep-alive of type DPD (R-U-THERE(?:-ACK)?)", DPD,
                (m, o) -> o.attr("type", m.group(2).replace('-', '_')).attr("direction", m.group(1).startsWith("R") ? "received" : "sent")),
        Rule.of("ike lost contact with remote peer", TUNNEL_DOWN, "reason", "DPD: peer unresponsive"),
        Rule.of("keep-alive type for this connection", IKE_TRACE, "step", "keep-alive type"),
        Rule.of("peer does not support keep-alives", IKE_TRACE, "step", "peer without keep-alives"),
        // 713219: interesting traffic waits for phase 1, the ASA side of a key acquire
        Rule.of("queuing key-acquire messages", SA_REQUEST, "detail", "queued until phase 1 completes"),
        Rule.of("ipsec delete", DELETE_RECEIVED, "proto", "ipsec", "spiSize", "4"),
        Rule.re("received delete", "received (?:an? )?(ipsec|isakmp|ike)? ?delete", DELETE_RECEIVED,
                (m, o) -> o.attr("proto", m.group(1) == null ? null : m.group(1).equalsIgnoreCase("ipsec") ? "ipsec" : "isakmp")),
        Rule.of("phase 1 delete received", DELETE_RECEIVED, "proto", "isakmp", "spiSize", "16"),
        Rule.of("phase 1 completed", P1_COMPLETED),
        Rule.of("phase 1 exchange completed", P1_COMPLETED),
        Rule.of("phase 2 completed", P2_COMPLETED),
        Rule.of("phase 2 exchange completed", P2_COMPLETED),
        Rule.of("security negotiation complete", P2_COMPLETED),
        Rule.of("phase 1 exchange started", P1_STARTED),
        Rule.of("phase 2 exchange started", IKE_TRACE, "step", "phase 2 started"),
        Rule.of("phase 1 retransmission", P1_RETRANSMIT),
        Rule.of("phase 2 retransmission", P2_RETRANSMIT),
        Rule.of("dpd timed out", TUNNEL_DOWN, "reason", "DPD timed out"),
        Rule.of("phase 1 delete sent", IKE_TRACE, "step", "phase 1 delete sent"),
        Rule.of("initiating rekey", IKE_TRACE, "step", "rekey"),
        Rule.re("reason", "(?:Session is being torn down|Connection terminated for peer \\S+)\\.? *Reason: ?(.*)$", TUNNEL_DOWN,
                (m, o) -> o.attr("reason", m.group(1))),
        Rule.of("oakley proposal is acceptable", ATTS_ACCEPTABLE, "phase", "1"),
        Rule.re("acceptable", "IKE SA Proposal # ?\\d+, Transform # ?\\d+ acceptable", ATTS_ACCEPTABLE, null, "phase", "1"),
        Rule.re("acceptable", "IPSec SA Proposal # ?\\d+, Transform # ?\\d+ acceptable", ATTS_ACCEPTABLE, null, "phase", "2"),
        Rule.re("not acceptable", "(IKE|IPSec) SA Proposal # ?\\d+, Transform # ?\\d+ not acceptable", ATTS_NOT_ACCEPTABLE,
                (m, o) -> o.attr("phase", m.group(1).equalsIgnoreCase("IKE") ? "1" : "2")),
        Rule.of("ike_decode received", PACKET_FROM_PEER),
        Rule.of("ike_decode sending", IKE_TRACE, "step", "packet sent"),
        Rule.of("proxy host data", IKE_TRACE, "step", "proxy id"),
        Rule.of("proxy subnet data", IKE_TRACE, "step", "proxy id"),
        Rule.of("crypto map check", IKE_TRACE, "step", "crypto map check"),
        Rule.of("nat detection status", IKE_TRACE, "step", "nat detection"),
        Rule.of("ike remote peer configured for crypto map", IKE_TRACE, "step", "crypto map peer"),
        Rule.of("connection landed on tunnel_group", IKE_TRACE, "step", "tunnel group"),
        Rule.of(" vid", IKE_TRACE, "step", "vendor id"),
        Rule.re("processing", "processing ([A-Za-z0-9_ -]+?)(?: payload|$|,)", IKE_TRACE, (m, o) -> o.attr("step", "processing " + m.group(1).toLowerCase())),
        Rule.re("constructing", "constructing ([A-Za-z0-9_ -]+?)(?: payload|$|,)", IKE_TRACE, (m, o) -> o.attr("step", "constructing " + m.group(1).toLowerCase())),
        Rule.of("computing", IKE_TRACE, "step", "computing"),
        Rule.of("generating", IKE_TRACE, "step", "generating"),
        Rule.of("oakley begin", IKE_TRACE, "step", "oakley begin"),
        Rule.of("starting p1 rekey", IKE_TRACE, "step", "rekey"),
        Rule.of("starting phase 1 rekey", IKE_TRACE, "step", "rekey"),
        Rule.of("freeing previously allocated memory", IKE_TRACE, "step", "memory"),
        Rule.of("is rekeyed", IKE_TRACE, "step", "rekey"),
        Rule.of("sending delete", IKE_TRACE, "step", "delete sent"),
        Rule.of("sending dpd", IKE_TRACE, "step", "dpd sent"),
        Rule.of("key acquire message", SA_REQUEST),
        // 713906 (the debug-level generic IKE carrier): "Obtained IP addr (A) prior to initiating Mode Cfg (XAuth enabled)":
        // a remote-access client's address taken from its pool before mode-config, a user's ordinary bring-up
        Rule.of("prior to initiating mode cfg", IKE_TRACE, "step", "mode config address obtained"),
        // 713906 debug carriers of an ordinary quick mode ("ID_FQDN ID received, len 24", "ID_IPV4_ADDR_SUBNET ID received--a--m",
        // "oakley constucting quick mode" as the ASA spells it, "Transmitting Proxy Id:", "loading all IPSEC SAs")
        Rule.re("id received", "\\b(ID_[A-Z0-9_]+) ID received", IKE_TRACE, (m, o) -> o.attr("type", m.group(1)), "step", "peer ID received"),
        Rule.of("oakley constucting", IKE_TRACE, "step", "constructing quick mode"),
        Rule.of("transmitting proxy id", IKE_TRACE, "step", "proxy id"),
        Rule.of("loading all ipsec sas", IKE_TRACE, "step", "loading IPsec SAs"),
        Rule.of("ike got spi from key engine", IKE_TRACE, "step", "spi"),
        // not a rekey of an existing SA: an ordinary first quick mode
        Rule.of("qm isrekeyed old sa not found", IKE_TRACE, "step", "quick mode (no SA to rekey)")
    );

    private AsaIkeRules() {}

    private static void proxy(Parsed o, String side, String network, String proto, String port) {
        o.attr(side.equalsIgnoreCase("local") ? "localProxy" : "remoteProxy", network).attr("proxyProto", proto).attr("proxyPort", port);
    }
}
