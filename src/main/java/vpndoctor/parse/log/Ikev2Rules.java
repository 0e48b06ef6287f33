package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IKEv2 in its three dialects: IOS debug ("IKEv2:(SESSION ID = 1,SA ID = 1):..."), the older
 * "IKEv2-PROTO-n:" debug of IOS and ASA, and the ASA 750xxx-752xxx syslogs ("Local:a:500 Remote:b:500
 * Username:u text"). Failure notifies are found by name anywhere in the line.
 */
final class Ikev2Rules {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;
    /** ASA/IOS IKEv2-PLAT: "RECV PKT [IKE_SA_INIT] [peer]:500->[us]:500", "SENT PKT [IKE_AUTH] [us]:4500->[peer]:4500". */
    private static final Pattern PLAT_PKT = Pattern.compile("(RECV|SENT) PKT \\[[A-Z_]+\\] \\[" + ADDR + "\\]:\\d+->\\[" + ADDR + "\\]:\\d+");
    private static final Pattern FROM_TO = Pattern.compile("\\[(From|To) " + ADDR + ":\\d+/(?:From|To) " + ADDR);

    /** Reasons of ASA 750003 "Negotiation aborted due to ERROR: ..." and of IOS debug failures. */
    static final List<Rule> FAILURES = List.of(
        // certificate identity and encoding failures: checked before the generic AUTH failure wordings
        Rule.of("peer id check failed", CERT_AUTH_FAILED, "detail", "peer identity not in its certificate"),
        Rule.re("peer id check: failed to retr", "failed to retr(?:ei|ie)ve (\\S+(?: name)?) from SAN", CERT_AUTH_FAILED,
                (m, o) -> o.attr("san", m.group(1)), "detail", "peer identity not in its certificate"),
        Rule.of("unsupported cert encoding", CERT_AUTH_FAILED, "detail", "certificate encoding or HTTP URL lookup not supported"),
        // which AUTH method the peer uses decides whether an AUTH failure is about a key or a certificate
        Rule.re("authentication method is", "authentication method is '?([A-Za-z0-9-]+)", IKE_TRACE,
                (m, o) -> o.attr("authMethod", m.group(1).toUpperCase(java.util.Locale.ROOT).startsWith("RSA") ? "RSA"
                        : m.group(1).toUpperCase(java.util.Locale.ROOT)), "step", "peer authentication method", "ikev", "2"),
        // 752xxx tunnel-manager summaries: a setup failed, the specific messages say why
        Rule.of("failed to establish an l2l sa", IKE_TRACE, "step", "L2L tunnel setup failed"),
        Rule.of("unsuccessful at setting up a tunnel", IKE_TRACE, "step", "L2L tunnel setup failed"),
        Rule.of("failed to receive the auth msg", P1_RETRANSMIT_GAVE_UP, "detail", "no IKE_AUTH answer before the timer expired", "ikev", "2"),
        // IOS/ASA IKEv2: this device deletes its own IKE SA; "reason: unknown" right after the session-UP line is the
        // initiator giving up an IKE SA whose IKE_AUTH answer brought no child SA (progress.drl, child-sa-refusal.drl)
        Rule.re("queuing ike sa delete request", "Queuing IKE SA delete request reason: (\\w+)", IKE_TRACE,
                (m, o) -> o.attr("reason", m.group(1).toLowerCase(java.util.Locale.ROOT)), "step", "own IKE SA delete queued", "ikev", "2"),
        // the child SA's keys are installed: after the session-UP line on a healthy initiator
        Rule.of("load ipsec key material", IKE_TRACE, "step", "IPsec key material loaded", "ikev", "2"),
        Rule.of("failed to find a matching policy", P1_NO_OFFERS_ACCEPTED),
        Rule.of("failed to find a matching proposal", P1_NO_OFFERS_ACCEPTED),
        Rule.of("received no proposal chosen notify", NOTIFY, "notify", "NO_PROPOSAL_CHOSEN", "direction", "received"),
        Rule.of("maximum number of retransmissions reached", P1_RETRANSMIT_GAVE_UP),
        // the two ends use different authentication methods (PSK vs certificate): an IKE policy attribute, no key was compared
        Rule.of("authentication method configured is mismatching", MISMATCHED_ATTRIBUTE, "phase", "1", "class", "Authentication Method"),
        // certificate-exchange trouble: the peer's identity is not in its certificate, or the certificate cannot be read
        Rule.of("peer id check failed", CERT_AUTH_FAILED, "detail", "peer ID not found in the certificate (SAN/subject)"),
        Rule.re("from san", "Peer ID check: failed to retreive", CERT_AUTH_FAILED, null, "detail", "peer ID not found in the certificate (SAN/subject)"),
        Rule.of("unsupported cert encoding", CERT_AUTH_FAILED, "detail", "unsupported certificate encoding or HTTP URL lookup not announced"),
        // IOS-XE: no IKEv2 profile's certificate map / match identity accepts the identity the peer sent (Cisco 117337:
        // "IKEv2:%Profile could not be found by peer certificate." then "IKEv2:% IKEv2 profile not found")
        Rule.of("profile could not be found by peer", IKE_PROFILE_NOT_FOUND, "detail", "no IKEv2 profile matches the peer's certificate"),
        // the bare line is no verdict: healthy IOS-XE 17/26 tunnels log it during the config exchange, next to "Error constructing config reply"
        Rule.of("ikev2 profile not found", IKE_TRACE, "step", "IKEv2 profile lookup failed"),
        Rule.of("verify auth failed", HASH_VERIFY_FAILED),
        Rule.of("peer's authentication failed", HASH_VERIFY_FAILED),
        Rule.of("failed to verify peer's auth", HASH_VERIFY_FAILED),
        Rule.of("failed to authenticate the ike sa", HASH_VERIFY_FAILED),
        // IOS-XE names what it sends in words; the notify tables only know the upper-case names
        Rule.of("sending no proposal chosen notify", NOTIFY, "notify", "NO_PROPOSAL_CHOSEN", "direction", "sent"),
        Rule.of("sending ts unacceptable notify", NOTIFY, "notify", "TS_UNACCEPTABLE", "direction", "sent"),
        Rule.of("sending authentication failure notify", NOTIFY, "notify", "AUTHENTICATION_FAILED", "direction", "sent"),
        Rule.of("no ipsec policy found for received ts", NO_MATCHING_CRYPTO_MAP, "detail", "no IPsec policy for the received traffic selectors"),
        Rule.of("initial exchange failed", IKE_TRACE, "step", "initial exchange failed"),
        Rule.of("abort exchange", IKE_TRACE, "step", "exchange aborted"),
        Rule.of("failed to verify the proof of identity", HASH_VERIFY_FAILED),
        Rule.of("verification of peer's authentication data failed", HASH_VERIFY_FAILED),
        // the exchange's generic summary, logged after whatever ended IKE_AUTH (a verify failure, a certificate,
        // or the responder's AUTH timer expiring with no IKE_AUTH received): tagged so rules can tell it from a verify failure
        Rule.of("auth exchange failed", HASH_VERIFY_FAILED, "detail", "auth exchange failed"),
        Rule.of("no preshared key or trustpoint", NO_KEY_FOR_PEER),
        // ASA 750003 "Failed to locate an item in the database": some lookup for this peer failed (tunnel
        // group, key, crypto map or IKEv2 policy); the message does not say which, so it names no cause
        Rule.of("failed to locate an item in the database", IKE_TRACE, "step", "IKEv2 configuration lookup failed", "ikev", "2"),
        Rule.of("no remote authentication method", NO_KEY_FOR_PEER, "detail", "no remote authentication method"),
        // 751022 "Tunnel rejected: Crypto Map Policy not found for remote traffic selector": the peer's
        // selectors match no crypto ACL here (mismatched protected networks), as with IKEv1's 713061
        Rule.of("tunnel rejected: crypto map policy not found", NO_MATCHING_CRYPTO_MAP, "detail", "responder: peer's traffic selectors match no crypto map"),
        Rule.of("crypto map policy not found", CRYPTO_MAP_POLICY_NOT_FOUND),
        // ASA IKEv2-PLAT crypto-map checks of the child SA: the peer's selectors match no ACL of the entry, or the entry is unusable
        Rule.of("no proxy match on map", NO_MATCHING_CRYPTO_MAP, "detail", "no proxy match on the crypto map"),
        Rule.of("incomplete due to missing acl", CRYPTO_MAP_POLICY_NOT_FOUND, "detail", "crypto map entry incomplete: missing ACL"),
        Rule.of("peer doesn't match map entry", CRYPTO_MAP_POLICY_NOT_FOUND, "detail", "peer doesn't match map entry"),
        // ASA IKEv2 initiator: no tunnel-group (or one without IKEv2 keys) for the peer it must connect to; IKE never starts
        Rule.re("can't find tunnel group for peer", "can't find tunnel group for peer " + ADDR, NO_KEY_FOR_PEER,
                (m, o) -> o.peer(m.group(1)), "detail", "no tunnel-group for the peer", "role", "initiator"),
        Rule.of("unable to set self auth method", NO_KEY_FOR_PEER, "detail", "no local IKEv2 authentication for the peer", "role", "initiator"),
        Rule.of("failed to set p1 auth to build policy", NO_KEY_FOR_PEER, "detail", "no IKEv2 authentication to build the policy", "role", "initiator"),
        Rule.of("could not build ikev2 policy", IKE_TRACE, "step", "initiator could not build its IKEv2 policy", "role", "initiator"),
        Rule.of("asa connect start l2l failed", IKE_TRACE, "step", "initiator could not start the L2L tunnel", "role", "initiator"),
        Rule.of("certificate authentication failed", CERT_AUTH_FAILED),
        // IOS "IKEv2:(SESSION ID = n,SA ID = m):Verify cert failed": the peer's certificate did not verify (the PKI debug says why)
        Rule.of("verify cert failed", CERT_AUTH_FAILED, "detail", "the peer's certificate did not verify"),
        Rule.of("no suitable trustpoint", CERT_AUTH_FAILED, "detail", "no suitable trustpoint"),
        // the peers' traffic selectors (crypto ACLs) found no match: a proxy mismatch, not a transform refusal
        Rule.of("traffic selectors", NO_MATCHING_CRYPTO_MAP, "detail", "traffic selectors unacceptable"),
        Rule.of("matching traffic selector", NO_MATCHING_CRYPTO_MAP, "detail", "no matching traffic selector"),
        // ASA 750003: the responder wants another Diffie-Hellman group in IKE_SA_INIT
        Rule.of("wrong dh group", P1_NO_OFFERS_ACCEPTED, "detail", "Diffie-Hellman group mismatch"),
        Rule.of("failed sa init exchange", IKE_TRACE, "step", "IKE_SA_INIT failed"),
        Rule.of("create child exchange failed", P2_NO_PROPOSAL_ACCEPTED, "detail", "create child exchange failed"),
        Rule.of("not strong enough", P2_NO_PROPOSAL_ACCEPTED, "detail", "IKE encryption weaker than IPsec encryption")
    );

    /** Normal progress and the ASA 750xxx status messages. */
    static final List<Rule> PROGRESS = List.of(
        Rule.re("dpd/liveness", "(Sending|Received) DPD/liveness", DPD,
                (m, o) -> o.attr("type", "liveness").attr("direction", m.group(1).startsWith("S") ? "sent" : "received")),
        // IKEv2 retransmits whatever exchange is outstanding; during set-up that is IKE_SA_INIT or IKE_AUTH
        Rule.of("retransmitting packet", P1_RETRANSMIT),
        Rule.of("nat detected float", IKE_TRACE, "step", "NAT-T: moving to UDP 4500", "natt", "true"),
        Rule.of("received policies", IKE_TRACE, "step", "proposal dump"),
        Rule.of("proxy match on crypto map", IKE_TRACE, "step", "child SA selectors match a crypto map entry", "proxyMatch", "true"),
        Rule.of("selector received from peer is accepted", IKE_TRACE, "step", "child SA selectors accepted", "proxyMatch", "true"),
        Rule.of("nat not found", IKE_TRACE, "step", "no NAT"),
        Rule.re("authentication method is", "authentication method is '([A-Za-z0-9 -]+)'", IKE_TRACE,
                (m, o) -> o.attr("authMethod", m.group(1).trim().toUpperCase()), "step", "authentication method"),
        Rule.re("exchange", "IKEv2 ([A-Z_]+) Exchange (?:REQUEST|RESPONSE)", IKE_TRACE, (m, o) -> o.attr("exchange", m.group(1)), "step", "packet header"),
        // which exchange is running matters: a refusal during IKE_AUTH is about the child SA, not the IKE SA
        Rule.re("ike_auth", "(?:Processing|Sending|Received|Construct)\\w* (?:an? )?IKE_AUTH", IKE_TRACE, null, "step", "IKE_AUTH", "exchange", "IKE_AUTH"),
        Rule.of("expected policies", IKE_TRACE, "step", "proposal dump"),
        // IOS-XE key lookup: "IKEv2:% Getting preshared key from profile keyring KEYRING", "IKEv2:% Matched peer block 'ANY-IPV6'"
        Rule.re("profile keyring", "from profile keyring '?([^' ]+)", IKE_TRACE, (m, o) -> o.attr("name", m.group(1)), "step", "keyring lookup"),
        Rule.re("matched peer block", "Matched peer block '?([^' ]+)", IKE_TRACE, (m, o) -> o.attr("name", m.group(1)), "step", "keyring peer matched"),
        // ASA/FTD IKEv2-PLAT: the data plane reports ESP on an SPI it holds no SA for (IKEv2 then sends INVALID_SPI);
        // with the child SAs' own PFKEY add/update/delete lines, rules can tell a rekey race from the old SA's last packets
        Rule.re("received pfkey invalid spi", "Received PFKEY Invalid SPI for SPI (0x[0-9A-Fa-f]+)", INVALID_SPI,
                (m, o) -> SpiKey.fill(o, m.group(1)), "pfkey", "invalid SPI", "proto", "esp"),
        Rule.re("received pfkey ", "Received PFKEY (add|update) SA for SPI (0x[0-9A-Fa-f]+)", IKE_TRACE,
                (m, o) -> SpiKey.fill(o.attr("pfkey", m.group(1)), m.group(2)), "step", "child SA installed"),
        Rule.re("received pfkey ", "Received PFKEY delete SA for SPI (0x[0-9A-Fa-f]+)", IKE_TRACE,
                (m, o) -> SpiKey.fill(o, m.group(1)), "pfkey", "delete", "step", "child SA deleted"),
        // "RECV PKT [CREATE_CHILD_SA] [peer]:500->[us]:500": a child SA exchange (a rekey once the tunnel is up)
        Rule.re("pkt [create_child_sa]", "(RECV|SENT) PKT \\[CREATE_CHILD_SA\\]", IKE_TRACE,
                (m, o) -> o.attr("direction", m.group(1).equals("RECV") ? "received" : "sent"), "step", "packet", "exchange", "CREATE_CHILD_SA"),
        // ASA: "IKEv2 received all requested SPIs from CTM to respond to a tunnel request."
        Rule.of("received all requested spis", IKE_TRACE, "step", "SPIs allocated"),
        Rule.of("not a vpn-sip session", IKE_TRACE, "step", "trace"),
        Rule.of("no duplicate ikev2 sa found", IKE_TRACE, "step", "duplicate SA check"),
        Rule.of("config data to send:", IKE_TRACE, "step", "config data"),
        // hand-offs between IKEv2 and the crypto engine or PKI ("[IKEv2 -> Crypto Engine] Generate IKEv2 authentication data",
        // "[Crypto Engine -> IKEv2] IKEv2 authentication data generation PASSED"); a FAILED one stays unrecognized, to be noticed
        Rule.re(" -> ", "\\[(?:IKEv2|Crypto Engine|PKI|AAA) -> (?:IKEv2|Crypto Engine|PKI|AAA)\\](?!.*(?:FAIL|fail|error|ERROR|invalid))", IKE_TRACE, null,
                "step", "internal hand-off"),
        // an error line whose text is empty (IOS-XE prints the reason, when there is one, on the lines around it)
        Rule.re("ikev2-error", "IKEv2-ERROR: ?\\([^)]*\\):*\\s*$", null, null),
        Rule.of("received a ike_init_sa request", PACKET_FROM_PEER),
        Rule.ignore("client os:"), // ASA 751026, remote-access client details
        Rule.of("received request to establish an ipsec tunnel", SA_REQUEST),
        Rule.of("dispatching a key_acquire", SA_REQUEST),
        // IOS: IKE_AUTH done, which in IKEv2 also set up the first child SA: the tunnel is up, both phases
        Rule.re("is up", "Session with IKE ID PAIR \\(.*\\) is UP", P2_COMPLETED, null, "detail", "IKEv2 session up (IKE SA and first child SA)"),
        Rule.of("mib tunnel started", IKE_TRACE, "step", "tunnel MIB entry"),
        Rule.re("sa up", "SA UP", P1_COMPLETED, null),
        Rule.re("sa down", "SA DOWN\\.? ?(?:Reason: ?(.*))?$", TUNNEL_DOWN, (m, o) -> o.attr("reason", m.group(1))),
        Rule.re("received packet", "Received Packet", PACKET_FROM_PEER, null),
        Rule.of("sending packet", IKE_TRACE, "step", "packet sent"),
        Rule.of("ike_sa_init", IKE_TRACE, "step", "SA_INIT"),
        Rule.re("ikev2", "IKEv2(?:-[A-Z]+-\\d)?: ?(?:\\([^)]*\\))?:? ?%? ?(Processing|Construct|Generat|Check|Verif|Next payload|SM Trace|Request|Negotiation context"
                + "|Searching|Found|Getting|Using|Sending|Adding|Deleting|Completed|Action|Delet|Started|Decrypt|Encrypt|Computing|Send|Insert|Closing|Remove)",
                IKE_TRACE, (m, o) -> o.attr("step", m.group(1).toLowerCase())),
        // any other line of the IKEv2 trace family that reports no trouble is ordinary progress; a line that
        // speaks of failure and is not in FAILURES stays unrecognized, so a new error wording gets noticed
        Rule.re("ikev2", "^(?!.*(?:fail|error|invalid|unaccept|mismatch|abort|reject|expire|not |\\bno |denied|drop))"
                + ".*?IKEv2(?:-PROTO-\\d)?: ?\\((?:SESSION ID|SA ID|\\d)", IKE_TRACE, null, "step", "trace")
    );

    /** The direction attribute of a packet dump's notify until {@link LineClassifier} knows it from the packet header. */
    static final String DUMP_DIRECTION = "of the packet";

    private Ikev2Rules() {}

    /**
     * A payload line of an IOS/ASA IKEv2 packet dump, which follows "Received Packet [From ...]" or
     * "Sending Packet [To ...]" and names neither the peer nor the direction: " NOTIFY(NO_PROPOSAL_CHOSEN)
     * Next payload: NONE..." is the notify that failed the exchange; status notifies (NAT detection,
     * INITIAL_CONTACT) and the payload details under them are ordinary trace.
     */
    static boolean payloadDump(Msg msg, Parsed out) {
        String t = withoutSaNumber(msg.text);
        if (t.startsWith("NOTIFY(")) {
            int close = t.indexOf(')');
            String name = close > 7 ? t.substring(7, close).trim() : "";
            if (!name.isEmpty() && name.equals(NotifyNames.firstV2Error(name))) {
                out.is(NOTIFY).attr("notify", name).attr("direction", DUMP_DIRECTION);
            } else {
                out.is(IKE_TRACE).attr("step", "status notify").attr("notify", name.isEmpty() ? null : name);
            }
        } else if (t.startsWith("Security protocol id:")) {
            out.is(IKE_TRACE).attr("step", "notify payload detail");
        } else if (isPayloadList(t)) {
            // "Payload contents:" of a received or sent packet, one line: " VID IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN)"
            String failed = null;
            for (String p : t.trim().split(" +")) {
                if (p.startsWith("NOTIFY(") && p.endsWith(")")) {
                    String name = p.substring(7, p.length() - 1);
                    if (failed == null && !name.isEmpty() && name.equals(NotifyNames.firstV2Error(name))) failed = name;
                }
            }
            if (failed != null) out.is(NOTIFY).attr("notify", failed).attr("direction", DUMP_DIRECTION);
            else out.is(IKE_TRACE).attr("step", "payload list");
        } else if (isPayloadStructure(t)) {
            out.ignore = true; // the payloads' framing: recognized, says nothing about a fault
            return true;
        } else {
            return false;
        }
        out.attr("ikev", "2");
        return true;
    }

    /** ASA prefixes dump lines with its SA number: "(27):     last transform: 0x3, reserved: 0x0: length: 8". */
    private static String withoutSaNumber(String t) {
        if (t.isEmpty() || t.charAt(0) != '(') return t;
        int close = t.indexOf("):");
        if (close < 2 || close > 8) return t;
        for (int i = 1; i < close; i++) if (!Character.isDigit(t.charAt(i))) return t;
        return t.substring(close + 2).trim();
    }

    private static final java.util.Set<String> PAYLOADS = java.util.Set.of("SA", "KE", "N", "NONCE", "VID", "IDi", "IDr", "CERT", "CERTREQ",
            "AUTH", "TSi", "TSr", "CFG", "ENCR", "SK", "DELETE", "EAP", "D");

    /** A payload list: payload names and NOTIFY(X) entries only, at least two of them. */
    private static boolean isPayloadList(String t) {
        // asked of every line that reaches the dump readers: words are cut by hand, and the first
        // word that is no payload name ends it (a regex split per line was ~3% of a 1M-line run)
        int n = t.length(), words = 0;
        for (int i = 0; i < n; ) {
            while (i < n && t.charAt(i) == ' ') i++;
            if (i == n) break;
            int end = t.indexOf(' ', i);
            if (end < 0) end = n;
            String p = t.substring(i, end);
            if (!PAYLOADS.contains(p) && !(p.startsWith("NOTIFY(") && p.endsWith(")"))) return false;
            words++;
            i = end;
        }
        return words >= 2;
    }

    /** "SA  Next payload: KE, ...", "Proposal: 1, Protocol id: IKE, ...", "last transform: 0x3, ...", "type: 4, reserved: 0x0, id: ...". */
    private static boolean isPayloadStructure(String t) {
        return t.contains(" Next payload: ") && t.indexOf(' ') <= 12
                || t.startsWith("Proposal: ") && t.contains("Protocol id:")
                || t.startsWith("last transform: ") || t.startsWith("last proposal: ")
                || t.startsWith("type: ") && t.contains(", reserved: ")
                || t.startsWith("Initiator SPI : ") || t.startsWith("DH group: ")
                || t.startsWith("Num. transforms: ");
    }

    /** True when some IKEv2 form matched (out filled). */
    static boolean parse(Msg msg, Parsed out) {
        String name = NotifyNames.firstV2Error(msg.text);
        if (name != null) {
            out.is(NOTIFY).attr("notify", name).attr("direction", direction(msg));
        } else if (!Rule.first(FAILURES, msg, out) && !Rule.first(PROGRESS, msg, out)) {
            return false;
        }
        // the tunnel manager's 752xxx hand a key acquire to either version: "... message to IKEv1" is IKEv1
        out.attr("ikev", namesOnlyIkev1(msg.text) ? "1" : "2");
        endpoints(msg.text, out);
        return true;
    }

    private static boolean namesOnlyIkev1(String t) { return t.contains("IKEv1") && !t.contains("IKEv2"); }

    private static String direction(Msg msg) {
        String l = msg.lower;
        int sent = Math.max(l.indexOf("sending"), Math.max(l.indexOf("sent"), l.indexOf("send ")));
        int recv = Math.max(l.indexOf("received"), l.indexOf("recv"));
        // "Construct Notify Payload: INVALID_SPI": this device builds the notify it is about to send
        if (recv < 0 && l.contains("construct notify")) return "sent";
        if (recv < 0 && l.contains("[from")) return "received";
        if (sent < 0 && l.contains("[to")) return "sent";
        if (recv >= 0 && (sent < 0 || recv < sent)) return "received";
        return sent >= 0 ? "sent" : "received";
    }

    /** IOS "[From a:500/To b:500", ASA/IOS "RECV PKT [X] [a]:500->[b]:500" and ASA "Local:a:500 Remote:b:500". */
    static void endpoints(String text, Parsed out) {
        Matcher m = FROM_TO.matcher(text);
        if (m.find()) {
            // "[From peer/To us" when received, "[To peer/From us" when sent: the first address is the peer either way
            out.peer(m.group(2)).local(m.group(3));
            if (out.peer == null) out.peerUnreadable = true;
            return;
        }
        if (text.contains(" PKT [")) {
            Matcher p = PLAT_PKT.matcher(text);
            if (p.find()) {
                boolean received = p.group(1).equals("RECV");
                out.peer(received ? p.group(2) : p.group(3)).local(received ? p.group(3) : p.group(2));
                return;
            }
        }
        int l = text.indexOf("Local:");
        int r = text.indexOf("Remote:");
        if (r >= 0) {
            out.peer(token(text, r + 7));
            if (out.peer == null) out.peerUnreadable = true;
        }
        if (l >= 0) out.local(token(text, l + 6));
    }

    private static String token(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) != ' ') j++;
        String t = s.substring(i, j);
        int colon = t.indexOf(':');
        return colon > 0 ? t.substring(0, colon) : t;
    }
}
