package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * PIX and IOS "IPSEC(function): ..." debug lines (one-line forms; the multi-line proposal blocks
 * are {@link ProposalBlock}). Checked before ISAKMP rules because a PIX console can glue an IPSEC
 * message onto an ISAKMP one ("authenticator is HMAC-MD5IPSEC(validate_proposal): ...").
 */
final class IpsecDebugRules {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;

    static final List<Rule> RULES = List.of(
        // --- pasted 'show crypto ipsec sa': the peer line, then counters (the peer of a counter is the last one named) ---
        Rule.re("#pkts encaps", "#pkts encaps: ?(\\d+)", SHOW_IPSEC_SA, (m, o) -> o.attr("encaps", m.group(1))),
        Rule.re("#pkts decaps", "#pkts decaps: ?(\\d+)", SHOW_IPSEC_SA, (m, o) -> o.attr("decaps", m.group(1))),
        Rule.ignore("#pkts"),
        Rule.re("current_peer", "current_peer:? " + ADDR, IKE_TRACE, (m, o) -> o.peer(m.group(1)), "step", "show ipsec sa"),
        Rule.re("peer address:", "^peer address: " + ADDR, IKE_TRACE, (m, o) -> o.peer(m.group(1)), "step", "show ipsec sa"),
        Rule.re("crypto endpt", "local crypto endpt\\.: ?" + ADDR + "(?:/\\d+)?, remote crypto endpt\\.: ?" + ADDR, IKE_TRACE,
                (m, o) -> o.local(m.group(1)).peer(m.group(2)), "step", "show ipsec sa"),
        Rule.re("crypto map tag", "local addr:? " + ADDR, IKE_TRACE, (m, o) -> o.local(m.group(1)), "step", "show ipsec sa"),
        Rule.of("there are no ipsec sas", SHOW_IPSEC_SA, "none", "true"),
        // the router's answer to 'debug crypto isakmp' / 'debug crypto ipsec' / 'undebug' pasted with the debug:
        // "Crypto ISAKMP debugging is on" says which debugs the capture holds, nothing about a tunnel
        Rule.ignore("debugging is on"),
        Rule.ignore("debugging is off"),
        Rule.ignore("esp sas:"),
        Rule.ignore("ah sas:"),
        Rule.ignore("transform: esp-"),
        Rule.ignore("transform: ah-"),
        Rule.ignore("in use settings"),
        Rule.ignore("crypto-map: "),
        Rule.ignore("crypto map: "),
        Rule.ignore("sa timing:"),
        Rule.ignore("ipsec overhead"),
        Rule.ignore("extended permit"),
        Rule.of("proxy identities not supported", PROXY_ID_NOT_SUPPORTED),
        // IOS 15 wording of the transform refusal: "IPSEC(ipsec_process_proposal): transform proposal not supported for identity:"
        Rule.of("transform proposal not supported for identity", TRANSFORM_NOT_SUPPORTED),
        // the same refusal printed on two lines, read joined (TerminalWrap): "IPSEC(ipsec_process_proposal): proposal part #1,"
        // then "transform proposals not supported" (or "proposal not supported")
        Rule.re("proposal part #", "ipsec_process_proposal\\): proposal part #\\d+,? +(?:transform )?proposals? not supported", TRANSFORM_NOT_SUPPORTED, null),
        Rule.of("transform proposals not supported", TRANSFORM_NOT_SUPPORTED),
        Rule.re("not supported", "transform proposal ?\\((?:prot|port) ?(\\d+), ?trans ?(\\d+), ?hmac_alg ?(\\d+)\\) ?not supported",
                TRANSFORM_NOT_SUPPORTED, (m, o) -> o.attr("prot", m.group(1)).attr("trans", m.group(2)).attr("hmac", m.group(3))),
        Rule.re("invalid local address", "invalid local address (\\S+)", INVALID_LOCAL_ADDRESS, (m, o) -> o.addr("address", m.group(1))),
        Rule.re("not found", "peer address (\\S+) not found", PEER_ADDRESS_NOT_FOUND, (m, o) -> o.addr("address", m.group(1))),
        Rule.of("invalid proxy id", INVALID_PROXY_IDS),
        Rule.of("acl = deny", ACL_DENY_NO_SA),
        // IOS "IPSEC(create_sa): sa created," / "IPSEC(delete_sa): deleting SA," list the SA on the lines after
        // ("(sa) sa_dest= A, sa_proto= 50," then "sa_spi= 0x5E39E570(1580852592),"; IOS 12.x prints sa_prot): the
        // SPI line is read for SpiLedger (saListing), which keeps it only when an invalid SPI relates to it
        Rule.re("sa created", "sa_dest= ?" + ADDR + "(?:.*?sa_spi= ?(0x[0-9A-Fa-f]+))?", P2_COMPLETED,
                (m, o) -> spi(o.peer(m.group(1)), m.group(2)), "saListing", "created"),
        Rule.of("sa created", P2_COMPLETED, "saListing", "created"),
        // PIX 6 602302 prints the key engine's listing on one line: "deleting SA, (sa) sa_dest= A, sa_prot= 50, sa_spi= 0x..(..),"
        // (602301 is "sa created, (sa) ..." above), before the bare sa_spi line of an IOS listing; AsaSyslogParser reads both ids with this table
        Rule.re("deleting sa, (sa)", "sa_spi= ?(0x[0-9A-Fa-f]+)", SA_CLEARED, (m, o) -> spi(o, m.group(1)), "by", "device", "saListing", "deleted"),
        Rule.re("sa_spi=", "sa_spi= ?(0x[0-9A-Fa-f]+)", IKE_TRACE, (m, o) -> spi(o, m.group(1)), "saListing", "spi", "step", "sa spi listed"),
        Rule.re("invalidated proposal", "invalidated proposal with error (\\d+)", POLICY_INVALIDATED, (m, o) -> o.attr("error", m.group(1))),
        Rule.of("invalidated proposal", POLICY_INVALIDATED),
        // IOS-XE quick mode: which crypto map entry the peer's proxies matched ("Crypto mapdb : proxy_match" then
        // its src/dst lines, "(ipsec_process_proposal)Map Accepted: CMAP, 10", "IPSEC(crypto_ipsec_create_ipsec_sas): Map found CMAP, 10")
        Rule.of("crypto mapdb : proxy_match", IKE_TRACE, "step", "crypto map proxy lookup"),
        Rule.re("map accepted", "Map Accepted: ?([^, ]+),? ?(\\d+)?", IKE_TRACE, (m, o) -> o.attr("map", m.group(1)).attr("mapSeq", m.group(2)),
                "step", "crypto map entry accepted the proposal", "proxyMatch", "true"),
        Rule.re("map found", "Map found ([^, ]+),? ?(\\d+)?", IKE_TRACE, (m, o) -> o.attr("map", m.group(1)).attr("mapSeq", m.group(2)),
                "step", "crypto map entry of the new SAs"),
        // the proxies of an 'IPSEC(create_sa): sa created,' listing, whose event its first line gave
        Rule.re("_proxy=", "^\\s*(?:local|remote)_proxy= ?\\S+,?\\s*$", null, null),
        Rule.of("ipsec(get_old_outbound_sa_for_peer)", IKE_TRACE, "step", "sa lookup"),
        // PIX and IOS 12.x: ISAKMP passes a peer's DELETE for IPsec SAs to the key engine ("IPSEC(key_engine_delete_sas): rec'd delete
        // notify from ISAKMP"); a local clear goes the other way (IPsec tells ISAKMP), so this line is the peer deleting an IPsec SA
        Rule.of("rec'd delete notify from isakmp", DELETE_RECEIVED, "proto", "ipsec"),
        Rule.of("ipsec(key_engine", IKE_TRACE, "step", "key engine"),
        Rule.of("ipsec(initialize_sas)", INITIALIZE_SAS),
        Rule.of("ipsec(sa_initiate)", SA_REQUEST),
        Rule.of("ipsec(create_sa)", P2_COMPLETED),
        Rule.re("ipsec(delete_sa)", "sa_spi= ?(0x[0-9A-Fa-f]+)", SA_CLEARED, (m, o) -> spi(o, m.group(1)), "by", "device", "saListing", "deleted"),
        Rule.of("ipsec(delete_sa)", SA_CLEARED, "by", "device", "saListing", "deleted"),
        Rule.of("ipsec(update_current_outbound_sa)", IKE_TRACE, "step", "update outbound sa"),
        Rule.of("ipsec(validate_proposal)", IKE_TRACE, "step", "validate proposal"),
        Rule.of("ipsec(process_proposal)", IKE_TRACE, "step", "process proposal"),
        Rule.of("ipsec(spi_response)", IKE_TRACE, "step", "spi response"),
        Rule.of("ipsec(lifetime_expiry)", IKE_TRACE, "step", "lifetime expiry"),
        Rule.of("ipsec(crypto_ipsec_sa_find_ident_head)", IKE_TRACE, "step", "sa lookup"),
        Rule.of("ipsec(mtree_add_ident)", IKE_TRACE, "step", "sa lookup"),
        Rule.of("ipsec(add mtree)", IKE_TRACE, "step", "sa lookup"), // IOS 12.x: "IPSEC(add mtree): src 2.2.2.0, dest 3.3.3.0, dest_port 0"
        // IOS 12.x: the crypto map the proposal is checked against ("IPSEC(kei_proxy): head = MAP, map->ivrf = , kei->ivrf =")
        Rule.re("ipsec(kei_proxy)", "head = ?([^, ]+)", IKE_TRACE, (m, o) -> o.attr("map", m.group(1)), "step", "crypto map of the proposal"),
        Rule.of("ipsec(kei_proxy)", IKE_TRACE, "step", "crypto map of the proposal"),
        // IOS 12.x lists the SAs of a finished quick mode ("Creating IPSec SAs"): "inbound SA from <peer> to <local> (f/i) 0/ 0",
        // "outbound SA from <local> to <peer> (f/i) 0/ 0 (proxy A to B )", the proxies sometimes on a line of their own
        Rule.re("inbound sa from", "inbound SA from " + ADDR + " to " + ADDR, IKE_TRACE, (m, o) -> o.peer(m.group(1)).local(m.group(2)),
                "step", "IPsec SA listing"),
        Rule.re("outbound sa from", "outbound SA from " + ADDR + " to " + ADDR, IKE_TRACE, (m, o) -> o.local(m.group(1)).peer(m.group(2)),
                "step", "IPsec SA listing"),
        Rule.re("(proxy ", "^\\s*\\(proxy \\S+ to \\S+ ?\\)\\s*$", null, null),
        Rule.of("ipsec(rte_mgr", IKE_TRACE, "step", "route manager"),
        Rule.of("ipsec(sa_notify)", IKE_TRACE, "step", "sa notify")
    );

    private IpsecDebugRules() {}

    /** The SPI a listing names, when it is one (SpiKey); o as it was otherwise. */
    private static Parsed spi(Parsed o, String hex) {
        if (hex != null) SpiKey.fill(o, hex);
        return o;
    }
}
