package vpndoctor.model;

/**
 * The vocabulary of log events. Parsers map the many wordings of PIX, ASA and IOS (syslog and
 * debug) onto these kinds; rules match on {@code LogEvent(kind == "NAME")}. The phase says which
 * part of the negotiation a message belongs to (0: not IKE/IPsec negotiation).
 * Attribute names a kind may carry are listed in its description.
 */
public enum EventKind {
    // ---- phase 1 (IKE SA) ----
    IKE_BAD_MESSAGE(1, "IKE message failed its sanity check or is malformed (IOS IKMP_BAD_MESSAGE): usually a pre-shared key mismatch"),
    HASH_VERIFY_FAILED(1, "phase 1 hash/auth payload did not verify (ASA 'Hash verification failed', 'possible misconfigured pre-shared key', IOS 'authentication failed')"),
    RESERVED_NOT_ZERO(1, "'Reserved Not Zero on Payload N': a payload decrypted to garbage. attrs: payload (number)"),
    P1_MODE_FAILURE(1, "main/aggressive mode processing failed (IOS IKMP_MODE_FAILURE)"),
    P1_NO_OFFERS_ACCEPTED(1, "none of the offered ISAKMP policies was accepted (PIX 'no offers accepted', ASA 'All SA proposals found unacceptable' in phase 1, IOS 'atts are not acceptable' on every policy)"),
    SA_NOT_ACCEPTABLE(0, "'SA not acceptable!': the SA offer of the current exchange was refused (either phase)"),
    ATTS_NOT_ACCEPTABLE(0, "'atts (are) not acceptable': one offered policy/transform was refused. attrs: phase when known"),
    ATTS_ACCEPTABLE(0, "'atts are acceptable': an offered policy/transform was accepted. attrs: phase when known"),
    MISMATCHED_ATTRIBUTE(0, "ASA 'Phase N failure: Mismatched attribute types for class X'. attrs: phase, class (e.g. 'Group Description', 'Encryption')"),
    NO_KEY_FOR_PEER(1, "no pre-shared key or certificate for the peer that is talking (PIX 'No cert, and no keys', IOS 'No pre-shared key with')"),
    DEFAULT_TUNNEL_GROUP(1, "ASA 'Connection landed on tunnel_group DefaultL2LGroup': no tunnel-group is named after this LAN-to-LAN peer, so the default group's settings (and key, if any) are used"),
    IKE_PROFILE_NOT_FOUND(1, "IOS-XE 'Profile could not be found by peer certificate': no IKE profile's match identity or certificate map accepts the identity the peer sent (the bare 'IKEv2 profile not found' is only a trace: healthy tunnels log it during the config exchange). attrs: detail"),
    PEER_IS_OWN_ADDRESS(1, "ASA/FTD 713062 'IKE Peer address same as our interface address': the peer address configured for this tunnel is an address of one of our own interfaces"),
    TUNNEL_LIMIT_REACHED(1, "the device refused the tunnel because it holds as many tunnels or SAs as its platform, licence or call-admission limit allows (ASA 713239 'Tunnel Rejected: The maximum tunnel count allowed has been met', 750009 IKEv2 SA request refused by call admission)"),
    TUNNEL_GROUP_NOT_FOUND(1, "ASA 'Can't find a valid tunnel group, aborting' / no tunnel-group matches the peer's identity"),
    CERT_AUTH_FAILED(1, "certificate authentication trouble: no suitable trustpoint, validation failed, peer ID does not match certificate. attrs: detail"),
    CERT_ID_NOT_IN_CERT(1, "IOS %CRYPTO-6-IKMP_NO_ID_CERT_ADDR_MATCH / _FQDN_MATCH / _DN_MATCH '(NOT ERROR BUT WARNING ONLY) ID of X and certificate addr with Y': the identity the peer sent is not among its certificate's names; a severity-6 notice, the negotiation goes on (no failure by itself). attrs: detail"),
    ORIGINATE_ONLY_REFUSED(1, "ASA/FTD 713195 'Tunnel rejected: Originate-Only: Cannot accept incoming tunnel yet!': this device's crypto map entry for the peer is originate-only, so it refuses a tunnel the peer initiates until it has brought one up itself"),
    TRUSTPOINT_CERT_EXPIRED(0, "ASA/FTD 717055 'The <type> certificate in the trustpoint <tp> has expired': a CA or identity certificate this device holds is past its end date (logged for every trustpoint, used or not: no tunnel by itself). attrs: name (trustpoint), type (CA, ID)"),
    P1_STARTED(1, "we began a phase 1 exchange (beginning Main/Aggressive Mode, IKE initiator, SA_INIT sent)"),
    P1_RETRANSMIT(1, "retransmitting a phase 1 packet: the peer did not answer (or its answer was lost)"),
    P1_RETRANSMIT_GAVE_UP(1, "phase 1 abandoned after retransmissions ('Death by retransmission P1', MM_WAIT_MSG2 timeouts)"),
    PACKET_FROM_PEER(1, "an IKE packet from the peer arrived (crypto_isakmp_process_block:src:, 'received packet from', IKE_DECODE RECEIVED)"),
    PEER_INFO_NOT_FOUND(1, "'VPN Peer: ISAKMP: Peer Info for x/500 not found - peers:N'. attrs: peers (count)"),
    P1_COMPLETED(1, "phase 1 completed (ASA 'PHASE 1 COMPLETED', IOS IKE_P1_COMPLETE / 'SA has been authenticated', PIX VPN3000 banner)"),
    VPN3000_PEER(1, "'speaking to a VPN3000 concentrator': phase 1 got far enough to identify the peer"),
    RESPONDER_LIFETIME_SENT(1, "'sending phase 1 RESPONDER_LIFETIME notify' / NOTIFY 24576 sent"),
    PEER_ADDED(1, "'VPN Peer: ISAKMP: Added new peer'"),
    PEER_DELETED(1, "'VPN Peer: ISAKMP: Deleted peer'"),
    // ---- phase 2 (IPsec SA) ----
    PROPOSAL_REQUEST(2, "IPSEC(validate_proposal_request) block or equivalent. attrs: localProxy, remoteProxy (a.b.c.d/len[/proto/port]), transform"),
    PROXY_ID_NOT_SUPPORTED(2, "'proxy identities not supported': the proposed proxy IDs match no crypto ACL entry"),
    POLICY_INVALIDATED(2, "'IPSec policy invalidated proposal'"),
    INVALID_LOCAL_ADDRESS(2, "'invalid local address x': the peer proposed an address that is not the crypto-map interface. attrs: address"),
    TRANSFORM_NOT_SUPPORTED(2, "'transform proposal (prot 3, trans N, hmac_alg N) not supported'. attrs: trans, hmac"),
    P2_NO_PROPOSAL_ACCEPTED(2, "ASA 'All IPSec SA proposals found unacceptable!' / IOS 'IPSec policy not found' / phase 2 NO_PROPOSAL_CHOSEN returned"),
    PEER_ADDRESS_NOT_FOUND(2, "'peer address x not found' (validate_transform_proposal). attrs: address"),
    INVALID_PROXY_IDS(2, "'IPSEC(initialize_sas): invalid proxy IDs' / IOS RECVD_PKT_INV_IDENT"),
    NO_MATCHING_CRYPTO_MAP(2, "ASA 'Rejecting IPSec tunnel: no matching crypto map entry for remote proxy', IOS 'IPSEC(validate_transform_proposal): proxy identities not supported' equivalents"),
    CRYPTO_MAP_POLICY_NOT_FOUND(2, "ASA 'crypto map policy not found for Src:, Dst:' / IOS INCOMPLETE_CRYPTO_MAP-style messages / an IOS 'show crypto map' entry the device marks 'in an incomplete state': the map entry is unusable"),
    PEER_NOT_IN_L2L_POLICY(2, "ASA/FTD 713187 'Tunnel Rejected: IKE peer does not match remote peer as defined in L2L policy': the peer negotiating is not the peer our crypto map names for the networks it proposed. attrs: address (the configured remote peer, when the line names it)"),
    REMOTE_NETWORK_OF_ANOTHER_PEER(2, "ASA/FTD 715067 'QM IsRekeyed: existing sa from different peer, rejecting new sa': an SA for the same remote network already exists with another peer, so this peer's SA is refused (two peers claim one private network)"),
    PROXY_RECEIVED(2, "ASA/FTD/PIX 713024/713025 (host), 713034/713035 (subnet), 713028/713029 (range) 'Received local|remote ... Proxy ... data in ID Payload': a network the peer's quick mode proposes, 'local' this side's, 'remote' the peer's; no fault by itself (every healthy quick mode logs it at debug level). attrs: localProxy or remoteProxy (a.b.c.d/len; a range that is no prefix as a-b), proxyProto, proxyPort"),
    INVALID_PROXY_RANGE(2, "ASA/FTD 713032 / 713033 'Received invalid local|remote Proxy Range A - B': the peer proposed a proxy range whose low address is not below its high address (Cisco: a configuration problem of the phase 2 parameters). attrs: detail (which side)"),
    PEER_PROXY_IS_ITS_GATEWAY(2, "ASA/FTD 713196 (IKEv1) / 751016 (IKEv2) 'initiated a tunnel with same outer and inner addresses': the peer proposes its own public address as its protected network (a public-public tunnel)"),
    P2_RETRANSMIT(2, "retransmitting phase 2 (quick mode) packets"),
    QM_FSM_ERROR(2, "ASA 'QM FSM error': quick mode state machine failure"),
    P2_COMPLETED(2, "IPsec SAs created / tunnel up (ASA PHASE 2 COMPLETED, 602303, IOS SESSION_STATUS UP, 'sa created')"),
    ACL_DENY_NO_SA(2, "'IPSEC(sa_initiate): ACL = deny; no sa created'"),
    INITIALIZE_SAS(2, "normal 'IPSEC(initialize_sas)' lines"),
    SA_REQUEST(2, "outbound traffic found no SA and requested one (IOS IPSEC(sa_request), ASA 'IKE Initiator: New Phase 1', IKMP_NO_SA)"),
    INVALID_SPI(2, "ESP packet with an unknown SPI (IOS RECVD_PKT_INV_SPI, ASA 402114)"),
    CLEARTEXT_FOR_PROTECTED_TRAFFIC(2, "traffic our crypto ACL says must be encrypted arrived in clear (IOS RECVD_PKT_NOT_IPSEC): the peer does not encrypt it. attrs: src, dst, prot (the clear packet's IP protocol when logged; for a tunnel's own carrier, 47 GRE / 4 / 41, src is the peer and dst our address)"),
    ESP_REPLAY_DROPPED(2, "an ESP packet of an existing SA failed the anti-replay check and was dropped (IOS CRYPTO-4-PKT_REPLAY_ERR, IOS-XE IPSEC-3-REPLAY_ERROR, ASA 402119): it came after newer packets of the same SA, beyond the replay window (reordering on the path or by QoS, Cisco 116858); the SA exists and carries traffic"),
    ESP_INTEGRITY_FAILED(2, "an ESP packet of an existing SA failed its integrity (HMAC) check and was dropped (IOS CRYPTO-4-RECVD_PKT_MAC_ERR, IOS-XE IPSEC-3-HMAC_ERROR, MOTCR-1-PKTENGRET_ERROR MACMiscompare, ASA 402120): a small share is normal (Cisco 116085), a high rate is corruption on the path or a crypto engine bug; the log rate-limits it, the SA's 'verify failed' counter gives the rate"),
    SA_CLEARED(0, "operator cleared SAs or an SA was rekeyed/deleted locally (clear crypto sa, ASA 602304)"),
    // ---- notifies and housekeeping ----
    NOTIFY(0, "a NOTIFY was processed or sent. attrs: notify (number or IKEv2 name, e.g. 14, 18, 26, 24576, NO_PROPOSAL_CHOSEN, TS_UNACCEPTABLE, AUTHENTICATION_FAILED), direction (received|sent), ikev (1|2)"),
    DELETE_RECEIVED(0, "peer sent a DELETE. attrs: spiSize (4 = IPsec SA, 16 = ISAKMP SA), proto (ipsec|isakmp)"),
    DPD(0, "dead peer detection keepalive: R_U_THERE / R_U_THERE_ACK (notify 36136/36137)"),
    REAPER(0, "'ISADB: reaper checking SA': garbage collection"),
    UNABLE_TO_FRAGMENT(0, "'unable to fragment packet pktsize=, eff_mtu='"),
    PMTU_EXCEEDED(0, "packet larger than the tunnel's effective MTU with DF set (ASA 602101 'PMTU-D packet ... greater than effective mtu')"),
    RETURN_STATUS(0, "'return status is IKMP_...' trace lines. attrs: status"),
    IKE_TRACE(0, "ordinary negotiation trace (processing SA payload, OAK_MM exchange, transform attributes): recognized, no meaning alone. attrs: step; an IOS show crypto map entry (step \"show crypto map\") adds map, mapSeq, transformSets, interfaces"),
    TUNNEL_DOWN(0, "tunnel/session went down (IOS SESSION_STATUS DOWN, ASA 'Session disconnected')"),
    // ---- route-based tunnels and DMVPN overlays ----
    TUNNEL_RECURSIVE_ROUTING(0, "IOS %TUN-5-RECURDOWN 'TunnelN temporarily disabled due to recursive routing': the router routes the tunnel's destination through the tunnel itself and shuts the interface for a while (repeats when the routing stays wrong). No peer: the line names an interface. attrs: interface"),
    NHRP_AUTH_FAILED(0, "IOS/IOS-XE %DMVPN-3-DMVPN_NHRP_ERROR 'wrong authentication string ... authentication failure (11)': an NHRP packet arrived with another 'ip nhrp authentication' string and was dropped. No peer: the line names our own tunnel and NBMA addresses. attrs: interface, type (the NHRP packet, e.g. Registration Request)"),
    NHRP_NHS_STATE(0, "IOS/IOS-XE %DMVPN-5-NHRP_NHS_DOWN / NHRP_NHS_UP 'Next Hop Server : (Tunnel: T NBMA: N) for (Tunnel: T NBMA: N) is DOWN, Reason: R(NHRP: E)' / 'is UP': a spoke's registration state with a hub. The peer is the NHS's NBMA address. attrs: state (DOWN|UP), nhs (the NHS's tunnel address or UNKNOWN), interface, reason (as printed: NHRP Registration Failure, External...; DOWN only), error (the NHRP error in the parentheses)"),
    DMVPN_CRYPTO_SOCKET(0, "IOS/IOS-XE %DMVPN-5-CRYPTO_SS 'TunnelN: local address : L remote address : R socket is UP|DOWN': the IPsec socket (the crypto session) under a DMVPN peer came up or went down. The peer is the remote address. attrs: state (UP|DOWN), interface"),
    // ---- show command output pasted into the log ----
    SHOW_ISAKMP_SA(0, "a row of 'show crypto isakmp sa' (IOS table or ASA block): a snapshot of the phase 1 state. attrs: state (MM_NO_STATE, MM_KEY_EXCH, QM_IDLE, MM_WAIT_MSG2, MM_ACTIVE, AM_ACTIVE...), deleted (true for IOS 'ACTIVE (deleted)' rows)"),
    SHOW_NO_IKE_SA(0, "an IKE SA table printed empty: IOS 'show crypto isakmp sa' with its title or column head and no row (IKEv1), ASA 'There are no IKEv1 SAs' / 'There are no IKEv2 SAs' / 'There are no isakmp sas' (each about its IKE version only: the ASA prints both sections in one output): the device that printed it had no IKE SA of that version with any peer at that moment. No peer of its own (PeerAttribution gives it the one peer its input speaks of). attrs: ikev (1|2)"),
    SHOW_IPSEC_SA(0, "one SA entry of 'show crypto ipsec sa' (or one flow of IOS 'show crypto session', or one IPsec child of ASA 'show vpn-sessiondb detail l2l' with Pkts Tx/Rx as encaps/decaps, or one session of 'show vpn-sessiondb l2l' with its Bytes Tx/Rx, session UP-ACTIVE, group and ikev): a snapshot of that SA. attrs: encaps, decaps, sendErrors, recvErrors (counts as written), outSpi (hex, \"0\" = no SA), localIdent/remoteIdent (cidr) with localProto/remoteProto/localPort/remotePort when not 0, sa (the idents together: the SA's identity across pastes), currentPeer, remoteEndpoint (when not the peer), pathMtu, mode (tunnel/transport), map, mapSeq, acl, interface, vti (true for a tunnel interface), session (UP-ACTIVE, UP-IDLE, DOWN-NEGOTIATING...), activeSas, espPair (ACTIVE when the entry lists an inbound and an outbound ESP SA, each with Status: ACTIVE); or none=true for 'There are no ipsec sas'"),
    PACKET_TRACE(0, "one ASA/FTD packet-tracer run: a simulated packet through the device's own configuration, no peer (rules place the flow in a tunnel by its crypto ACL or SA selectors). attrs: src, dst, proto, srcIf (input interface), dstIf (output interface, or the route lookup's egress), action (allow|drop), dropReason (the token of 'Drop-reason: (acl-drop)'), dropPhase (Type of the first phase with Result DROP: ACCESS-LIST, NAT, VPN, ROUTE-LOOKUP...), vpnPhase (allow when a VPN encrypt phase passed, drop when a VPN phase dropped; absent when no VPN phase), nat (translated|identity) with from/to (the NAT phase's real and mapped source), decrypted (true when traced as decrypted tunnel traffic), truncated (no Result block)"),
    PING_RESULT(0, "a ping's result (IOS, ASA/FTD): no peer (rules place the flow in a tunnel by its addresses). attrs: dst, src (an address) or srcIf (an interface) when the command or output names the source, sent, replies, percent, pattern (the !.?U marks as printed), shape (all|none|first-lost|partial|unknown), reason (no route, unknown host), truncated (no success-rate line)"),
    TRACEROUTE_RESULT(0, "a traceroute's result (IOS, ASA/FTD, from 'Tracing the route to X'): no peer (rules read it by its destination). attrs: dst, reached (true when a hop answered from dst), lastHop (the last hop that answered, when any did), hops (the last hop number printed)"),
    SHOW_DMVPN_PEER(0, "one peer row of IOS/IOS-XE 'show dmvpn': the peer is the row's NBMA (outer) address. attrs: state (UP, IKE: the crypto session's IKE SA is not up, IPSEC: IKE up but no IPsec SA, NHRP: crypto up but NHRP has not resolved or registered, DOWN...), tunnelAddr (the peer's tunnel address), upDown (the UpDn time as printed: 00:01:29, 3w5d, never), attrb (S static, D dynamic, I incomplete, N NATed, X no socket...), interface (the tunnel interface), nhrpRole (hub|spoke, from the Type: line)"),
    SHOW_NHRP_NHS(0, "one next hop server row of IOS/IOS-XE 'show ip nhrp nhs [detail]' (a spoke's hubs): the peer is the NHS's NBMA address when the row prints it; a row without one is placed only when it is the output's one NHS. attrs: nbma (the NBMA address printed; UNKNOWN for a row without one among several NHS: about no tunnel), nhs (the NHS's tunnel address), nhsFlags (as printed: E expecting replies, R responding, W waiting, D dynamic), state (RESPONDING when the flags hold R, else NOT_RESPONDING), interface, reqSent / reqFailed / replRecv (registration counters of the detail form)"),
    SHOW_NHRP_ENTRY(0, "one entry of IOS/IOS-XE 'show ip nhrp [detail]' (the NHRP cache: an overlay address and the NBMA address it maps to). The peer is the entry's NBMA address; an incomplete entry has none and is tied to no tunnel. attrs: dest (the overlay address or prefix, without the /len), via (the next hop's overlay address), interface, type (static, dynamic, incomplete), flags (as printed: used, unique registered, negative...), nbma"),
    SHOW_TUNNEL_INTERFACE(0, "one tunnel interface of IOS/IOS-XE 'show interfaces TunnelN' (whole or filtered): the device's own word on that tunnel; the peer is its destination, the local address its source (a multipoint tunnel, destination UNKNOWN, is about no one peer). attrs: interface, status (UP, DOWN, ADMINISTRATIVELY_DOWN...), lineProtocol (UP|DOWN), linestate (UP|DOWN) with linestateReason (protection reg down, keepalive down...), transport (GRE/IP, IPSEC/IP for a VTI, multi-GRE/IP...), protection (the IPsec profile when protected), destination, sourceInterface"),
    SHOW_CRYPTO_ENGINE(0, "IOS 'show crypto engine connections active' as one table: no peer (its IP-Address column is the device's own address, kept as local; whose tunnel it speaks of follows from the other show output of the same source). attrs: ikeRows (IKE/IKEv2 connections: IKE SAs), ipsecRows (IPsec connections: one per IPsec SA and direction)"),
    SHOW_ROUTE_TABLE(0, "a pasted routing table (IOS 'show ip route', ASA 'show route') from its 'Gateway of last resort' line: no peer (whose table it is follows from the other show output of the same source). attrs: prefixes (space-separated cidrs), default (true when a default route or gateway of last resort exists)"),
    // ---- NAT and connections ----
    NAT_NO_TRANSLATION(0, "'No translation group found' / NO TRANS: traffic needs a NAT rule it does not have"),
    XLATE_BUILT(0, "a NAT translation was built (PIX/ASA 305009/305011)"),
    NAT_TRANSLATED(0, "IOS 'debug ip nat' shows one packet translated: 'NAT: s=A->B, d=C [id]' (its source A becomes B on its way to C) or 'NAT: s=A, d=B->C' (its destination B becomes C); 'NAT*:' is the fast-switched form. No peer (rules place the flow by its addresses). attrs: src (the source before translation), dst (the destination before translation), to (the translated address), natSide (source|destination)"),
    CONN_BUILT(0, "a connection was built through the firewall (302013/302015)"),
    SYN_TIMEOUT(0, "a TCP connection was torn down with reason 'SYN Timeout' (302014)"),
    CONN_TEARDOWN(0, "a connection was torn down for another reason. attrs: reason"),
    // ---- the peer's own logs, pasted in ----
    PEER_REPORTS_USER_UNKNOWN(0, "Check Point peer: 'Client Encryption: User Unknown' / 'Failed to obtain user object'"),
    PEER_REPORTS_STATE_MACHINE_TERMINATED(0, "Nokia peer: 'terminated by state machine'"),
    PEER_REPORTS_NO_PROPOSAL_CHOSEN(0, "VPN 3000 / other peer: 'No proposal chosen(14)'");

    private final int phase;
    private final String description;

    EventKind(int phase, String description) {
        this.phase = phase;
        this.description = description;
    }

    public int phase() { return phase; }
    public String description() { return description; }
}
