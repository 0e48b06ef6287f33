package vpndoctor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The attribute names a log event can carry: the contract between the parsers, which may set only
 * these (Rule checks its fixed pairs when the tables load, Parsed asserts the rest), and the rules,
 * whose {@code attr("name")} / {@code has("name")} {@code rules check} validates against this table.
 * One table, read by both sides; add a name here before a parser sets it.
 */
public final class LogAttributes {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        put("address", "an address the message is about (invalid local address, peer address not found)");
        put("authMethod", "IKEv2 authentication method of the SA (PSK, RSA...)");
        put("agreed", "what an IKEv2 SA's detail line shows agreed: none (Encr Unknown, DH group 0: IKE_SA_INIT never answered) or policy (a cipher chosen)");
        put("reached", "traceroute: true when a hop answered from the destination");
        put("lastHop", "traceroute: the last hop that answered");
        put("hops", "traceroute: the last hop number printed");
        put("encr", "IKE encryption algorithm an SA's detail line names (AES-CBC...)");
        put("badAddress", "address-shaped text that is no valid address (the line is noted, tied to no tunnel by it)");
        put("by", "who did it (deleted by, cleared by)");
        put("class", "ASA mismatched attribute class ('Group Description', 'Encryption')");
        put("command", "the command a device logged as executed");
        put("configured", "a configured value the message quotes");
        put("decaps", "packets decapsulated (show crypto ipsec sa)");
        put("deleted", "true when a show row is marked '(deleted)'");
        put("detail", "what the message says, normalised to one fixed phrase per wording");
        put("direction", "sent/received, inbound/outbound");
        put("dst", "destination host of a connection/translation message");
        put("dstIf", "destination interface of a connection message");
        put("otherEnd", "the second end of an SA a line names by both ends without saying which is ours (PIX 'deleting SA: src A, dst B': B): the peer when the first turns out to be our own address");
        put("encaps", "packets encapsulated (show crypto ipsec sa)");
        put("encrypted", "whether a payload was encrypted");
        put("error", "error text or code the message carries");
        put("exchange", "IKEv2 exchange (IKE_SA_INIT, IKE_AUTH, CREATE_CHILD_SA, INFORMATIONAL)");
        put("from", "source address of a translation message");
        put("fromIf", "source interface of a translation message");
        put("gaveUp", "true when retransmission was abandoned");
        put("group", "ASA 'Group = name' (tunnel-group)");
        put("hmac", "ESP integrity algorithm of an SA");
        put("ikev", "IKE version, 1 or 2");
        put("layer", "protocol layer the message is about (ike)");
        put("localProxy", "our proxy identity a.b.c.d/len (or as written when unreadable)");
        put("mode", "IKE mode (main, aggressive, quick) or IPsec mode (tunnel, transport)");
        put("mtu", "path MTU a message reports");
        put("name", "a name the message quotes (map, transform set, trustpoint)");
        put("keyring", "IOS keyring a pre-shared key was found in ('Looking for a matching key for P in K : success'; 'default' = global keys)");
        put("natt", "true when NAT traversal is in use");
        put("nextPayload", "IKE next-payload number");
        put("none", "true when the message says nothing was found");
        put("notify", "IKE notify type, by name or number");
        put("payload", "IKE payload number");
        put("peers", "count of peers (PIX 'peers:N')");
        put("phase", "1 or 2 when known");
        put("prot", "IPsec protocol number of an offer");
        put("proto", "protocol (esp, ah, tcp, udp, a number)");
        put("proxyPort", "port of our proxy identity");
        put("proxyProto", "protocol of our proxy identity");
        put("reason", "why (a teardown or deny reason)");
        put("received", "what was received");
        put("remoteProxy", "the peer's proxy identity a.b.c.d/len");
        put("remoteProxyPort", "port of the peer's proxy identity when it differs from ours");
        put("remoteProxyProto", "protocol of the peer's proxy identity when it differs from ours");
        put("reportedBy", "who reported the condition (peer)");
        put("role", "initiator or responder");
        put("nhs", "a DMVPN next hop server's tunnel address ('show ip nhrp nhs')");
        put("nbma", "an NHS's NBMA (outer) address as 'show ip nhrp nhs' prints it; UNKNOWN when the row prints none and the output lists several NHS");
        put("nhsFlags", "an NHS row's flags as printed: E expecting replies, R responding, W waiting, D dynamic ('show ip nhrp nhs')");
        put("reqSent", "NHRP registration requests sent to an NHS ('show ip nhrp nhs detail')");
        put("reqFailed", "NHRP registration requests that failed ('show ip nhrp nhs detail')");
        put("replRecv", "NHRP registration replies received from an NHS ('show ip nhrp nhs detail')");
        put("dest", "an NHRP cache entry's overlay address or prefix ('show ip nhrp', without the /len)");
        put("via", "an NHRP cache entry's next hop overlay address ('show ip nhrp')");
        put("flags", "an NHRP cache entry's flags as printed: used, unique, registered, negative, nat... ('show ip nhrp')");
        put("tunnelAddr", "a DMVPN peer's tunnel (overlay) address ('show dmvpn')");
        put("upDown", "how long a DMVPN peer has been up or down, as printed ('show dmvpn' UpDn Tm)");
        put("attrb", "a DMVPN peer's NHRP attributes as printed (S static, D dynamic, I incomplete, N NATed, X no socket)");
        put("nhrpRole", "hub or spoke: the Type: line of 'show dmvpn'");
        put("spiSize", "SPI size of a payload");
        put("spi", "an IPsec SPI a message names, as printed (0x upper-case hex)");
        put("spiKey", "an SPI's key that is the same whichever byte order the message printed it in (ASA/FTD name one SPI both ways)");
        put("saWindow", "ASA/FTD 602303 or IOS create_sa listing whose SPI the same device reported invalid just before: within (clock times at most 10 s apart) or unclocked (no clock times: input order only)");
        put("spiDeleted", "an invalid SPI the same device deleted before (ASA/FTD 602304, IOS delete_sa listing): seconds (clock times at most 10 s apart), later (clocked, further apart) or unclocked (input order only)");
        put("saListing", "read while parsing only (SpiLedger removes it): an IOS SA listing's first line (created, deleted) or its sa_spi line (spi)");
        put("pfkey", "ASA/FTD IKEv2-PLAT 'Received PFKEY ...': what the data plane reported (invalid SPI, add, update, delete)");
        put("src", "source host of a connection message");
        put("srcIf", "source interface of a connection message");
        put("state", "IKE/SA state (MM_WAIT_MSG2, QM_IDLE, READY...)");
        put("status", "a status word the message gives");
        put("step", "which ordinary negotiation step a trace line is");
        put("to", "destination address of a translation message");
        put("toIf", "destination interface of a translation message");
        put("trans", "transform number of an offer");
        put("transform", "transform of an offer");
        put("trigger", "what caused a retransmission");
        put("truncated", "true when a proposal block ended before it was complete");
        put("type", "a type the message gives (connection type, ID type)");
        put("acl", "the crypto ACL a show crypto ipsec sa entry names");
        put("activeSas", "'Active SAs: N' of show crypto session");
        put("currentPeer", "current_peer of a show crypto ipsec sa entry");
        put("espPair", "ACTIVE when a show crypto ipsec sa entry lists an inbound and an outbound ESP SA, each with Status: ACTIVE");
        put("default", "true when a pasted routing table has a default route (or gateway of last resort)");
        put("interface", "interface a show entry belongs to (crypto map interface, tunnel interface)");
        put("lineProtocol", "show interfaces TunnelN: the line protocol (UP|DOWN)");
        put("linestate", "show interfaces TunnelN: 'Tunnel linestate evaluation' (UP|DOWN)");
        put("linestateReason", "show interfaces TunnelN: why the line state is down, as printed without IOS's 'linestate ' prefix (protection reg down, keepalive down...)");
        put("transport", "show interfaces TunnelN: 'Tunnel protocol/transport' as printed (GRE/IP, IPSEC/IP for a VTI, multi-GRE/IP...)");
        put("protection", "show interfaces TunnelN: the IPsec profile of 'Tunnel protection via IPSec (profile \"P\")'");
        put("destination", "show interfaces TunnelN: the tunnel destination (the peer)");
        put("sourceInterface", "show interfaces TunnelN: the interface named as tunnel source");
        put("ivrf", "inside VRF a show row names (show crypto isakmp sa detail I-VRF column)");
        put("localIdent", "our ident of an SA entry a.b.c.d/len (show crypto ipsec sa local ident)");
        put("localPort", "port of our ident");
        put("localProto", "protocol of our ident");
        put("map", "crypto map name of an SA entry");
        put("mapSeq", "crypto map sequence number of an SA entry (or of a show crypto map entry)");
        put("transformSets", "IOS show crypto map: the transform sets an entry offers, 'NAME: t1 t2, NAME2: ...', transforms normalised as a config's");
        put("interfaces", "IOS show crypto map: the interfaces listed under 'Interfaces using crypto map' (space-separated): the map is applied there");
        put("ikeSa", "IOS show crypto session detail: active when the session's 'IKEv1 SA: ... Active' (IKE SA, IKEv2 SA) line says its IKE SA is up, inactive when it says Inactive");
        put("ikeRows", "IOS show crypto engine connections active: how many IKE / IKEv2 connections (IKE SAs) the table lists");
        put("ipsecRows", "IOS show crypto engine connections active: how many IPsec connections (one per IPsec SA and direction) the table lists");
        put("origin", "IOS show crypto session: what built the session's flows ('crypto map' for a map applied to the session's interface)");
        put("outSpi", "current outbound SPI of an SA entry (0 = no phase 2 SA)");
        put("pathMtu", "path MTU of an SA entry");
        put("prefixes", "prefixes of a pasted routing table");
        put("recvErrors", "#recv errors of an SA entry");
        put("remoteEndpoint", "remote crypto endpoint of an SA entry");
        put("remoteIdent", "the peer's ident of an SA entry a.b.c.d/len");
        put("remotePort", "port of the peer's ident");
        put("remoteProto", "protocol of the peer's ident");
        put("sa", "an SA entry's key (which SA of which session a snapshot row is)");
        put("san", "subject alternative name a certificate check quotes");
        put("sendErrors", "#send errors of an SA entry");
        put("session", "show crypto session status (UP-ACTIVE, UP-IDLE, DOWN-NEGOTIATING)");
        put("vti", "true when an SA entry belongs to a virtual tunnel interface");
        put("proxyMatch", "true when the device says the child SA selectors matched a crypto map entry");
        put("action", "packet-tracer's final Action (allow, drop)");
        put("dropReason", "packet-tracer's Drop-reason token (acl-drop, no-route, vpn-handle-error, ipsec-spoof...)");
        put("dropPhase", "packet-tracer: the Type of the first phase whose Result is DROP (ACCESS-LIST, NAT, VPN...)");
        put("vpnPhase", "packet-tracer: allow when a VPN encrypt phase passed, drop when a VPN phase dropped");
        put("natSide", "IOS debug ip nat: which address of the packet was translated, source (s=A->B) or destination (d=A->B)");
        put("nat", "packet-tracer: translated when the NAT phase maps the source to another address, identity when to itself");
        put("decrypted", "true when packet-tracer was told the packet is decrypted tunnel traffic");
        put("sent", "echoes a ping sent");
        put("replies", "echoes a ping got back");
        put("percent", "a ping's success rate in percent");
        put("pattern", "a ping's marks as printed (!!!!!, .!!!!, ?????)");
        put("shape", "a ping's outcome: all, none, first-lost, partial, unknown");
        put("unexplained", "true on a trace of a message the catalogue calls a symptom but no rule reads yet (read by the next-step advice: the device reported a fault vpn-doctor cannot weigh)");
        put("msgId", "the ASA/FTD syslog message id a line was read by (when its id, not its wording, decided)");
    }

    private LogAttributes() {}

    private static void put(String name, String meaning) {
        NAMES.put(name, meaning);
    }

    public static boolean isKnown(String name) { return NAMES.containsKey(name); }

    /** For parsers' fixed tables: fails at load when a name is not declared here. */
    public static String require(String name) {
        if (!NAMES.containsKey(name)) throw new IllegalStateException("log attribute '" + name + "' is not declared in LogAttributes");
        return name;
    }

    public static Set<String> names() { return Collections.unmodifiableSet(NAMES.keySet()); }

    public static Map<String, String> meanings() { return Collections.unmodifiableMap(NAMES); }
}
