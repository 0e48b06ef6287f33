package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vpndoctor.model.config.Ip;
import vpndoctor.model.config.KeyringPeer;
import vpndoctor.model.config.PresharedKey;
import vpndoctor.model.config.TunnelGroup;

/**
 * ASA "tunnel-group NAME type ipsec-l2l" plus its "ipsec-attributes" / "general-attributes"
 * blocks, which may be far apart in a paste; finish() joins them into one TunnelGroup, and emits a
 * PresharedKey too when the group is named by an address (that is how ASA finds an L2L peer's key).
 */
final class TunnelGroupLines implements TopicParser {
    private static final class Builder {
        final String name;
        String type = "";
        String keyDigest;
        String localDigest;
        String remoteDigest;
        int keyOrder;
        final List<ConfigLine> lines = new ArrayList<>();
        Builder(String name) { this.name = name; }
    }

    private final Map<String, Builder> groups = new LinkedHashMap<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (!h.starts("tunnel-group") || h.size() < 3) return false;
        Builder g = groups.computeIfAbsent(h.tok(1), Builder::new);
        String k = h.kw(2);
        switch (k) {
            case "type" -> { g.type = h.kw(3).equals("ipsec-ra") ? "remote-access" : h.kw(3); g.lines.add(h); st.used(h); }
            case "ipsec-attributes" -> {
                g.lines.add(h);
                st.used(h);
                for (ConfigLine c : b.children) st.guard(c, l -> attribute(g, l, st));
            }
            case "general-attributes", "webvpn-attributes", "ppp-attributes" -> b.all().forEach(st::used);
            default -> { st.unparsed(h, "unknown tunnel-group line"); b.children.forEach(c -> st.unparsed(c, "under an unknown tunnel-group line")); }
        }
        return true;
    }

    private void attribute(Builder g, ConfigLine c, ParseState st) {
        if (c.keyDigest != null) {
            boolean local = c.starts("ikev2", "local-authentication");
            if (local) g.localDigest = c.keyDigest;
            else if (c.starts("ikev2", "remote-authentication")) g.remoteDigest = c.keyDigest;
            else if (g.keyDigest == null) { g.keyDigest = c.keyDigest; g.keyOrder = st.nextKeyOrder(); } // IKEv1 key first; an IKEv2 remote key repeats it
            g.lines.add(c);
        } else if (c.is(0, "pre-shared-key") || c.from(0).stream().anyMatch(t -> t.equalsIgnoreCase("pre-shared-key"))) {
            throw new NotUnderstood("pre-shared-key line not understood");
        }
        // Everything else here (peer-id-validate, trust-point, isakmp keepalive, authentication methods) is understood and not needed.
        st.used(c);
    }

    @Override public void finish(ParseState st) {
        for (Builder g : groups.values()) {
            if (g.type.isEmpty()) g.type = TunnelGroup.BUILT_IN_TYPES.getOrDefault(g.name, ""); // shown without a type line
            boolean hasKey = g.keyDigest != null;
            st.add(new TunnelGroup(st.nextId(), st.side, ParseState.origins(g.lines), g.name, g.type, hasKey,
                    g.keyDigest, g.localDigest));
            boolean l2l = "ipsec-l2l".equals(g.type); // ASA never runs xauth/mode-config on an L2L group
            if ((g.localDigest != null || g.remoteDigest != null) && Ip.isAddress(g.name)) {
                // ASA IKEv2 keys, local and remote, for route-based tunnels (the ASA finds them by the peer's address)
                String lk = g.localDigest != null ? g.localDigest : g.remoteDigest;
                String rk = g.remoteDigest != null ? g.remoteDigest : g.localDigest;
                String a = Ip.canonical(g.name);
                st.add(new KeyringPeer(st.nextId(), st.side, ParseState.origins(g.lines), "tunnel-group", g.name, a,
                        a.indexOf(':') >= 0 ? 128 : 32, "", lk, rk));
            }
            if (hasKey && Ip.isAddress(g.name)) {
                st.add(new PresharedKey(st.nextId(), st.side, ParseState.origins(g.lines), g.name, "255.255.255.255", "",
                        g.keyDigest, l2l, l2l, g.keyOrder, "asa-tunnel-group"));
            }
        }
    }
}
