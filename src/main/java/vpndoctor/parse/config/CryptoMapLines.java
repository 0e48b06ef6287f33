package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.XauthSetting;

/**
 * Crypto maps. PIX/ASA write each setting on its own line ("crypto map M 10 match address A"),
 * IOS writes a block ("crypto map M 10 ipsec-isakmp" + " set peer ..."). Both feed the same
 * builder, keyed by map and sequence number, so an entry is one fact however it was written.
 * Dynamic maps ("crypto dynamic-map D 10 ...") are kept as entries with dynamicMapEntry = true.
 */
final class CryptoMapLines implements TopicParser {
    private static final class Builder {
        final String map;
        final int seq;
        final boolean dynamicEntry;
        String acl = "";
        final List<String> peers = new ArrayList<>();
        final List<String> sets = new ArrayList<>();
        int pfs;
        boolean dynamicRef;
        String dynamicName = "";
        long lifetime;
        final List<ConfigLine> lines = new ArrayList<>();
        Builder(String map, int seq, boolean dynamicEntry) { this.map = map; this.seq = seq; this.dynamicEntry = dynamicEntry; }
    }

    private final Map<String, Builder> entries = new LinkedHashMap<>();
    private final Set<String> xauthMaps = new HashSet<>();
    private final Set<String> configModeMaps = new HashSet<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        boolean dyn = h.starts("crypto", "dynamic-map");
        if (!dyn && !h.starts("crypto", "map")) return false;
        st.guard(h, l -> header(b, l, dyn, st));
        return true;
    }

    private void header(Block b, ConfigLine h, boolean dyn, ParseState st) {
        int o = !dyn && h.is(2, "ipv6") ? 1 : 0; // IOS "crypto map ipv6 M 10 ipsec-isakmp": a map for IPv6 peers
        String map = h.tok(2 + o);
        if (!h.tok(3 + o).matches("\\d+")) { mapLevel(b, h, map, st); return; }
        int seq = ParseState.integer(h.tok(3 + o), "sequence number");
        Builder e = entries.computeIfAbsent((dyn ? "D/" : "S/") + map + "/" + seq, x -> new Builder(map, seq, dyn));
        e.lines.add(h);
        List<String> rest = h.from(4 + o);
        if (!rest.isEmpty()) setting(e, rest, h, st);
        st.used(h);
        for (ConfigLine c : b.children) st.guard(c, l -> {
            e.lines.add(l);
            setting(e, l.tokens, l, st);
            st.used(l);
        });
    }

    /** One entry setting, from a PIX/ASA one-liner (after "crypto map M 10") or an IOS sub-line. */
    private void setting(Builder e, List<String> t, ConfigLine line, ParseState st) {
        String k = t.get(0).toLowerCase();
        String k1 = t.size() > 1 ? t.get(1).toLowerCase() : "";
        switch (k) {
            case "ipsec-isakmp" -> {
                if (k1.equals("dynamic")) { e.dynamicRef = true; e.dynamicName = ParseState.word(t, 2, "a dynamic-map name after 'ipsec-isakmp dynamic'"); }
            }
            case "ipsec-manual" -> throw new NotUnderstood("manually keyed crypto map entries are not analysed");
            case "match" -> {
                if (!k1.equals("address") || t.size() < 3) throw new NotUnderstood("expected 'match address ACL-NAME'");
                e.acl = t.get(2);
            }
            case "set" -> set(e, t, k1, st);
            case "description", "reverse-route" -> { }
            default -> throw new NotUnderstood("unknown crypto map setting '" + k + "'");
        }
    }

    private void set(Builder e, List<String> t, String k1, ParseState st) {
        switch (k1) {
            case "peer" -> { for (String p : t.subList(2, t.size())) if (!p.equalsIgnoreCase("default")) e.peers.add(st.peerAddress(p)); }
            case "transform-set" -> e.sets.addAll(t.subList(2, t.size()));
            case "ikev1", "ikev2" -> {
                String what = t.size() > 2 ? t.get(2).toLowerCase() : "";
                if (what.equals("transform-set") || what.equals("ipsec-proposal")) e.sets.addAll(t.subList(3, t.size()));
                else if (!what.equals("phase1-mode")) throw new NotUnderstood("unknown 'set " + k1 + " " + what + "'");
            }
            case "pfs" -> {
                // "set pfs" alone means group 2 on PIX/ASA and group 1 on IOS (their documented defaults).
                String g = t.size() > 2 ? t.get(2).toLowerCase() : (st.ios() ? "group1" : "group2");
                if (!g.startsWith("group")) throw new NotUnderstood("bad pfs group '" + g + "'");
                e.pfs = ParseState.integer(g.substring(5), "pfs group");
            }
            case "security-association" -> {
                int s = t.indexOf("seconds");
                if (s > 0 && s + 1 < t.size()) e.lifetime = ParseState.integer(t.get(s + 1), "lifetime");
            }
            case "nat-t-disable", "reverse-route", "connection-type", "phase1-mode", "inheritance", "trustpoint",
                 "isakmp-profile", "ikev2-profile", "security-policy", "validation-usage" -> { }
            default -> throw new NotUnderstood("unknown crypto map setting 'set " + k1 + "'");
        }
    }

    /** Map-wide lines: "crypto map M interface IF", "crypto map M client authentication ...", "local-address". */
    private void mapLevel(Block b, ConfigLine h, String map, ParseState st) {
        switch (h.kw(3)) {
            case "interface" -> st.add(new CryptoMapBinding(st.nextId(), st.side, List.of(h.origin), map, h.tok(4)));
            case "client" -> {
                boolean auth = h.is(4, "authentication");
                (auth ? xauthMaps : configModeMaps).add(map);
                st.add(new XauthSetting(st.nextId(), st.side, List.of(h.origin), map, auth ? "xauth" : "config-mode",
                        String.join(" ", h.from(5))));
            }
            case "isakmp" -> {
                configModeMaps.add(map);
                st.add(new XauthSetting(st.nextId(), st.side, List.of(h.origin), map, "config-mode", String.join(" ", h.from(4))));
            }
            case "local-address", "redundancy" -> { }
            default -> throw new NotUnderstood("unknown crypto map line");
        }
        b.all().forEach(st::used);
    }

    @Override public void finish(ParseState st) {
        for (Builder e : entries.values()) {
            st.add(new CryptoMapEntry(st.nextId(), st.side, ParseState.origins(e.lines), e.map, e.seq, e.acl, e.peers, e.sets,
                    e.pfs, e.dynamicRef, e.dynamicName, e.dynamicEntry, xauthMaps.contains(e.map), configModeMaps.contains(e.map),
                    e.lifetime));
        }
    }
}
