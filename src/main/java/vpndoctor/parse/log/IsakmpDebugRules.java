package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * ISAKMP debug output of PIX ("ISAKMP (0): ...", "crypto_isakmp_process_block", "VPN Peer:") and IOS
 * ("ISAKMP:(1001):..."). Order matters: specific failures first, ordinary trace last.
 */
final class IsakmpDebugRules {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;
    /** A 'show asp drop' row: the reason in words, its token in brackets, the count ("  Need to start IKE negotiation (need-ike)   5"). */
    private static final String ASP_DROP_ROW = "^[A-Za-z][^()]*\\([a-z0-9-]+\\) +\\d+$";

    static final List<Rule> RULES = List.of(
        // --- pasted 'show crypto isakmp sa': IOS "dst src state conn-id [slot] status" rows and the ASA block ---
        // IOS lists the responder as dst: for the usual troubleshooting view (we initiate) that is the peer
        Rule.re("_", "^" + ADDR + " +" + ADDR + " +((?:MM|AG|QM)_[A-Z0-9_]+) +\\d+(?: +\\d+)? +(\\S+(?: \\(deleted\\))?)",
                SHOW_ISAKMP_SA, (m, o) -> o.peer(m.group(1)).attr("state", m.group(3)).attr("src", m.group(2))
                        .attr("deleted", m.group(4).contains("deleted") ? "true" : null)),
        Rule.re("state", "\\bState +: +((?:MM|AM)_[A-Z0-9_]+)", SHOW_ISAKMP_SA, (m, o) -> o.attr("state", m.group(1))),
        // ASA 7.x-8.2 'show crypto isakmp sa [detail]' table: "IKE Peer Type Dir Rky State Encrypt Hash Auth Lifetime",
        // one row per peer ("1 192.0.2.7 L2L Init No MM_ACTIVE aes-256 sha preshrd 86400"); Type User is remote access
        Rule.re("rky", "^IKE Peer +Type +Dir +Rky +State\\b", null, null),
        Rule.re("_", "^\\d+ +" + ADDR + " +(L2L|User) +(Init|Resp) +(?:Yes|No) +((?:MM|AM)_[A-Za-z0-9_]+)", SHOW_ISAKMP_SA,
                (m, o) -> o.peer(m.group(1)).attr("state", m.group(4).toUpperCase(java.util.Locale.ROOT))
                        .attr("role", m.group(3).equalsIgnoreCase("Init") ? "initiator" : "responder")),
        // pasted 'show crypto ikev2 sa' (IOS and ASA): "Tunnel-id Local Remote fvrf/ivrf Status [Role]" rows
        Rule.re("/", "^\\d+ +" + ADDR + "/\\d+ +" + ADDR + "/\\d+ +(?:\\S+ +)?(READY|IN-NEG|DELETE|UNKNOWN)\\b(?: +(INITIATOR|RESPONDER))?",
                SHOW_ISAKMP_SA, (m, o) -> o.peer(m.group(2)).local(m.group(1)).attr("state", "IKEV2_" + m.group(3).replace('-', '_'))
                        .attr("role", m.group(4) == null ? null : m.group(4).toLowerCase()).attr("ikev", "2")),
        // ASA: an empty IKE SA section ('show crypto isakmp sa' prints an IKEv1 and an IKEv2 section; 7.x-8.2 one)
        Rule.act("there are no ikev1 sas", SHOW_NO_IKE_SA, (m, o) -> { o.attr("ikev", "1"); o.tunnelless = true; }),
        Rule.act("there are no ikev2 sas", SHOW_NO_IKE_SA, (m, o) -> { o.attr("ikev", "2"); o.tunnelless = true; }),
        Rule.act("there are no isakmp sas", SHOW_NO_IKE_SA, (m, o) -> { o.attr("ikev", "1"); o.tunnelless = true; }),
        Rule.ignore("tunnel-id local"),
        Rule.ignore("crypto ikev2  sa"),
        Rule.ignore("crypto ikev2 sa"),
        Rule.ignore("crypto ikev2 session"), // 'show crypto ikev2 session' titles ("IPv4 Crypto IKEv2 Session"); its rows are the sa table's
        // the detail line under an IKEv2 SA row: an SA with nothing agreed ("Encr: Unknown - 0, PRF: Unknown - 0, Hash: None,
        // DH Grp:0, Auth sign: Unknown - 0") never had its IKE_SA_INIT answered: no cipher and no Diffie-Hellman group chosen
        Rule.re("encr:", "Encr: ?(?:Unknown|None)\\b.*\\bDH Grp: ?0\\b", IKE_TRACE, null, "step", "show ikev2 sa detail", "agreed", "none"),
        // an SA whose policy was agreed (IKE_SA_INIT answered) names its cipher: "Encr: AES-CBC, keysize: 256, ..."
        Rule.re("encr:", "Encr: ?([A-Za-z0-9-]+).*Auth sign: ?(\\S+?),? Auth verify: ?(\\S+)", IKE_TRACE,
                (m, o) -> o.attr("authMethod", m.group(2).toUpperCase()).attr("encr", m.group(1)).attr("agreed", "policy"), "step", "show ikev2 sa detail"),
        Rule.re("ike peer:", "^\\d+ +IKE Peer: " + ADDR, IKE_TRACE, (m, o) -> o.peer(m.group(1)), "step", "show isakmp sa"),
        Rule.ignore("crypto isakmp sa"),
        // 'show crypto session' title and its legend (the sessions themselves are ShowIpsecSa's)
        Rule.ignore("crypto session current status"),
        Rule.ignore("ike configuration mode"),
        Rule.ignore("ike extended authentication"),
        Rule.ignore("ike auto reconnect"),
        Rule.ignore("stronger ike encryption enforced"), // IOS-XE 17 legend: "S - SIP VPN, E - Stronger IKE Encryption Enforced"
        Rule.ignore("session-id:"),
        Rule.ignore("seq. no 0x"),
        Rule.ignore("total ike sa"),
        Rule.ignore("ikev2 sas"),
        // device-wide counters, no tunnel in them: ASA 'show vpn-sessiondb [summary]' rows ("  IKEv2 IPsec : 8 : 17 : 8"),
        // IOS 'show crypto isakmp sa count' and 'show crypto ipsec sa count'
        Rule.re("ipsec", "^(?:IKEv[12] IPsec(?:/L2TP IPsec)?|IPsec(?:OverNatT)?|L2TP(?:/IPsec)?) +:(?: +\\d+ +:)+ +\\d+", null, null),
        Rule.re("ikev", "^IKEv[12] +:(?: +\\d+ +:)+ +\\d+", null, null),
        Rule.re("isakmp sa's", "^(?:Active|Standby|Currently being negotiated|Dead) ISAKMP SA's: \\d+$", null, null),
        Rule.re("ipsec sa total", "^IPsec SA total: \\d+", null, null),
        // ASA/FTD 'show crypto debug-condition': the filters of the conditional debug, the command's state and no tunnel's
        Rule.ignore("crypto conditional debug is turned"),
        Rule.ignore("debug context unmatched flag"),
        Rule.ignore("peer ip address filters:"),
        // ASA/FTD 'show asp drop': device-wide counters since the last clearing, one row per drop reason
        // ("  IPsec tunnel is down (ipsec-tun-down)   34"): no tunnel and no time in them, so no evidence either
        Rule.re("(ipsec-", ASP_DROP_ROW, null, null),
        Rule.re("(need-ike)", ASP_DROP_ROW, null, null),
        Rule.re("(tunnel-", ASP_DROP_ROW, null, null),
        Rule.re("(vpn-", ASP_DROP_ROW, null, null),
        Rule.re("(ike-", ASP_DROP_ROW, null, null),
        Rule.ignore("show crypto "),
        Rule.ignore("debug crypto "),
        // a show command typed at a device prompt ("ASA2# sh crypto ipsec sa", "R3# show logging | include IKEv2"): its output is read, the command is not evidence
        Rule.re("# sh", "^[A-Za-z0-9_.:/-]+# sh(?:ow)? ", null, null),
        Rule.re("#sh", "^[A-Za-z0-9_.:/-]+#sh(?:ow)? ", null, null),
        // IOS names the attribute of an ISAKMP offer that no policy matched
        Rule.of("encryption algorithm offered does not match policy", ATTS_NOT_ACCEPTABLE, "phase", "1", "detail", "encryption"),
        Rule.of("hash algorithm offered does not match policy", ATTS_NOT_ACCEPTABLE, "phase", "1", "detail", "hash"),
        Rule.of("diffie-hellman group offered does not match policy", ATTS_NOT_ACCEPTABLE, "phase", "1", "detail", "dh group"),
        Rule.of("proposed key length does not match policy", ATTS_NOT_ACCEPTABLE, "phase", "1", "detail", "key length"),
        Rule.of("auth method offered does not match policy", ATTS_NOT_ACCEPTABLE, "phase", "1", "detail", "authentication"),
        // IOS has no key for the peer and so refuses every pre-share policy: the refusal follows from the missing key
        Rule.of("preshared authentication offered but does not match policy", ATTS_NOT_ACCEPTABLE, "phase", "1", "detail", "no key for pre-share"),
        // a main mode notify the peer could not protect: it refused us before any key existed (usually NO_PROPOSAL_CHOSEN)
        Rule.of("notify has no hash", NOTIFY, "detail", "unauthenticated", "direction", "received", "ikev", "1"),
        Rule.of("phase 1 packet is a duplicate", P1_RETRANSMIT, "trigger", "duplicate from peer"),
        // IOS 12.4+ writes "DPD/R_U_THERE" (slash) before or after the verb; PIX writes DPD_R_U_THERE
        Rule.re("r_u_there", "(received|processing|sending|sent)\\b.*?(R_U_THERE(?:_ACK)?)|(R_U_THERE(?:_ACK)?) (received|sent)", DPD,
                IsakmpDebugRules::dpd),
        // --- addresses of both ends ---
        Rule.re("process_block", "process_block: ?src: ?(\\S+?), ?dest: ?(\\S+?)[ ,]", PACKET_FROM_PEER,
                (m, o) -> o.peer(m.group(1)).local(m.group(2))),
        // IOS adds our role and the main mode state: "(I) MM_KEY_EXCH", "(R) MM_SA_SETUP", "(N) NEW SA" (N: a new responder SA)
        Rule.re("received packet from", "received packet from " + ADDR + "(?:.*?\\(([IRN])\\) ([A-Z_]+))?", PACKET_FROM_PEER,
                (m, o) -> o.peer(m.group(1)).attr("role", role(m.group(2))).attr("state", m.group(3))),
        Rule.re("sending packet to", "sending packet to " + ADDR + "(?:.*?\\(([IRN])\\) ([A-Z_]+))?", IKE_TRACE,
                (m, o) -> o.peer(m.group(1)).attr("role", role(m.group(2))).attr("state", m.group(3)), "step", "packet sent"),
        // --- failures ---
        Rule.re("reserved not zero", "reserved not zero on payload (\\d+)", RESERVED_NOT_ZERO, (m, o) -> o.attr("payload", m.group(1))),
        // IOS names the payload instead of numbering it (RFC 2408 payload numbers: SA 1, KE 4, ID 5, HASH 8)
        Rule.re("reserved not zero", "reserved not zero on (id|hash|sa|ke|nonce) payload", RESERVED_NOT_ZERO,
                (m, o) -> o.attr("payload", PayloadNumbers.of(m.group(1)))),
        Rule.of("phase 1 sa policy not acceptable", P1_NO_OFFERS_ACCEPTED),
        Rule.of("no cert, and no keys", NO_KEY_FOR_PEER),
        // IOS-XE: the same missing key seen by the initiator, before any packet leaves ("No Cert or pre-shared address key.")
        Rule.of("no cert or pre-shared address key", NO_KEY_FOR_PEER, "role", "I"),
        Rule.re("no pre-shared key", "no pre-shared key (?:with|for) (\\S+?)!?$", NO_KEY_FOR_PEER, (m, o) -> o.peer(m.group(1))),
        Rule.of("no pre-shared key", NO_KEY_FOR_PEER),
        // IOS initiator: the first main mode message cannot be built (no key for the peer we must reach)
        Rule.of("can not start main mode", IKE_TRACE, "step", "initiator could not start main mode", "role", "initiator"),
        Rule.of("no offers accepted", P1_NO_OFFERS_ACCEPTED),
        Rule.of("creating ipsec sas", P2_COMPLETED),
        Rule.of("sa not acceptable", SA_NOT_ACCEPTABLE),
        Rule.re("phase 2 sa policy not acceptable", "\\(local " + ADDR + " remote " + ADDR + "\\)", P2_NO_PROPOSAL_ACCEPTED,
                (m, o) -> o.local(m.group(1)).peer(m.group(2))),
        Rule.of("phase 2 sa policy not acceptable", P2_NO_PROPOSAL_ACCEPTED),
        Rule.re("invalidated proposal", "invalidated proposal with error (\\d+)", POLICY_INVALIDATED, (m, o) -> o.attr("error", m.group(1))),
        Rule.of("invalidated proposal", POLICY_INVALIDATED),
        Rule.re("not acceptable", "atts (?:are )?not acceptable\\.? ?(?:next payload is (\\d+))?", ATTS_NOT_ACCEPTABLE,
                (m, o) -> o.attr("nextPayload", m.group(1))),
        Rule.of("atts are acceptable", ATTS_ACCEPTABLE),
        Rule.of("death by retransmission p1", P1_RETRANSMIT_GAVE_UP),
        Rule.of("death by retransmission p2", P2_RETRANSMIT, "gaveUp", "true"),
        Rule.re("retransmitting phase 1", "retransmitting phase 1 ?([A-Z_0-9]+)?", P1_RETRANSMIT, (m, o) -> o.attr("state", m.group(1))),
        Rule.of("retransmit phase 1", P1_RETRANSMIT),
        Rule.re("retransmitting phase 2", "retransmitting phase 2 ?([A-Z_0-9]+)?", P2_RETRANSMIT, (m, o) -> o.attr("state", m.group(1))),
        Rule.of("retransmit phase 2", P2_RETRANSMIT),
        Rule.re("peer info for", "Peer Info for ?(\\S+?)/\\d+ not found(?: - peers: ?(\\d+))?", PEER_INFO_NOT_FOUND,
                (m, o) -> o.peer(m.group(1)).attr("peers", m.group(2))),
        Rule.of("hash verification failed", HASH_VERIFY_FAILED),
        Rule.of("authentication failed", HASH_VERIFY_FAILED),
        Rule.re("unable to fragment", "eff_mtu ?= ?(\\d+)", UNABLE_TO_FRAGMENT, (m, o) -> o.attr("mtu", m.group(1))),
        Rule.of("unable to fragment", UNABLE_TO_FRAGMENT),
        // --- notifies, deletes, keepalives ---
        Rule.of("responder_lifetime notify", RESPONDER_LIFETIME_SENT),
        Rule.re("dpd_r_u_there", "(received|sending|sent) (?:dpd_)?(R_U_THERE(?:_ACK)?)", DPD,
                (m, o) -> o.attr("type", m.group(2).toUpperCase()).attr("direction", m.group(1).toLowerCase().startsWith("rec") ? "received" : "sent").attr("ikev", "1")),
        Rule.re("notify", "(processing|sending) notify (?:payload |message )?(\\d+|[A-Z_]+)", NOTIFY, IsakmpDebugRules::notify),
        Rule.re("delete payload", "spi size = ?(\\d+)", DELETE_RECEIVED, (m, o) -> o.attr("spiSize", m.group(1))
                .attr("proto", "16".equals(m.group(1)) ? "isakmp" : "4".equals(m.group(1)) ? "ipsec" : null)),
        Rule.of("processing delete", DELETE_RECEIVED),
        Rule.re("deleting sa reason", "deleting SA reason \"([^\"]*)\"", IKE_TRACE, (m, o) -> o.attr("reason", m.group(1)), "step", "deleting SA"),
        // PIX 'deleting SA: src A, dst B' names the SA's initiator first: the peer when it started, our own
        // address when we did; B is kept as the other end (the classifier takes it when A is ours)
        Rule.re("deleting sa:", "src " + ADDR + ", dst " + ADDR, IKE_TRACE, (m, o) -> {
                o.peer(m.group(1));
                o.attr("otherEnd", m.group(2));
            }, "step", "deleting SA"),
        Rule.of("deleting sa:", IKE_TRACE, "step", "deleting SA"),
        Rule.of("reaper checking sa", REAPER),
        // IOS removes a quick mode exchange: 'deleting node 570535495 error TRUE reason "QM rejected"' (or "Delete Larval", "No Error")
        Rule.re("deleting node", "deleting node -?\\d+ error (TRUE|FALSE) reason \"([^\"]*)\"", IKE_TRACE,
                (m, o) -> o.attr("reason", m.group(2)).attr("error", m.group(1).toLowerCase()), "step", "quick mode exchange deleted"),
        Rule.re("added new peer", "ip: ?(\\S+?)/", PEER_ADDED, (m, o) -> o.peer(m.group(1))),
        Rule.re("deleted peer", "ip: ?(\\S+?)/", PEER_DELETED, (m, o) -> o.peer(m.group(1))),
        Rule.re("ref cnt", "ip: ?(\\S+?)/", IKE_TRACE, (m, o) -> o.peer(m.group(1)), "step", "peer ref count"),
        // --- progress ---
        // IOS 15 and IOS-XE 16/17 main mode bookkeeping (either prefix: "ISAKMP:(1003):" or "ISAKMP: (1003):")
        // ISAKMP profile selection: "*none*" is normal where no profile is configured (the global keys serve the peer)
        Rule.of("matches *none* of the profiles", IKE_TRACE, "step", "isakmp profile match", "none", "true"),
        Rule.re("peer matches", "peer matches (\\S+) profile", IKE_TRACE, (m, o) -> o.attr("name", m.group(1)), "step", "isakmp profile match"),
        // the negotiated ISAKMP lifetime ("Acceptable atts:actual life: 0", "Basic life_in_seconds:86400", "Returning Actual lifetime: 86400")
        Rule.of("acceptable atts:", IKE_TRACE, "step", "lifetime"),
        Rule.of("life_in_seconds", IKE_TRACE, "step", "lifetime"),
        Rule.of("fill atts in sa", IKE_TRACE, "step", "lifetime"),
        Rule.of("returning actual lifetime", IKE_TRACE, "step", "lifetime"),
        Rule.of("started lifetime timer", IKE_TRACE, "step", "lifetime"),
        Rule.of("restart ike sa timer", IKE_TRACE, "step", "lifetime"),
        Rule.of("support for ike fragmentation", IKE_TRACE, "step", "fragmentation support"),
        Rule.of("speaking to another ios box", IKE_TRACE, "step", "peer is IOS"),
        Rule.of("nat-t vendor", IKE_TRACE, "step", "vendor id"),
        // NAT-T: "NAT found, both nodes inside NAT" / "the node inside NAT" / "the node outside NAT", then the float to 4500
        Rule.re("nat found", "NAT found, (?:both nodes|the node) (?:inside|outside) NAT", IKE_TRACE, null, "step", "nat detection", "natt", "true"),
        Rule.re("detected port floating", "port floating to port ?= ?(\\d+)", IKE_TRACE, null, "step", "NAT-T: moving to UDP 4500", "natt", "true"),
        // NAT discovery hashes: "His hash no match - this node outside NAT" (the verdict follows: "No NAT Found for self or peer" or "NAT found, ...")
        Rule.re("hash no match", "(?:His|My) hash no match - this node (?:inside|outside) NAT", IKE_TRACE, null, "step", "nat detection"),
        // IOS-XE 17.11+ refuses weak algorithms unless allowed explicitly (field notice FN72510): "(65514): Either (3des) encryption
        // algorithm or (md5) hash algorithmis not CSDL compliant", "(65514): DH Group (5) is not CSDL compliant", "Can't request CE to
        // Pregen DH Group (2) since it is not CSDL compliant". The default policies (65507-65514) log it on every start: read, no verdict
        Rule.re("not csdl compliant", "(?:\\((\\d+)\\): )?(?:Either \\((\\w+)\\) encryption algorithm or \\((\\w+)\\) hash algorithm ?is"
                + "|(?:Pregen )?DH Group \\((\\d+)\\)(?: since it)? is) not CSDL compliant", IKE_TRACE, (m, o) -> o.attr("configured", m.group(1))
                .attr("detail", m.group(4) != null ? "DH group " + m.group(4) : "encryption " + m.group(2) + " or hash " + m.group(3)),
                "step", "weak algorithm not allowed (CSDL)"),
        Rule.of("setting udp enc peer struct", IKE_TRACE, "step", "nat-t", "natt", "true"),
        // the peer table: "Trying to insert a peer <local>/<peer>/<port>/, and inserted successfully 66440AA0." (IOS-XE splits it in two lines)
        Rule.re("insert a peer", "insert a peer " + ADDR + "/" + ADDR + "/", IKE_TRACE, (m, o) -> o.local(m.group(1)).peer(m.group(2)), "step", "peer inserted"),
        Rule.of("inserted successfully", IKE_TRACE, "step", "peer inserted"),
        Rule.re("find existing peer", "find existing peer " + ADDR + "/" + ADDR + "/", IKE_TRACE, (m, o) -> o.local(m.group(1)).peer(m.group(2)), "step", "peer lookup"),
        Rule.re("bring down existing phase 1 and 2", "local " + ADDR + " remote " + ADDR, IKE_TRACE, (m, o) -> o.local(m.group(1)).peer(m.group(2)),
                "step", "existing SAs replaced"),
        Rule.of("bring down existing phase 1 and 2", IKE_TRACE, "step", "existing SAs replaced"),
        Rule.of("find a dup sa in the avl tree", IKE_TRACE, "step", "sa inserted"),
        Rule.of("purging sa", IKE_TRACE, "step", "sa purged"),
        // an IPsec SA deleted while no ISAKMP SA exists to carry the delete (after 'clear crypto session'): the peer is not told
        Rule.re("ignoring request to send delete notify", "src " + ADDR + " dst " + ADDR, IKE_TRACE, (m, o) -> o.local(m.group(1)).peer(m.group(2)),
                "step", "delete notify not sent (no ISAKMP SA)"),
        Rule.of("ignoring request to send delete notify", IKE_TRACE, "step", "delete notify not sent (no ISAKMP SA)"),
        Rule.re("sa has outstanding requests", "local " + ADDR + " port \\d+, remote " + ADDR, IKE_TRACE, (m, o) -> o.local(m.group(1)).peer(m.group(2)),
                "step", "quick mode waiting for phase 1"),
        Rule.of("starting qm immediately", IKE_TRACE, "step", "beginning quick mode"),
        Rule.of("ipsec install callback", IKE_TRACE, "step", "IPsec SA installed"),
        Rule.of("successfully installed ipsec sa", IKE_TRACE, "step", "IPsec SA installed"),
        // IOS-XE: "Enqueued KEY_MGR_DELETE_SAS for IPSEC SA (SPI:0xF5AC7011)": the router removes an IPsec SA (after a peer's DELETE,
        // or a local clear), as IPSEC(delete_sa) says on older releases
        Rule.of("key_mgr_delete_sas for ipsec sa", SA_CLEARED, "by", "device", "proto", "ipsec"),
        Rule.of("key_mgr_delete_sas", IKE_TRACE, "step", "spi deleted"),
        Rule.re("authentication using id type", "using id type (\\w+)", IKE_TRACE, (m, o) -> o.attr("type", m.group(1)), "step", "auth method"),
        // the ID payload dump: IOS-XE prefixes each field line ("ISAKMP: (1003): address      : 100.64.1.2"); which side's identity
        // it is depends on the packet, so the address names no tunnel and the lines are framing
        Rule.re("id payload", "\\): ?ID payload\\s*$", IKE_TRACE, null, "step", "id payload"),
        // IOS 12.x writes the connection id without the colon after ISAKMP: "ISAKMP (2): Total payload length: 12"
        Rule.re("isakmp", "^ISAKMP ?:? ?\\((?:\\d+:)?\\d+\\): *(?:address|protocol|port|next-payload|type|length|fqdn|Total payload length)\\s*(?::|$)", null, null),
        Rule.re("beginning", "beginning (main|aggressive) mode", P1_STARTED, (m, o) -> o.attr("mode", m.group(1).toLowerCase())),
        Rule.of("beginning quick mode", IKE_TRACE, "step", "beginning quick mode"),
        Rule.of("speaking to a vpn3000", VPN3000_PEER),
        Rule.of("sa has been authenticated", P1_COMPLETED),
        Rule.of("ike_p1_complete", P1_COMPLETED),
        Rule.of("phase2_complete", P2_COMPLETED),
        Rule.re("new state", "New State = ?([A-Z_0-9]+)", IKE_TRACE, (m, o) -> o.attr("state", m.group(1)), "step", "state change"),
        Rule.re("return status is", "return status is ([A-Z_]+)", RETURN_STATUS, (m, o) -> o.attr("status", m.group(1))),
        Rule.re("oak_", "(OAK_[A-Z]+) exchange", IKE_TRACE, (m, o) -> o.attr("step", m.group(1))),
        Rule.re("oak_", "^(OAK_[A-Z_]+)$", IKE_TRACE, (m, o) -> o.attr("step", m.group(1))), // PIX prints the state alone: "OAK_QM_IDLE"
        Rule.re("processing", "processing ([A-Za-z_ ]+? payload)", IKE_TRACE, (m, o) -> o.attr("step", "processing " + m.group(1).toLowerCase())),
        Rule.of("checking ipsec proposal", IKE_TRACE, "step", "checking IPSec proposal"),
        Rule.of("checking isakmp transform", IKE_TRACE, "step", "checking ISAKMP transform"),
        Rule.of("spi 0, message id", IKE_TRACE, "step", "notify spi"),
        // IOS-XE 16+ writes the connection id between, with a space before it: "ISAKMP: (1003):      encaps is 3"
        Rule.re("isakmp", "ISAKMP ?:(?: ?\\(\\d+\\): {0,12}| {1,12})(transform \\d|attributes in transform|SA life|life type|life duration|encaps is"
                + "|authenticator is|encryption |hash |default group|group |auth |key length|keylength)", IKE_TRACE,
                null, "step", "transform attribute"),
        Rule.of("constructing", IKE_TRACE, "step", "constructing payload"),
        Rule.of("found peer pre-shared key", IKE_TRACE, "step", "pre-shared key found"),
        Rule.of("vendor id", IKE_TRACE, "step", "vendor id"),
        Rule.of("input = ike_mesg", IKE_TRACE, "step", "state input"),
        Rule.of("node ", IKE_TRACE, "step", "node"),
        Rule.of("peer does not do paranoid keepalives", IKE_TRACE, "step", "keepalive mode"),
        Rule.of("isakmp is on", IKE_TRACE, "step", "isakmp on"),
        Rule.of("sa is doing", IKE_TRACE, "step", "auth method"),
        // "Looking for a matching key for 192.0.2.2 in keyring1 : success": the keyring ("default" = global keys) the key came from
        Rule.re("looking for a matching key", "looking for a matching key for " + ADDR + " in (\\S+) : success", IKE_TRACE,
                (m, o) -> { o.peer(m.group(1)); o.attr("keyring", m.group(2)); }, "step", "key lookup"),
        Rule.of("looking for a matching key", IKE_TRACE, "step", "key lookup"),
        Rule.of("local preshared key found", IKE_TRACE, "step", "pre-shared key found"),
        Rule.of("scanning profiles", IKE_TRACE, "step", "profile scan"),
        Rule.of("initial contact", IKE_TRACE, "step", "initial contact"),
        Rule.of("nat-traversal", IKE_TRACE, "step", "nat-t"),
        Rule.of(" ID payload", IKE_TRACE, "step", "id payload"), // with its space: "invalid payloads" is not one
        Rule.of("received hash", IKE_TRACE, "step", "hash"),
        Rule.of("received nonce", IKE_TRACE, "step", "nonce"),
        Rule.re("created a peer struct", "peer struct for " + ADDR, IKE_TRACE, (m, o) -> o.peer(m.group(1)), "step", "peer created"),
        Rule.of("new peer created", IKE_TRACE, "step", "peer created"),
        // IOS/IOS-XE initiator: IPsec asked ISAKMP for an SA (the key acquire of the first packet of interesting traffic)
        Rule.of("sa request profile", SA_REQUEST, "role", "I"),
        // IOS 12.x: the IPsec key engine's request reaching ISAKMP ("received ke message (1/1)": a new SA; (3/1) a delete)
        Rule.of("received ke message", IKE_TRACE, "step", "key engine request"),
        // IOS 12.x main mode: the DH exchange is done and the keys derived (authentication comes next)
        Rule.of("skeyid state generated", IKE_TRACE, "step", "keys derived"),
        // IOS/IOS-XE initiator that cannot even build its first message (no key for the peer it wants)
        Rule.of("can not start aggressive mode", IKE_TRACE, "step", "initiator mode choice", "role", "I"),
        Rule.of("for isakmp_initiator", IKE_TRACE, "step", "peer struct", "role", "I"),
        // "Locking peer struct 0x7EFF7C24E120, refcount 1 for crypto_isakmp_process_block", "Unlocking peer struct ... count 0"
        Rule.of("locking peer struct", IKE_TRACE, "step", "peer struct"),
        Rule.of("error while processing sa request", IKE_TRACE, "step", "sa request failed", "role", "I"),
        // ASA 'show crypto isakmp sa': "Type    : L2L             Role    : responder"
        Rule.re("role", "\\bRole +: +(initiator|responder)\\b", IKE_TRACE, (m, o) -> o.attr("role", m.group(1).toLowerCase()), "step", "show isakmp sa"),
        Rule.of("sending an ike ipv4 packet", IKE_TRACE, "step", "packet sent"),
        // the same line cut short by ping marks on a shared console ("Sending an IKE .!!!!")
        Rule.re("sending an ike", "Sending an IKE(?: IPv[46] Packet)?[ .!]*$", IKE_TRACE, null, "step", "packet sent"),
        Rule.of("insert sa successfully", IKE_TRACE, "step", "sa inserted"),
        Rule.of("client config settings", IKE_TRACE, "step", "client config"),
        Rule.of("client xauth list", IKE_TRACE, "step", "xauth preamble"),
        Rule.of("xauth: initializing aaa", IKE_TRACE, "step", "xauth preamble"),
        Rule.of("local port 500", IKE_TRACE, "step", "ports"),
        Rule.of("key in keyring", IKE_TRACE, "step", "pre-shared key found"),
        Rule.of("gets spi", IKE_TRACE, "step", "spi"),
        Rule.of("deleting spi", IKE_TRACE, "step", "spi deleted"),
        Rule.of("sa authentication status", IKE_TRACE, "step", "authentication status"),
        Rule.of("received payload type", IKE_TRACE, "step", "payload"),
        Rule.of("nat found for self or peer", IKE_TRACE, "step", "nat detection"),
        Rule.of("unknown input ike_mesg_from_peer", IKE_TRACE, "step", "unexpected message"),
        Rule.of("failed to construct ag informational", IKE_TRACE, "step", "informational"),
        Rule.of("fsm action returned error", IKE_TRACE, "step", "fsm error"),
        Rule.of("construct_fail_ag_init", IKE_TRACE, "step", "error counter")
    );

    private IsakmpDebugRules() {}

    private static String role(String letter) {
        return letter == null ? null : "I".equals(letter) ? "I" : "R";
    }

    private static void dpd(java.util.regex.Matcher m, Parsed o) {
        String verb = m.group(1) != null ? m.group(1) : m.group(4);
        String type = m.group(2) != null ? m.group(2) : m.group(3);
        o.attr("type", type.toUpperCase()).attr("direction", verb.toLowerCase().startsWith("s") ? "sent" : "received").attr("ikev", "1");
    }

    private static void notify(java.util.regex.Matcher m, Parsed o) {
        String n = NotifyNames.v1Number(m.group(2));
        boolean received = m.group(1).equalsIgnoreCase("processing");
        if ("36136".equals(n) || "36137".equals(n)) {
            o.is(DPD).attr("type", "36136".equals(n) ? "R_U_THERE" : "R_U_THERE_ACK");
        } else {
            o.attr("notify", n);
            if (!n.equals(m.group(2))) o.attr("name", m.group(2).toUpperCase());
        }
        o.attr("direction", received ? "received" : "sent").attr("ikev", "1");
    }
}
