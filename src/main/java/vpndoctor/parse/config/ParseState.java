package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.model.config.ConfigUnparsed;
import vpndoctor.model.config.Ip;
import vpndoctor.model.config.Net;

/**
 * Everything the topic parsers share while reading one config: side, platform, the fact list,
 * id counter, each line's fate (used / ignored / unparsed) and the cross-topic tables (PIX names,
 * object-groups, ACL lines) that are only resolved once the whole file is read.
 */
final class ParseState {
    enum Fate { IGNORED, USED, UNPARSED }

    final String source;
    final Side side;
    final Platform platform;
    final String version;
    final List<Object> facts = new ArrayList<>();
    final List<ConfigUnparsed> unparsed = new ArrayList<>();
    final Map<Integer, Fate> fates = new HashMap<>();
    /** PIX "name 10.1.1.1 server1": name -> address. */
    final Map<String, String> names = new HashMap<>();
    final ObjectTable objects = new ObjectTable();
    private int nextId = 1;
    private int keyOrder = 0;

    ParseState(String source, Side side, Platform platform, String version) {
        this.source = source;
        this.side = side;
        this.platform = platform;
        this.version = version;
    }

    /** Fact ids are "Lc1", "Pc1"...: the side letter keeps local and peer ids apart in one session. */
    String nextId() { return (side == Side.LOCAL ? "L" : "P") + "c" + nextId++; }

    /** Whether a fact id is one nextId mints (a fact read from a config line). */
    static boolean isConfigFactId(String id) { return id != null && CONFIG_ID.matcher(id).matches(); }

    private static final java.util.regex.Pattern CONFIG_ID = java.util.regex.Pattern.compile("[LP]c[0-9]+");
    int nextKeyOrder() { return ++keyOrder; }

    void add(Object fact) { facts.add(fact); }

    void used(ConfigLine line) {
        if (fates.get(line.no) != Fate.UNPARSED) fates.put(line.no, Fate.USED);
    }
    boolean isUnparsed(ConfigLine line) { return fates.get(line.no) == Fate.UNPARSED; }
    void ignored(ConfigLine line) { fates.putIfAbsent(line.no, Fate.IGNORED); }

    /** Records a line that could not be used; a line is reported once even if several topics complain. */
    void unparsed(ConfigLine line, String reason) {
        if (fates.get(line.no) == Fate.UNPARSED) return;
        fates.put(line.no, Fate.UNPARSED);
        ConfigUnparsed u = new ConfigUnparsed(nextId(), side, line.origin, reason);
        unparsed.add(u);
        facts.add(u);
    }

    /**
     * Runs work on one line; a line the work does not understand ({@link NotUnderstood}, with its
     * reason) becomes a ConfigUnparsed and reading goes on. Nothing else is caught: a parser's own
     * bug (an index past the end, a null) is not an "unparsed line", and the fuzz targets find it.
     */
    void guard(ConfigLine line, Consumer<ConfigLine> work) {
        try {
            work.accept(line);
        } catch (NotUnderstood e) {
            unparsed(line, e.getMessage());
        }
    }

    /** Token i of t, or NotUnderstood "expected WHAT" when the line ends before it. */
    static String word(List<String> t, int i, String what) {
        if (i >= t.size()) throw new NotUnderstood("expected " + what);
        return t.get(i);
    }

    /** An address token, or a PIX name standing for one; a bad one throws with a readable message. */
    String address(String token) {
        String a = names.getOrDefault(token, token);
        return Ip.canonical(a);
    }

    /**
     * A key's peer at token i: "A [M]", "A/len" or "ipv6 A/len" (IOS keyrings and isakmp keys), as
     * {address, mask} where an IPv6 mask is written "/len". A bad address or mask throws.
     */
    String[] addressAndMask(ConfigLine l, int i) {
        if (l.is(i, "ipv6")) i++;
        String t = l.tok(i);
        int slash = t.indexOf('/');
        if (slash > 0) {
            Net n = Net.parse(address(t.substring(0, slash)) + t.substring(slash));
            return new String[] {address(t.substring(0, slash)), n.isIpv6() ? "/" + n.getPrefix() : n.getMask()};
        }
        String a = address(t);
        if (a.indexOf(':') >= 0) return new String[] {a, "/128"};
        String m = l.is(i + 1, "netmask") ? l.tok(i + 2) : l.tok(i + 1);
        if (Ip.isIpv4(m)) { Ip.maskToPrefix(m); return new String[] {a, m}; }
        // IOS prints the wildcard key "address 0.0.0.0 0.0.0.0" as "address 0.0.0.0" (no mask): no peer has
        // the address 0.0.0.0, so a mask-less 0.0.0.0 is any address, never that one host
        if (a.equals("0.0.0.0")) return new String[] {a, "0.0.0.0"};
        return new String[] {a, "255.255.255.255"};
    }

    /** An address, a PIX name, or (IOS set peer) a hostname kept as written. */
    String peerAddress(String token) {
        if (names.containsKey(token)) return names.get(token);
        if (token.matches("[-\\d.:]+") || Ip.looksLikeAddress(token)) return Ip.canonical(token);
        // a host name starts and ends with a letter or digit ("-1.0.0.0" is neither name nor address)
        if (!token.matches("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")) {
            throw new NotUnderstood("peer '" + token + "' is neither an address nor a host name");
        }
        return token;
    }

    boolean ios() { return platform == Platform.IOS; }

    /** A KeyringPeer for an address and mask ("255.255.255.0" or "/len") or a hostname (no address: prefix -1). */
    vpndoctor.model.config.KeyringPeer keyringPeer(List<ConfigLine> lines, String ring, String peerName, String addr, String mask,
                                                   String host, String localKey, String remoteKey) {
        int prefix = addr.isEmpty() ? -1 : mask.startsWith("/") ? Integer.parseInt(mask.substring(1))
                : mask.isEmpty() ? (addr.indexOf(':') >= 0 ? 128 : 32) : Ip.maskToPrefix(mask);
        return new vpndoctor.model.config.KeyringPeer(nextId(), side, origins(lines), ring, peerName, addr, prefix, host,
                localKey, remoteKey);
    }

    static List<Origin> origins(List<ConfigLine> lines) {
        List<Origin> o = new ArrayList<>(lines.size());
        for (ConfigLine l : lines) o.add(l.origin);
        return o;
    }

    static int integer(String token, String what) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new NotUnderstood("bad " + what + " '" + token + "'");
        }
    }
}
