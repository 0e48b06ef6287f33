package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vpndoctor.model.config.Ikev2Profile;
import vpndoctor.model.config.Ip;
import vpndoctor.model.config.KeyringPeer;
import vpndoctor.model.config.PresharedKey;

/**
 * IOS IKEv2 blocks, which name what the ASA numbers: "crypto ikev2 proposal NAME" (lists of
 * encryption, integrity and DH groups), "crypto ikev2 policy NAME" (the proposals it offers),
 * "crypto ikev2 keyring NAME" (per peer: address and pre-shared key), "crypto ikev2 profile NAME"
 * (identity match and authentication). The proposals a policy names become IKEv2 policy facts; with no
 * policy at all every proposal counts (IOS would add its default policy, which a config does not show).
 * A keyring peer with one key for both directions becomes a pre-shared key fact (crypto maps compare
 * those); every keyring peer, with one key or different local and remote keys, also becomes a
 * KeyringPeer, which route-based tunnels compare crosswise (our local key = the peer's remote key).
 * A profile becomes an Ikev2Profile (identities matched and sent, authentication, keyring).
 */
final class Ikev2IosLines implements TopicParser {
    private final Map<String, IsakmpPolicyBuilder> proposals = new LinkedHashMap<>();
    private final Set<String> offered = new LinkedHashSet<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (!h.starts("crypto", "ikev2")) return false;
        switch (h.kw(2)) {
            case "proposal" -> proposal(b, st);
            case "policy" -> {
                if (h.kw(3).matches("\\d+")) return false; // the ASA's numbered policy: IsakmpLines
                policy(b, st);
            }
            case "keyring" -> keyring(b, st);
            case "profile", "authorization" -> profile(b, st);
            default -> { return false; }
        }
        return true;
    }

    private void proposal(Block b, ParseState st) {
        String name = b.header.tok(3);
        IsakmpPolicyBuilder p = proposals.computeIfAbsent(name, x -> new IsakmpPolicyBuilder(proposals.size() + 1, 2));
        p.lines.add(b.header);
        st.used(b.header);
        for (ConfigLine c : b.children) st.guard(c, l -> { p.set(l.tokens, l); st.used(l); });
    }

    private void policy(Block b, ParseState st) {
        st.used(b.header);
        for (ConfigLine c : b.children) st.guard(c, l -> {
            if (l.is(0, "proposal")) offered.addAll(l.from(1));
            else if (!l.is(0, "match") && !l.is(0, "description")) throw new NotUnderstood("unknown ikev2 policy line");
            st.used(l);
        });
    }

    private void profile(Block b, ParseState st) {
        // Certificate authentication is not compared: those lines stay visible as not used, which also tells the
        // missing-key prediction that authentication does not rest on a pre-shared key
        st.used(b.header);
        boolean authorization = b.header.is(2, "authorization");
        String name = b.header.tok(3);
        List<String> match = new ArrayList<>();
        String[] id = {"", ""};
        String[] auth = {"", ""};
        String[] keyring = {""};
        String[] inline = {null, null};
        List<ConfigLine> lines = new ArrayList<>(List.of(b.header));
        for (ConfigLine l : b.children) {
            String t = l.text.toLowerCase(java.util.Locale.ROOT);
            if (t.contains("rsa-sig") || t.contains("ecdsa-sig") || t.contains("trustpoint")) {
                st.unparsed(l, "certificate authentication: not compared");
                if (l.starts("authentication", "local")) auth[0] = l.kw(2);
                if (l.starts("authentication", "remote")) auth[1] = l.kw(2);
                continue;
            }
            st.guard(l, x -> {
                if (x.starts("match", "identity", "remote")) match.add(ProfileIdentity.remote(x, 3, st));
                else if (x.starts("identity", "local")) { id[0] = x.kw(2); id[1] = String.join(" ", x.from(3)); }
                else if (x.starts("authentication", "local") || x.starts("authentication", "remote")) {
                    int side = x.is(1, "local") ? 0 : 1;
                    auth[side] = x.kw(2);
                    if (x.keyDigest != null) inline[side] = x.keyDigest;
                } else if (x.starts("keyring", "local")) keyring[0] = ParseState.word(x.tokens, 2, "keyring name");
                else if (x.starts("keyring") && !x.is(1, "aaa")) keyring[0] = ParseState.word(x.tokens, 1, "keyring name");
                else { st.used(x); return; } // lifetime, dpd, match fvrf, virtual-template, description ...
                lines.add(x);
                st.used(x);
            });
        }
        if (authorization || name.isEmpty()) return;
        if (inline[0] != null || inline[1] != null) {
            // keys written in the profile itself: a keyring of their own that covers every peer
            String own = "profile " + name;
            if (keyring[0].isEmpty()) keyring[0] = own;
            String lk = inline[0] != null ? inline[0] : inline[1];
            String rk = inline[1] != null ? inline[1] : inline[0];
            st.add(new KeyringPeer(st.nextId(), st.side, ParseState.origins(lines), own, "inline", "0.0.0.0", 0, "", lk, rk));
        }
        st.add(new Ikev2Profile(st.nextId(), st.side, ParseState.origins(lines), name, 2, match, id[0], id[1], auth[0], auth[1], keyring[0]));
    }

    private void keyring(Block b, ParseState st) {
        st.used(b.header);
        String ring = b.header.tok(3);
        Peer peer = null;
        for (ConfigLine l : b.children) {
            if (l.is(0, "peer")) {
                if (peer != null) peer.emit(st);
                peer = new Peer(l, ring);
                st.used(l);
            } else if (peer == null) {
                st.unparsed(l, "keyring line outside a peer");
            } else {
                Peer current = peer;
                st.guard(l, x -> current.line(x, st));
            }
        }
        if (peer != null) peer.emit(st);
    }

    /** One "peer NAME" of a keyring, collected until the next peer or the end of the keyring. */
    private static final class Peer {
        final ConfigLine header;
        final String ring;
        String address = "";
        String mask = "255.255.255.255";
        String host = "";
        final List<ConfigLine> keys = new ArrayList<>();
        String both, local, remote;

        Peer(ConfigLine header, String ring) { this.header = header; this.ring = ring; }

        void line(ConfigLine l, ParseState st) {
            if (l.is(0, "address")) {
                String[] am = st.addressAndMask(l, 1);
                address = am[0];
                mask = am[1];
            } else if (l.is(0, "hostname")) {
                host = l.tok(1);
                mask = "";
            } else if (l.is(0, "pre-shared-key")) {
                if (l.keyDigest == null) throw new NotUnderstood("pre-shared-key line not understood");
                if (l.is(1, "local")) local = l.keyDigest;
                else if (l.is(1, "remote")) remote = l.keyDigest;
                else both = l.keyDigest;
                keys.add(l);
            } else if (!l.is(0, "identity") && !l.is(0, "description")) {
                throw new NotUnderstood("unknown keyring peer line");
            }
            st.used(l);
        }

        void emit(ParseState st) {
            String key = both != null ? both : local != null && local.equals(remote) ? local : null;
            if (key != null && (!address.isEmpty() || !host.isEmpty())) {
                List<vpndoctor.model.Origin> origins = new ArrayList<>();
                origins.add(header.origin);
                keys.forEach(k -> origins.add(k.origin));
                st.add(new PresharedKey(st.nextId(), st.side, origins, address, mask, host, key, false, false, st.nextKeyOrder(), "ios-ikev2-keyring"));
            }
            // every peer, one key or a local and a remote one: route-based tunnels compare them crosswise
            if (both != null || local != null || remote != null) {
                String lk = local != null ? local : both != null ? both : "";
                String rk = remote != null ? remote : both != null ? both : "";
                List<ConfigLine> lines = new ArrayList<>(List.of(header));
                lines.addAll(keys);
                st.add(st.keyringPeer(lines, ring, header.tok(1), address, mask, host, lk, rk));
            }
        }
    }

    @Override public void finish(ParseState st) {
        for (Map.Entry<String, IsakmpPolicyBuilder> e : proposals.entrySet()) {
            if (offered.isEmpty() || offered.contains(e.getKey())) e.getValue().build(st).forEach(st::add);
        }
    }
}
