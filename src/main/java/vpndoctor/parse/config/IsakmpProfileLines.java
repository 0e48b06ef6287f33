package vpndoctor.parse.config;

import java.util.ArrayList;
import java.util.List;

import vpndoctor.model.config.Ikev2Profile;

/**
 * IOS "crypto isakmp profile P" (IKEv1 VTIs and keyring choice): " keyring K", " match identity
 * address A [M]" / "host X" / "user-fqdn X", " self-identity address|fqdn|user-fqdn". It becomes an
 * Ikev2Profile with ikeVersion 1 so that route-based tunnels follow one chain: profile -> keyring.
 */
final class IsakmpProfileLines implements TopicParser {
    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (!h.starts("crypto", "isakmp", "profile")) return false;
        String name = ParseState.word(h.tokens, 3, "profile name");
        st.used(h);
        List<String> match = new ArrayList<>();
        String[] id = {"", ""};
        String[] keyring = {""};
        List<ConfigLine> lines = new ArrayList<>(List.of(h));
        for (ConfigLine c : b.children) st.guard(c, l -> {
            if (l.starts("match", "identity")) match.add(ProfileIdentity.remote(l, 2, st));
            else if (l.starts("keyring")) keyring[0] = ParseState.word(l.tokens, 1, "keyring name");
            else if (l.starts("self-identity")) { id[0] = l.kw(1).equals("user-fqdn") ? "email" : l.kw(1); id[1] = l.tok(2); }
            else { st.used(l); return; } // keepalive, virtual-template, initiate mode, description, local-address ...
            lines.add(l);
            st.used(l);
        });
        st.add(new Ikev2Profile(st.nextId(), st.side, ParseState.origins(lines), name, 1, match, id[0], id[1], "", "", keyring[0]));
        return true;
    }
}
