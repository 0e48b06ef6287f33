package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vpndoctor.model.config.IsakmpEnabled;
import vpndoctor.model.config.IsakmpIdentity;
import vpndoctor.model.config.PresharedKey;
import vpndoctor.model.config.XauthSetting;

/**
 * Phase 1 settings: PIX "isakmp ..." one-liners, IOS/ASA-8.2 "crypto isakmp ...", ASA 8.4+
 * "crypto ikev1|ikev2 ...". Policies are assembled in {@link IsakmpPolicyBuilder}.
 */
final class IsakmpLines implements TopicParser {
    /** Settings that are understood and carry nothing the diagnosis uses. */
    private static final Set<String> HARMLESS = Set.of("nat-traversal", "keepalive", "invalid-spi-recovery",
            "disconnect-revoked-peers", "reload-wait", "am-disable", "ipsec-over-tcp", "fragmentation", "aggressive-mode",
            "cookie-challenge", "limit", "remote-access", "redirect", "notify", "enable-ipsec-over-tcp", "peer", "log");

    private final Map<String, IsakmpPolicyBuilder> policies = new LinkedHashMap<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        int i;
        int ike;
        if (h.starts("isakmp")) { i = 1; ike = 1; }
        else if (h.starts("crypto", "isakmp")) { i = 2; ike = 1; }
        else if (h.starts("crypto", "ikev1")) { i = 2; ike = 1; }
        else if (h.starts("crypto", "ikev2")) { i = 2; ike = 2; }
        else return false;
        final int at = i;
        st.guard(h, l -> top(b, l, at, ike, st));
        return true;
    }

    private void top(Block b, ConfigLine h, int i, int ike, ParseState st) {
        String k = h.kw(i);
        switch (k) {
            case "policy" -> {
                int prio = ParseState.integer(h.tok(i + 1), "policy priority");
                IsakmpPolicyBuilder p = policies.computeIfAbsent(ike + "/" + prio, x -> new IsakmpPolicyBuilder(prio, ike));
                if (h.size() > i + 2) { // PIX one-line form "isakmp policy 10 hash md5"
                    p.set(h.from(i + 2), h);
                } else {
                    p.lines.add(h);
                    for (ConfigLine c : b.children) st.guard(c, l -> { p.set(l.tokens, l); st.used(l); });
                }
                st.used(h);
            }
            case "enable" -> {
                st.add(new IsakmpEnabled(st.nextId(), st.side, List.of(h.origin), h.tok(i + 1), ike));
                st.used(h);
            }
            case "identity" -> {
                String mode = h.kw(i + 1);
                if (!Set.of("address", "hostname", "auto", "key-id", "dn").contains(mode)) throw new NotUnderstood("unknown isakmp identity '" + mode + "'");
                st.add(new IsakmpIdentity(st.nextId(), st.side, List.of(h.origin), mode, h.tok(i + 2)));
                st.used(h);
            }
            case "key" -> key(h, i, st);
            case "client" -> { // PIX "isakmp client configuration address-pool local P outside", IOS "crypto isakmp client configuration group G"
                st.add(new XauthSetting(st.nextId(), st.side, List.of(h.origin), "global", "config-mode", String.join(" ", h.from(i + 1))));
                b.all().forEach(st::used);
            }
            case "xauth" -> b.all().forEach(st::used); // IOS "crypto isakmp xauth timeout": xauth itself is switched on per crypto map
            default -> {
                if (!HARMLESS.contains(k)) throw new NotUnderstood("unknown " + (ike == 2 ? "ikev2" : "isakmp") + " setting '" + k + "'");
                b.all().forEach(st::used);
            }
        }
    }

    /** PIX "isakmp key K address A [netmask M] [no-xauth] [no-config-mode]"; IOS "crypto isakmp key [0|6] K address A [M] [no-xauth]" / "hostname H". */
    private void key(ConfigLine h, int i, ParseState st) {
        if (h.keyDigest == null) throw new NotUnderstood("isakmp key line not understood");
        int a = h.indexOf("address");
        int hn = h.indexOf("hostname");
        String addr = "";
        String mask = "255.255.255.255";
        String host = "";
        if (a > 0) {
            String[] am = st.addressAndMask(h, a + 1);
            addr = am[0];
            mask = am[1];
        } else if (hn > 0) {
            host = h.tok(hn + 1);
            mask = "";
        } else {
            throw new NotUnderstood("isakmp key without address or hostname");
        }
        boolean noXauth = h.indexOf("no-xauth") > 0;
        boolean noCfg = h.indexOf("no-config-mode") > 0;
        String source = h.is(0, "crypto") ? "ios-isakmp-key" : "pix-isakmp-key";
        st.add(new PresharedKey(st.nextId(), st.side, List.of(h.origin), addr, mask, host, h.keyDigest,
                noXauth, noCfg, st.nextKeyOrder(), source));
        // the same key as the global keyring route-based IKEv1 tunnels use when their profile names none
        st.add(st.keyringPeer(List.of(h), "isakmp-keys", addr.isEmpty() ? host : addr, addr, mask, host, h.keyDigest, h.keyDigest));
        st.used(h);
    }

    @Override public void finish(ParseState st) {
        for (IsakmpPolicyBuilder p : policies.values()) p.build(st).forEach(st::add);
    }
}
