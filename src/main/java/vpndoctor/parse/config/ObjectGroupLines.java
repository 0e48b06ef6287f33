package vpndoctor.parse.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vpndoctor.model.config.Net;
import vpndoctor.model.config.Ip;
import vpndoctor.model.config.ObjectGroupMember;

/**
 * "object-group network G" (PIX/ASA/IOS) and ASA 8.3+ "object network X". Members are stored as
 * written; finish() flattens nested groups and emits one ObjectGroupMember per network.
 */
final class ObjectGroupLines implements TopicParser {

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (h.starts("object-group") && h.size() >= 3) {
            String type = h.kw(1);
            ObjectTable.Group g = st.objects.groups.computeIfAbsent(h.tok(2), n -> new ObjectTable.Group(n, type, h));
            st.used(h);
            for (ConfigLine c : b.children) {
                if (c.is(0, "description")) { st.used(c); continue; }
                if (!"network".equals(type)) { st.used(c); continue; } // service/protocol groups: only their names matter (ports kept as written)
                st.guard(c, l -> member(g, l, st));
            }
            return true;
        }
        if (h.starts("object", "network") && h.size() >= 3) {
            ObjectTable.NetObject o = st.objects.netObjects.computeIfAbsent(h.tok(2), n -> new ObjectTable.NetObject(n, h));
            st.used(h);
            for (ConfigLine c : b.children) st.guard(c, l -> objectLine(o, l, st));
            return true;
        }
        if (h.starts("object", "service") || h.starts("object", "protocol")) {
            b.all().forEach(st::used);
            return true;
        }
        return false;
    }

    private void member(ObjectTable.Group g, ConfigLine c, ParseState st) {
        // IOS object-groups drop the "network-object" word: " host A", " 10.1.1.0 255.255.255.0", " group-object G".
        int i = c.is(0, "network-object") ? 1 : 0;
        String k = c.kw(i);
        if (k.equals("host")) {
            g.members.add(new ObjectTable.RawMember("host", Net.host(st.address(c.tok(i + 1))), null, c));
        } else if (k.equals("object")) {
            g.members.add(new ObjectTable.RawMember("object", null, c.tok(i + 1), c));
        } else if (k.equals("group-object")) {
            g.members.add(new ObjectTable.RawMember("group", null, c.tok(i + 1), c));
        } else if (k.equals("range") && c.size() >= i + 3) {
            for (Net n : Ip.range(c.tok(i + 1), c.tok(i + 2))) {
                g.members.add(new ObjectTable.RawMember("net", n, null, c));
            }
        } else if (c.size() >= i + 2 && (c.tok(i).matches("[\\d.]+") || st.names.containsKey(c.tok(i)))) {
            g.members.add(new ObjectTable.RawMember("net", Ip.net(st.address(c.tok(i)), c.tok(i + 1), false), null, c));
        } else if (c.size() == i + 1 && c.tok(i).contains("/")) {
            g.members.add(new ObjectTable.RawMember("net", Net.parse(c.tok(i)), null, c)); // IOS "10.1.1.0 /24"-less form "10.1.1.0/24"
        } else {
            st.unparsed(c, "unknown object-group member");
            return;
        }
        st.used(c);
    }

    private void objectLine(ObjectTable.NetObject o, ConfigLine c, ParseState st) {
        switch (c.kw(0)) {
            case "host" -> { o.nets.add(Net.host(c.tok(1))); o.host = true; o.lines.add(c); }
            case "subnet" -> { o.nets.add(c.tok(1).indexOf('/') > 0 ? Net.parse(c.tok(1)) : Ip.net(c.tok(1), c.tok(2), false)); o.lines.add(c); }
            case "range" -> { o.nets.addAll(Ip.range(c.tok(1), c.tok(2))); o.lines.add(c); }
            case "nat" -> st.objects.objectNats.add(java.util.Map.entry(o.name, c));
            case "description" -> { }
            case "fqdn" -> { st.unparsed(c, "fqdn objects are not resolved"); return; }
            default -> { st.unparsed(c, "unknown object network line"); return; }
        }
        st.used(c);
    }

    /** The longest shorter prefix of n that is itself a member: at most 32 (IPv6: 128) hash look-ups, not a member x member search. */
    private static Net tightestContainer(Net n, Set<Net> nets) {
        for (int p = n.getPrefix() - 1; p >= 0; p--) {
            Net c = n.truncated(p);
            if (nets.contains(c)) return c;
        }
        return null;
    }

    @Override public void finish(ParseState st) {
        for (ObjectTable.Group g : st.objects.groups.values()) {
            if (!"network".equals(g.type)) continue;
            List<ObjectTable.Member> members = st.objects.expandGroup(g.name, st);
            Set<Net> nets = new HashSet<>();
            for (ObjectTable.Member m : members) nets.add(m.net());
            for (ObjectTable.Member m : members) {
                ObjectGroupMember o = new ObjectGroupMember(st.nextId(), st.side, m.origins(), g.name, m.net(), m.host(), m.via());
                o.setContainedBy(tightestContainer(m.net(), nets));
                st.add(o);
            }
        }
    }
}
