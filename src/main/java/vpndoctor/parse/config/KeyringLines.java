package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.List;

import vpndoctor.model.config.Ip;
import vpndoctor.model.config.PresharedKey;

/** IOS "crypto keyring NAME [vrf X]" blocks with " pre-shared-key address A [M] key K" (the newer home of IOS keys). */
final class KeyringLines implements TopicParser {
    @Override public boolean parse(Block b, ParseState st) {
        if (!b.header.starts("crypto", "keyring")) return false;
        st.used(b.header);
        String ring = b.header.tok(2);
        if (b.header.is(3, "vrf") && b.header.size() == 5) {
            st.add(new vpndoctor.model.config.KeyringVrf(st.nextId(), st.side, List.of(b.header.origin), ring, b.header.tok(4)));
        }
        for (ConfigLine c : b.children) st.guard(c, l -> {
            if (l.is(0, "description") || l.is(0, "local-address")) { st.used(l); return; }
            if (!l.is(0, "pre-shared-key") || l.keyDigest == null) throw new NotUnderstood("unknown keyring line");
            String addr = "";
            String mask = "255.255.255.255";
            String host = "";
            if (l.is(1, "address")) {
                String[] am = st.addressAndMask(l, 2);
                addr = am[0];
                mask = am[1];
            } else {
                host = l.tok(2);
                mask = "";
            }
            st.add(new PresharedKey(st.nextId(), st.side, List.of(l.origin), addr, mask, host, l.keyDigest, false, false,
                    st.nextKeyOrder(), "ios-keyring"));
            st.add(st.keyringPeer(List.of(l), ring, addr.isEmpty() ? host : addr, addr, mask, host, l.keyDigest, l.keyDigest));
            st.used(l);
        });
        return true;
    }
}
