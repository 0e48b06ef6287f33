package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/** IOS "%CRYPTO-n-MNEMONIC: text" syslogs, keyed on the mnemonic (stable across releases, unlike the text). */
final class IosCryptoRules {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;

    static final List<Rule> RULES = List.of(
        // data-plane messages: which traffic the peer does or does not protect
        // "(ip) vrf/dest_addr= /A, src_addr= B, prot= N": N is the IP protocol of the clear packet. A tunnel's own
        // carrier (47 GRE, 4 IP-in-IP, 41 IPv6-in-IPv4) travels between the two tunnel endpoints, so then the sender is
        // the peer and the destination our own address; any other protocol is a host's flow inside the domains
        Rule.re("recvd_pkt_not_ipsec", "dest_addr= ?\\S*?/?" + ADDR + ", src_addr= ?" + ADDR + "(?:, prot= ?(\\d+))?", CLEARTEXT_FOR_PROTECTED_TRAFFIC,
                IosCryptoRules::clearPacket),
        Rule.of("recvd_pkt_mac_err", ESP_INTEGRITY_FAILED, "proto", "esp"),
        Rule.of("pkt_replay_err", ESP_REPLAY_DROPPED),
        Rule.of("ikmp_bad_message", IKE_BAD_MESSAGE),
        Rule.re("ikmp_mode_failure", "Processing of (\\w+) mode failed", P1_MODE_FAILURE, (m, o) -> o.attr("mode", m.group(1).toLowerCase())),
        Rule.of("ikmp_mode_failure", P1_MODE_FAILURE),
        // "decaps: rec'd IPSEC packet has invalid spi for destaddr=A, prot=50, spi=0x9E6D41B7(2657960375), srcaddr=B, ..."
        Rule.re("recvd_pkt_inv_spi", "destaddr= ?" + ADDR + "\\s*,.*?spi= ?(0x[0-9A-Fa-f]+).*?srcaddr= ?" + ADDR, INVALID_SPI,
                (m, o) -> SpiKey.fill(o.local(m.group(1)).peer(m.group(3)), m.group(2)), "proto", "esp"),
        Rule.re("recvd_pkt_inv_spi", "destaddr= ?" + ADDR + ".*?srcaddr= ?" + ADDR, INVALID_SPI,
                (m, o) -> o.local(m.group(1)).peer(m.group(2)), "proto", "esp"),
        Rule.of("recvd_pkt_inv_spi", INVALID_SPI, "proto", "esp"),
        Rule.act("recvd_pkt_inv_ident", INVALID_PROXY_IDS, (m, o) -> o.peer = null),
        Rule.of("ikmp_no_sa", SA_REQUEST, "detail", "IKE message without SA"),
        // "IPSEC SETUP FAILED for local:A local_id:.. remote:B remote_id:.. IKE profile:.. fvrf:.. fail_reason:IPSec Proposal
        // failure fail_class_cnt:N" (code-index 15973532396, a router's line in a syslog parser's fixtures): the peer refused
        // our IPsec proposal or we refused its own, as a phase 2 NO_PROPOSAL_CHOSEN; other fail_reasons stay the catalogue's trace
        Rule.re("ipsec_setup_failure", "local: ?" + ADDR + "\\s.*?remote: ?" + ADDR + "\\s.*?fail_reason: ?IPsec Proposal failure", P2_NO_PROPOSAL_ACCEPTED,
                (m, o) -> o.local(m.group(1)).peer(m.group(2)), "detail", "IPsec proposal failure"),
        Rule.re("session_status", "tunnel (?:v2 )?is (UP|DOWN)", P2_COMPLETED, IosCryptoRules::session),
        Rule.of("ikmp_not_encrypted", IKE_BAD_MESSAGE, "detail", "not encrypted"),
        Rule.of("ike_quickmode_bad_cert", CERT_AUTH_FAILED, "detail", "quick mode bad certificate"),
        Rule.of("ikmp_query_key", CERT_AUTH_FAILED, "detail", "querying key pair failed"),
        // IKMP_NO_ID_CERT_*_MATCH is severity 6 and some releases print "(NOT ERROR BUT WARNING ONLY)": the peer's ID
        // is not among its certificate's names, the negotiation goes on and normally succeeds; a notice, no failure
        Rule.re("ikmp_no_id_cert_", "_(ADDR|FQDN|DN)_MATCH.*?ID of " + ADDR, CERT_ID_NOT_IN_CERT,
                (m, o) -> o.peer(m.group(2)).attr("detail", "peer ID does not match certificate " + ("ADDR".equals(m.group(1)) ? "address" : m.group(1)))),
        Rule.of("ikmp_no_id_cert_addr_match", CERT_ID_NOT_IN_CERT, "detail", "peer ID does not match certificate address"),
        Rule.of("ikmp_no_id_cert_fqdn_match", CERT_ID_NOT_IN_CERT, "detail", "peer ID does not match certificate FQDN"),
        Rule.of("ikmp_no_id_cert_dn_match", CERT_ID_NOT_IN_CERT, "detail", "peer ID does not match certificate DN"),
        Rule.of("ikmp_hash_fail", HASH_VERIFY_FAILED),
        Rule.of("ikmp_auth_fail", HASH_VERIFY_FAILED),
        Rule.of("ikmp_sa_not_auth", IKE_BAD_MESSAGE, "detail", "SA not authenticated"),
        Rule.of("ikmp_unk_exchange", IKE_BAD_MESSAGE, "detail", "unknown exchange"),
        Rule.of("incomplete", CRYPTO_MAP_POLICY_NOT_FOUND, "detail", "incomplete crypto map"),
        Rule.of("isakmp_on_off", IKE_TRACE, "step", "isakmp on/off"),
        Rule.of("ikmp_no_preshared_key", NO_KEY_FOR_PEER)
    );

    private IosCryptoRules() {}

    private static void session(java.util.regex.Matcher m, Parsed o) {
        if ("DOWN".equalsIgnoreCase(m.group(1))) o.is(TUNNEL_DOWN);
        o.attr("ikev", m.group(0).contains("v2") ? "2" : null);
    }

    /** IP protocols that carry a tunnel's own packets between its endpoints (GRE, IP-in-IP, IPv6-in-IPv4). */
    static boolean tunnelCarrier(String prot) {
        return "47".equals(prot) || "4".equals(prot) || "41".equals(prot);
    }

    private static void clearPacket(java.util.regex.Matcher m, Parsed o) {
        o.attr("dst", m.group(1)).attr("src", m.group(2));
        String prot = m.group(3);
        if (prot == null) return;
        o.attr("prot", prot);
        if (tunnelCarrier(prot)) o.local(m.group(1)).peer(m.group(2));
    }
}
