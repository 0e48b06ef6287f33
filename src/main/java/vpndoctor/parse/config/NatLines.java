package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.Net;
import vpndoctor.model.config.NatRule;
import vpndoctor.model.config.NatRule.Kind;
import vpndoctor.model.config.Ip;

/**
 * NAT in its three generations: PIX 6 / ASA 8.2 "nat (inside) 0 access-list A" + "static (in,out)",
 * ASA 8.3+ twice NAT "nat (in,out) source static A A destination static B B" and object NAT, and
 * IOS "ip nat inside source ...". All are resolved in finish(), after ACLs and objects exist,
 * because an exemption is only meaningful as the networks its ACL or objects name.
 */
final class NatLines implements TopicParser {
    private final List<ConfigLine> lines = new ArrayList<>();
    /** IOS route-maps by name, each sequence's block: a NAT rule "route-map RM" selects traffic by their 'match ip address' ACLs. */
    private final Map<String, List<Block>> routeMaps = new java.util.HashMap<>();
    /** IOS NAT pools by name: what "ip nat inside source list A pool P" translates to. */
    private final Map<String, List<Net>> pools = new java.util.HashMap<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (h.starts("route-map") && h.size() >= 2) {
            // kept for NAT; a route-map no NAT rule names (policy routing, BGP) stays out of scope
            routeMaps.computeIfAbsent(h.tok(1), k -> new ArrayList<>()).add(b);
            b.all().forEach(st::ignored);
            return true;
        }
        if (h.starts("global") && h.size() >= 3) { st.used(h); return true; }
        if ((h.starts("nat") || h.starts("static")) && h.size() >= 3 || h.starts("ip", "nat")) {
            lines.add(h);
            st.used(h);
            b.children.forEach(st::ignored);
            return true;
        }
        return false;
    }

    @Override public void finish(ParseState st) {
        // pools first: a rule may name a pool written below it
        for (ConfigLine l : lines) if (l.starts("ip", "nat", "pool")) st.guard(l, x -> pool(x, st));
        for (ConfigLine l : lines) if (!l.starts("ip", "nat", "pool")) st.guard(l, x -> one(x, st));
        for (Map.Entry<String, ConfigLine> e : st.objects.objectNats) st.guard(e.getValue(), x -> objectNat(e.getKey(), x, st));
    }

    private void one(ConfigLine l, ParseState st) {
        if (l.starts("ip", "nat")) { ios(l, st); return; }
        String[] ifs = ifaces(l.tok(1));
        if (l.is(0, "static")) { pixStatic(l, ifs, st); return; }
        if (ifs[1].isEmpty()) { pixNat(l, ifs[0], st); return; }
        twice(l, ifs, st);
    }

    /** "nat (inside) 0 access-list A" | "nat (inside) 0 NET MASK" | "nat (inside) 1 NET MASK" | "nat (inside) 1 access-list A". */
    private void pixNat(ConfigLine l, String iface, ParseState st) {
        int id = ParseState.integer(l.tok(2), "NAT id");
        if (l.is(3, "access-list")) {
            String acl = l.tok(4);
            List<Net>[] nets = aclNets(acl, st);
            add(l, st, id == 0 ? Kind.EXEMPTION : Kind.DYNAMIC, iface, "", acl, nets[0], nets[1], List.of(), false, false);
        } else {
            Net n = Ip.net(st.address(l.tok(3)), l.tok(4), false);
            add(l, st, id == 0 ? Kind.IDENTITY : Kind.DYNAMIC, iface, "", "", List.of(n), List.of(), List.of(), false, false);
        }
    }

    /** "static (in,out) [tcp|udp] MAPPED [port] REAL [port] [netmask M]" or "static (in,out) MAPPED access-list A". */
    private void pixStatic(ConfigLine l, String[] ifs, ParseState st) {
        int i = 2;
        boolean ports = l.is(i, "tcp") || l.is(i, "udp");
        if (ports) i++;
        String mapped = l.is(i, "interface") ? "" : st.address(l.tok(i));
        i += ports ? 2 : 1;
        if (l.is(i, "access-list")) {
            List<Net>[] nets = aclNets(l.tok(i + 1), st);
            add(l, st, Kind.STATIC, ifs[0], ifs[1], l.tok(i + 1), nets[0], nets[1], mapped.isEmpty() ? List.of() : List.of(Net.host(mapped)), false, false);
            return;
        }
        String real = st.address(l.tok(i));
        int m = l.indexOf("netmask");
        int prefix = m > 0 ? Ip.maskToPrefix(l.tok(m + 1)) : 32;
        Net r = Net.of(real, prefix);
        List<Net> mp = mapped.isEmpty() ? List.of() : List.of(Net.of(mapped, prefix));
        Kind k = !ports && mp.size() == 1 && mp.get(0).equals(r) ? Kind.IDENTITY : Kind.STATIC;
        add(l, st, k, ifs[0], ifs[1], "", List.of(r), List.of(), mp, false, false);
    }

    /** ASA 8.3+: "nat (in,out) [after-auto] [N] source static|dynamic REAL MAPPED [destination static MDST RDST] [flags]". */
    private void twice(ConfigLine l, String[] ifs, ParseState st) {
        int s = l.indexOf("source");
        if (s < 0) throw new NotUnderstood("nat line without 'source'");
        String type = l.kw(s + 1);
        String real = l.tok(s + 2);
        String mapped = l.is(s + 3, "pat-pool") ? l.tok(s + 4) : l.tok(s + 3);
        List<Net> srcs = resolve(real, st);
        List<Net> mapNets = mapped.equalsIgnoreCase("interface") ? List.of() : resolve(mapped, st);
        int d = l.indexOf("destination");
        List<Net> dsts = List.of();
        boolean dstIdentity = true;
        if (d > 0) {
            String mdst = l.tok(d + 2);
            String rdst = l.tok(d + 3);
            dsts = resolve(rdst, st);
            dstIdentity = mdst.equals(rdst) || resolve(mdst, st).equals(dsts);
        }
        Kind k;
        if (type.equals("static")) k = (real.equals(mapped) || srcs.equals(mapNets)) && dstIdentity ? Kind.IDENTITY : Kind.STATIC;
        else if (type.equals("dynamic")) k = Kind.DYNAMIC;
        else throw new NotUnderstood("expected 'source static' or 'source dynamic'");
        add(l, st, k, ifs[0], ifs[1], "", srcs, dsts, mapNets, l.indexOf("no-proxy-arp") > 0, l.indexOf("route-lookup") > 0);
    }

    /** " nat (in,out) static MAPPED|interface ..." / " nat (in,out) dynamic MAPPED|interface" under "object network O". */
    private void objectNat(String object, ConfigLine l, ParseState st) {
        String[] ifs = ifaces(l.tok(1));
        List<Net> srcs = st.objects.expandObject(object).stream().map(ObjectTable.Member::net).toList();
        String mapped = l.tok(3);
        List<Net> mp = mapped.equalsIgnoreCase("interface") || mapped.equalsIgnoreCase("pat-pool") ? List.of() : resolve(mapped, st);
        Kind k = switch (l.kw(2)) {
            case "static" -> mp.equals(srcs) ? Kind.IDENTITY : Kind.STATIC;
            case "dynamic" -> Kind.DYNAMIC;
            default -> throw new NotUnderstood("expected 'static' or 'dynamic' after nat (...)");
        };
        add(l, st, k, ifs[0], ifs[1], "", srcs, List.of(), mp, l.indexOf("no-proxy-arp") > 0, l.indexOf("route-lookup") > 0);
    }

    /** IOS "ip nat inside source list A interface X overload" / "... static [tcp|udp] REAL [p] MAPPED [p]" / "... route-map RM". */
    private void ios(ConfigLine l, ParseState st) {
        if (l.is(2, "pool") || l.is(2, "translation") || l.is(2, "service") || l.is(2, "log")) return; // supporting settings
        if (!l.starts("ip", "nat", "inside", "source")) throw new NotUnderstood("only 'ip nat inside source' rules are analysed");
        String how = l.kw(4);
        switch (how) {
            case "list" -> {
                List<Net>[] nets = aclNets(l.tok(5), st);
                List<Net> mapped = l.is(6, "pool") ? pools.getOrDefault(l.tok(7), List.of()) : List.of();
                add(l, st, Kind.DYNAMIC, "", "", l.tok(5), nets[0], nets[1], mapped, false, false);
            }
            case "route-map" -> routeMapNat(l, st);
            case "static" -> {
                int i = 5;
                boolean ports = l.is(i, "tcp") || l.is(i, "udp");
                if (l.is(i, "network")) i++;
                if (ports) i++;
                Net real = Net.host(st.address(l.tok(i)));
                i += ports ? 2 : 1;
                Net mapped = Net.host(st.address(l.tok(i)));
                add(l, st, !ports && real.equals(mapped) ? Kind.IDENTITY : Kind.STATIC, "", "", "", List.of(real), List.of(), List.of(mapped), false, false);
            }
            default -> throw new NotUnderstood("unknown 'ip nat inside source " + how + "'");
        }
    }

    /**
     * "ip nat inside source route-map RM ...": when RM's sequences are all permits matching one ACL, the rule
     * selects traffic by that ACL (first match wins inside it, as for "source list"); otherwise (deny sequences,
     * several ACLs, an RM not given) the rule keeps the route-map's name and no networks.
     */
    private void routeMapNat(ConfigLine l, ParseState st) {
        String name = l.tok(5);
        List<Block> seqs = routeMaps.getOrDefault(name, List.of());
        java.util.Set<String> acls = new java.util.LinkedHashSet<>();
        List<ConfigLine> used = new ArrayList<>();
        boolean permitsOnly = !seqs.isEmpty();
        for (Block b : seqs) {
            permitsOnly &= b.header.size() < 3 || b.header.is(2, "permit");
            for (ConfigLine c : b.children) {
                if (c.starts("match", "ip", "address") && c.size() == 4 && !c.is(3, "prefix-list")) {
                    acls.add(c.tok(3));
                    used.add(b.header);
                    used.add(c);
                }
            }
        }
        if (!permitsOnly || acls.size() != 1) {
            add(l, st, Kind.DYNAMIC, "", "", "route-map " + name, List.of(), List.of(), List.of(), false, false);
            return;
        }
        String acl = acls.iterator().next();
        List<Net>[] nets = aclNets(acl, st);
        used.forEach(st::used);
        List<vpndoctor.model.Origin> origins = new ArrayList<>(List.of(l.origin));
        used.forEach(c -> origins.add(c.origin));
        st.add(new NatRule(st.nextId(), st.side, origins, Kind.DYNAMIC, "", "", acl, nets[0], nets[1], List.of(), false, false));
    }

    /** "ip nat pool NAME START END netmask M | prefix-length N": the addresses a dynamic rule maps to (the pool's block). */
    private void pool(ConfigLine l, ParseState st) {
        if (l.size() < 6) return;
        String start = st.address(l.tok(4));
        String end = st.address(l.tok(5));
        int prefix = l.is(6, "netmask") ? Ip.maskToPrefix(l.tok(7)) : l.is(6, "prefix-length") ? ParseState.integer(l.tok(7), "prefix length") : 32;
        pools.put(l.tok(3), List.of(start.equals(end) ? Net.host(start) : Net.of(start, prefix)));
    }

    private void add(ConfigLine l, ParseState st, Kind k, String real, String mapped, String acl, List<Net> src, List<Net> dst,
                     List<Net> mappedSrc, boolean noProxyArp, boolean routeLookup) {
        st.add(new NatRule(st.nextId(), st.side, List.of(l.origin), k, real, mapped, acl, src, dst, mappedSrc, noProxyArp, routeLookup));
    }

    /** "(inside)" -> [inside, ""], "(inside,outside)" -> [inside, outside]. */
    private static String[] ifaces(String token) {
        if (!token.startsWith("(") || !token.endsWith(")")) throw new NotUnderstood("expected (interface) after nat/static, got '" + token + "'");
        String[] p = token.substring(1, token.length() - 1).split(",", -1);
        return new String[] {p[0], p.length > 1 ? p[1] : ""};
    }

    /** Object, object-group, "any" or a literal address, to networks. */
    private static List<Net> resolve(String name, ParseState st) {
        if (name.equalsIgnoreCase("any")) return List.of(Net.ANY);
        if (st.objects.netObjects.containsKey(name)) return st.objects.expandObject(name).stream().map(ObjectTable.Member::net).toList();
        if (st.objects.isNetworkGroup(name)) return st.objects.expandGroup(name, st).stream().map(ObjectTable.Member::net).toList();
        return List.of(Net.host(st.address(name)));
    }

    /** Sources and destinations of an ACL's permit entries (the traffic a policy NAT rule selects). */
    @SuppressWarnings("unchecked")
    private static List<Net>[] aclNets(String acl, ParseState st) {
        List<Net> src = new ArrayList<>();
        List<Net> dst = new ArrayList<>();
        boolean any = false;
        for (Object f : st.facts) {
            if (f instanceof AclEntry e && e.getAcl().equals(acl)) {
                any = true;
                if (!e.isPermit()) continue;
                if (!src.contains(e.getSource())) src.add(e.getSource());
                if (!dst.contains(e.getDestination()) && !e.getDestination().isAny()) dst.add(e.getDestination());
            }
        }
        if (!any) throw new NotUnderstood("access-list " + acl + " used by NAT is not defined");
        return new List[] {src, dst};
    }
}
