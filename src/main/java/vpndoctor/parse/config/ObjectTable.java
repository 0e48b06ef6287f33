package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vpndoctor.model.Origin;
import vpndoctor.model.config.Net;

/**
 * Object-groups and ASA network objects as written, and their expansion into networks. Expansion
 * is lazy (done after the whole file is read) because a paste may use a group before defining it.
 */
final class ObjectTable {
    /** A member line as written: kind "net", "host", "object" (ref = object name) or "group" (ref = group name). */
    record RawMember(String kind, Net net, String ref, ConfigLine line) {}

    /** One network after expansion, with the chain of groups it came through and the lines behind it. */
    record Member(Net net, boolean host, List<String> via, List<Origin> origins) {}

    static final class Group {
        final String name;
        final String type;
        final ConfigLine header;
        final List<RawMember> members = new ArrayList<>();
        Group(String name, String type, ConfigLine header) { this.name = name; this.type = type; this.header = header; }
    }

    static final class NetObject {
        final String name;
        final ConfigLine header;
        final List<Net> nets = new ArrayList<>();
        final List<ConfigLine> lines = new ArrayList<>();
        boolean host;
        NetObject(String name, ConfigLine header) { this.name = name; this.header = header; }
    }

    final Map<String, Group> groups = new LinkedHashMap<>();
    final Map<String, NetObject> netObjects = new LinkedHashMap<>();
    /** ASA object NAT lines (" nat (in,out) static X" under "object network O"): object name + line. */
    final List<Map.Entry<String, ConfigLine>> objectNats = new ArrayList<>();

    boolean isNetworkGroup(String name) {
        Group g = groups.get(name);
        return g != null && "network".equals(g.type);
    }

    boolean isServiceGroup(String name) {
        Group g = groups.get(name);
        return g != null && !"network".equals(g.type);
    }

    /** Members of an ASA network object; unknown object -> NotUnderstood. */
    List<Member> expandObject(String name) {
        NetObject o = netObjects.get(name);
        if (o == null) throw new NotUnderstood("object " + name + " not defined");
        if (o.nets.isEmpty()) throw new NotUnderstood("object " + name + " has no address");
        List<Origin> origins = ParseState.origins(o.lines);
        List<Member> out = new ArrayList<>();
        for (Net n : o.nets) out.add(new Member(n, o.host, List.of(), origins));
        return out;
    }

    /**
     * Flattened members of a network group. A group-object cycle (G1 > G2 > G1) is reported once on
     * the line that closes it and that branch is skipped, so the rest of the group still counts.
     */
    List<Member> expandGroup(String name, ParseState st) {
        if (!groups.containsKey(name)) throw new NotUnderstood("object-group " + name + " not defined");
        List<Member> out = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        path.add(name);
        flatten(groups.get(name), path, new ArrayList<>(), List.of(), out, st);
        return out;
    }

    private void flatten(Group g, Deque<String> path, List<String> via, List<Origin> viaOrigins, List<Member> out, ParseState st) {
        for (RawMember m : g.members) {
            List<Origin> origins = new ArrayList<>();
            origins.add(m.line().origin);
            origins.addAll(viaOrigins);
            switch (m.kind()) {
                case "net", "host" -> out.add(new Member(m.net(), m.kind().equals("host"), List.copyOf(via), origins));
                case "object" -> {
                    try {
                        for (Member om : expandObject(m.ref())) {
                            List<Origin> o2 = new ArrayList<>(origins);
                            o2.addAll(om.origins());
                            out.add(new Member(om.net(), om.host(), List.copyOf(via), o2));
                        }
                    } catch (NotUnderstood e) {
                        st.unparsed(m.line(), e.getMessage());
                    }
                }
                case "group" -> {
                    Group sub = groups.get(m.ref());
                    if (sub == null) {
                        st.unparsed(m.line(), "group-object " + m.ref() + " not defined");
                    } else if (path.contains(sub.name)) {
                        st.unparsed(m.line(), "group-object cycle: " + String.join(" > ", path) + " > " + sub.name);
                    } else {
                        path.addLast(sub.name);
                        List<String> via2 = new ArrayList<>(via);
                        via2.add(sub.name);
                        List<Origin> vo = new ArrayList<>(viaOrigins);
                        vo.add(0, m.line().origin);
                        flatten(sub, path, via2, vo, out, st);
                        path.removeLast();
                    }
                }
                default -> { }
            }
        }
    }
}
