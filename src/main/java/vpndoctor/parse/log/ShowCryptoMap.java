package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.config.Ip;

/**
 * IOS/IOS-XE 'show crypto map': one block per entry ("Crypto Map IPv4 "NAME" 10 ipsec-isakmp"), then its
 * peers ("Peer = A"), ACL, transform sets, options and "Interfaces using crypto map NAME:" with the
 * interfaces under it. The device itself marks an entry it cannot use: "WARNING: This crypto map is in
 * an incomplete state! (missing peer or access-list definitions)". Such an entry is read as the
 * device's own report of an unusable map entry (CRYPTO_MAP_POLICY_NOT_FOUND, as the IOS message of the
 * same meaning) on the entry's peer; a complete entry is a trace of the map (IKE_TRACE) on its peer.
 * An entry that names no peer names no tunnel.
 * <p>
 * What the entry shows of the running config is kept on the event: its sequence number (mapSeq), the
 * transform sets it offers (transformSets, "NAME: t1 t2, NAME2: ...", transforms normalised as a
 * config's are, so two devices' outputs compare as their configs would) and the interfaces listed
 * under "Interfaces using crypto map" (interfaces): the device's own word that the map is applied.
 */
final class ShowCryptoMap extends StateBlock {
    private static final Pattern HEADER = Pattern.compile("^Crypto Map:? (?:IPv[46] )?\"?([^\" ]+)\"? (\\d+) (ipsec-isakmp|ipsec-manual|gdoi)\\b");
    private static final Pattern PEER = Pattern.compile("^(?:Peer = |Current peer: )" + Ip.ADDR + "$");
    /** Lines of an entry that carry nothing read here (options, ACL and transform-set listings). */
    private static final String[] FILLER = {
        "(missing peer", "Access-List SS dynamic", "Extended IP", "Extended IPv6", "IPv6 access", "access-list ", "permit ", "deny ",
        "No matching address list", "Security association lifetime", "Dualstack", "Responder-Only", "PFS (Y/N)", "DH group", "Mixed-mode",
        "Transform sets", "}", "IKEv2 Profile:", "ISAKMP Profile:", "Reverse Route Injection", "QOS pre-classification",
        "Description:", "Crypto Map IPv", "Crypto Map \"",
    };
    private static final Pattern TRANSFORM = Pattern.compile("^\\S+: +\\{ .*\\} ?,?$");
    /** One set of a "Transform sets={" listing: "B-SET:    { esp-aes  }," (one per line, or several on one line). */
    private static final Pattern SET = Pattern.compile("([^\\s{},=]+): *\\{([^}]*)\\}");
    private static final Pattern INTERFACE = Pattern.compile("^[A-Za-z][A-Za-z\\-]*\\d+(?:[/.:]\\d+)*$");

    private String map;
    private String mapSeq;
    private boolean incomplete;
    private final List<String> sets = new ArrayList<>(2);
    private final List<String> ifaces = new ArrayList<>(1);
    private String peer;
    private final List<Origin> lines = new ArrayList<>(3);
    private long seq;
    private boolean interfaces;
    private boolean seen;

    static boolean opens(String trimmed) {
        return trimmed.startsWith("Crypto Map") && HEADER.matcher(trimmed).find();
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        if (trimmed.isEmpty()) return ShowIpsecSa.Take.FILLER;
        Matcher m = HEADER.matcher(trimmed);
        if (m.find()) {
            finish();
            map = m.group(1);
            mapSeq = m.group(2);
            lines.add(origin.get());
            this.seq = seq;
            seen = true;
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (map == null) return ShowIpsecSa.Take.NOT_MINE;
        if (trimmed.startsWith("WARNING: This crypto map is in an incomplete state")) {
            incomplete = true;
            lines.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = PEER.matcher(trimmed)).find()) {
            if (peer == null || trimmed.startsWith("Current peer")) peer = m.group(1);
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (trimmed.startsWith("Interfaces using crypto map")) {
            interfaces = true;
            lines.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (trimmed.startsWith("Transform sets") || TRANSFORM.matcher(trimmed).find()) {
            boolean any = false;
            for (Matcher s = SET.matcher(trimmed); s.find(); any = true) {
                List<String> t = vpndoctor.model.config.TransformSet.normalise(List.of(s.group(2).trim().split("\\s+")));
                sets.add(s.group(1) + ": " + String.join(" ", t.stream().filter(x -> !x.isEmpty()).sorted().distinct().toList()));
            }
            if (any) lines.add(origin.get());
            return any ? ShowIpsecSa.Take.RELEVANT : ShowIpsecSa.Take.FILLER;
        }
        for (String f : FILLER) if (trimmed.startsWith(f)) return ShowIpsecSa.Take.FILLER;
        if (interfaces && INTERFACE.matcher(trimmed).find()) {
            ifaces.add(trimmed);
            lines.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        return ShowIpsecSa.Take.NOT_MINE;
    }

    private void finish() {
        if (map != null) {
            Parsed p = new Parsed();
            if (incomplete) {
                p.is(EventKind.CRYPTO_MAP_POLICY_NOT_FOUND);
                p.attr("detail", "show crypto map: entry incomplete");
            } else {
                p.is(EventKind.IKE_TRACE);
                p.attr("step", "show crypto map");
            }
            if (peer != null) p.peer(peer);
            else p.tunnelless = true;
            p.attr("map", map);
            p.attr("mapSeq", mapSeq);
            if (!sets.isEmpty()) p.attr("transformSets", String.join(", ", sets));
            if (!ifaces.isEmpty()) p.attr("interfaces", String.join(" ", ifaces));
            emit(p, lines, seq);
        }
        map = null;
        mapSeq = null;
        sets.clear();
        ifaces.clear();
        incomplete = false;
        peer = null;
        lines.clear();
        interfaces = false;
    }

    @Override void close() { finish(); }

    @Override Platform platform() { return seen ? Platform.IOS : null; }
}
