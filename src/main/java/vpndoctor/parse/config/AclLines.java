package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vpndoctor.model.Origin;
import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.PortMatch;

/**
 * Access lists: PIX/ASA "access-list A [extended] permit ...", IOS numbered "access-list 101 ..."
 * and named "ip access-list extended NAME" blocks. Lines are collected while reading and turned
 * into AclEntry facts in finish(), once every object-group they may name is known.
 */
public final class AclLines implements TopicParser {
    private record Pending(String acl, int index, boolean standard, int actionAt, ConfigLine line) {}

    /** An ACL line whose object-groups expand to more source x destination pairs than this is not expanded. */
    static final long MAX_PAIRS_PER_LINE = 200_000;
    /** The start of the reason given for such a line (EvidenceLoader turns it into a note of the diagnosis). */
    public static final String TOO_LARGE = "too large to expand";

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (h.starts("access-list")) {
            st.guard(h, l -> oneLine(l, st));
            b.children.forEach(st::ignored);
            return true;
        }
        if (h.starts("ip", "access-list") && (h.is(2, "extended") || h.is(2, "standard")) && h.size() >= 4) {
            st.used(h);
            boolean standard = h.is(2, "standard");
            for (ConfigLine c : b.children) {
                st.guard(c, l -> {
                    if (l.is(0, "remark")) { st.used(l); return; }
                    int a = l.tok(0).matches("\\d+") ? 1 : 0; // optional sequence number
                    if (!l.is(a, "permit") && !l.is(a, "deny")) { st.unparsed(l, "not a permit/deny entry"); return; }
                    add(h.tok(3), standard, a, l, st);
                });
            }
            return true;
        }
        if (h.starts("ipv6", "access-list") && h.size() >= 3) {
            st.used(h);
            // ASA 8.x writes one line per entry ("ipv6 access-list A permit ip ..."), IOS a block
            if (h.is(3, "permit") || h.is(3, "deny")) { add(h.tok(2), false, 3, h, st); return true; }
            for (ConfigLine c : b.children) {
                st.guard(c, l -> {
                    if (l.is(0, "remark")) { st.used(l); return; }
                    int a = l.is(0, "sequence") ? 2 : 0;
                    if (!l.is(a, "permit") && !l.is(a, "deny")) { st.unparsed(l, "not a permit/deny entry"); return; }
                    add(h.tok(2), false, a, l, st);
                });
            }
            return true;
        }
        return false;
    }

    private void oneLine(ConfigLine l, ParseState st) {
        if (l.is(1, "compiled") || l.is(2, "remark") || l.size() == 2) { st.used(l); return; }
        String acl = l.tok(1);
        int i = 2;
        if (l.is(i, "line") && l.tok(i + 1).matches("\\d+")) i += 2; // ASA "access-list A line 3 extended ..."
        boolean standard = false;
        if (l.is(i, "extended")) i++;
        else if (l.is(i, "standard")) { standard = true; i++; }
        else if (l.is(i, "webtype") || l.is(i, "ethertype") || l.is(i, "rename")) { st.unparsed(l, "access-list " + l.kw(i) + " is not analysed"); return; }
        if (l.is(i, "dynamic")) i += 2; // IOS dynamic (lock-and-key) name
        if (st.ios() && acl.matches("\\d+")) { // PIX/ASA numbered ACLs are all extended
            int n = ParseState.integer(acl, "ACL number");
            standard |= (n >= 1 && n <= 99) || (n >= 1300 && n <= 1999);
        }
        if (!l.is(i, "permit") && !l.is(i, "deny")) { st.unparsed(l, "expected permit or deny after the ACL name"); return; }
        add(acl, standard, i, l, st);
    }

    private void add(String acl, boolean standard, int actionAt, ConfigLine l, ParseState st) {
        int index = counters.merge(acl, 1, Integer::sum);
        pending.add(new Pending(acl, index, standard, actionAt, l));
        st.used(l);
    }

    @Override public void finish(ParseState st) {
        for (Pending p : pending) st.guard(p.line(), l -> build(p, st));
    }

    private void build(Pending p, ParseState st) {
        ConfigLine l = p.line();
        boolean wildcard = st.ios();
        int i = p.actionAt();
        String action = l.kw(i++);
        String protocol = "ip";
        if (!p.standard()) {
            protocol = l.kw(i++);
            if (protocol.equals("object-group") || protocol.equals("object")) {
                throw new NotUnderstood("protocol given by " + protocol + " " + l.tok(i) + " is not analysed");
            }
            if (protocol.isEmpty()) throw new NotUnderstood("ACL line ends before the protocol");
            if (protocol.equals("ipv6")) protocol = "ip"; // IOS IPv6 ACLs: "permit ipv6 A B" is "any protocol"
        }
        boolean ports = protocol.equals("tcp") || protocol.equals("udp") || protocol.equals("tcp-udp");
        AclAddress.Spec src = AclAddress.address(l, i, wildcard, p.standard(), st);
        int[] pos = {src.next()};
        PortMatch sp = ports ? AclAddress.port(l, pos, st) : PortMatch.ANY;
        AclAddress.Spec dst = p.standard()
                ? new AclAddress.Spec(List.of(new ObjectTable.Member(vpndoctor.model.config.Net.ANY, false, List.of(), List.of())), "", false, pos[0])
                : AclAddress.address(l, pos[0], wildcard, false, st);
        pos[0] = dst.next();
        PortMatch dp = ports ? AclAddress.port(l, pos, st) : PortMatch.ANY;
        if (l.from(pos[0]).stream().anyMatch(t -> t.equalsIgnoreCase("inactive"))) {
            st.used(l); // ASA inactive entries do not filter anything
            return;
        }
        long pairs = (long) src.members().size() * dst.members().size();
        if (pairs > MAX_PAIRS_PER_LINE) {
            // one fact per source x destination pair would not fit in memory: say so, compare the rest
            st.unparsed(l, TOO_LARGE + ": " + src.members().size() + " source x " + dst.members().size() + " destination networks = "
                    + pairs + " pairs, over the limit of " + MAX_PAIRS_PER_LINE + "; this line is left out of the comparisons, the other lines are compared");
            return;
        }
        for (ObjectTable.Member s : src.members()) {
            for (ObjectTable.Member d : dst.members()) {
                Set<Origin> origins = new LinkedHashSet<>();
                origins.add(l.origin);
                origins.addAll(s.origins());
                origins.addAll(d.origins());
                st.add(new AclEntry(st.nextId(), st.side, new ArrayList<>(origins), p.acl(), p.index(), action, protocol,
                        s.net(), sp, d.net(), dp, src.group(), dst.group(), s.host(), d.host()));
            }
        }
    }
}
