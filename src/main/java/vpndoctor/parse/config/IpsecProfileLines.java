package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.List;

import vpndoctor.model.config.IpsecProfile;

/**
 * "crypto ipsec profile P" (IOS/IOS-XE and ASA), what a tunnel's "tunnel protection ipsec profile P"
 * names: " set transform-set A [B..]" (ASA: " set ikev1 transform-set", " set ikev2 ipsec-proposal"),
 * " set pfs [groupN]", " set ikev2-profile X" / " set isakmp-profile X". Lifetimes, idle time,
 * responder-only and the like are understood and not compared.
 */
final class IpsecProfileLines implements TopicParser {
    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (!h.starts("crypto", "ipsec", "profile")) return false;
        String name = ParseState.word(h.tokens, 3, "profile name");
        st.used(h);
        List<String> sets = new ArrayList<>();
        int[] pfs = {0};
        String[] v2 = {""};
        String[] v1 = {""};
        List<ConfigLine> lines = new ArrayList<>(List.of(h));
        for (ConfigLine c : b.children) st.guard(c, l -> {
            if (l.starts("set", "transform-set")) sets.addAll(l.from(2));
            else if (l.starts("set", "ikev1", "transform-set") || l.starts("set", "ikev2", "ipsec-proposal")) sets.addAll(l.from(3));
            else if (l.starts("set", "pfs")) {
                // "set pfs" alone: group 1 on IOS, group 2 on the ASA (as for crypto maps)
                String g = l.size() > 2 ? l.kw(2) : st.ios() ? "group1" : "group2";
                if (!g.startsWith("group")) throw new NotUnderstood("bad pfs group '" + g + "'");
                pfs[0] = ParseState.integer(g.substring(5), "pfs group");
            } else if (l.starts("set", "ikev2-profile")) v2[0] = ParseState.word(l.tokens, 2, "ikev2 profile name");
            else if (l.starts("set", "isakmp-profile")) v1[0] = ParseState.word(l.tokens, 2, "isakmp profile name");
            else { st.used(l); return; } // lifetime, idle-time, responder-only, description, set reverse-route ...
            lines.add(l);
            st.used(l);
        });
        st.add(new IpsecProfile(st.nextId(), st.side, ParseState.origins(lines), name, sets, pfs[0], v2[0], v1[0]));
        return true;
    }
}
