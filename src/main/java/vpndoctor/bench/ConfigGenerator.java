package vpndoctor.bench;

import vpndoctor.model.config.Ip;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A big ASA 9 hub config and its mirror, for the config-size benchmarks (issue 14): N crypto map
 * entries (entry 1 to the peer device, the others to spokes that have no config here), an
 * object-group of M networks in entry 1's crypto ACL (and in the NAT exemption), and K interface
 * ACL lines. peer.cfg is the same hub seen from the other side: entry 1 points back at us with the
 * mirrored ACL, its other entries go to its own spokes. One fault (or none) is injected on the
 * pair's tunnel; every spoke tunnel must stay without a root cause. Same arguments, same bytes.
 */
public final class ConfigGenerator {
    static final String HUB = "198.51.100.1";
    static final String PEER = "203.0.113.1";
    /** The faults the generator can inject (the --fault values). */
    public static final java.util.List<String> FAULTS =
            java.util.List.of("NONE", "TRANSFORM_SET_MISMATCH", "PSK_MISMATCH", "ENCRYPTION_DOMAIN_MISMATCH", "PFS_MISMATCH");

    private final int entries;
    private final int members;
    private final int aclLines;
    private final long seed;
    private final String fault;

    public ConfigGenerator(int entries, int members, int aclLines, long seed, String fault) {
        if (entries < 1 || entries > 60_000) throw new IllegalArgumentException("crypto entries must be 1..60000, was " + entries);
        if (members < 1 || members > 1_000_000) throw new IllegalArgumentException("group members must be 1..1000000, was " + members);
        if (aclLines < 0) throw new IllegalArgumentException("ACL lines must be >= 0, was " + aclLines);
        if (!FAULTS.contains(fault)) {
            throw new IllegalArgumentException("unknown fault " + fault + ": expected one of " + String.join(", ", FAULTS));
        }
        this.entries = entries;
        this.members = members;
        this.aclLines = aclLines;
        this.seed = seed;
        this.fault = fault;
    }

    /** A spoke of the hub (side 0 = ours, 1 = the peer's), k >= 2. */
    static String spoke(int side, int k) {
        return "100." + (64 + side * 32 + k / 62_500) + "." + (k / 250 % 250) + "." + (k % 250 + 1);
    }

    /** The hub's own network number m of the big group: 10.x.y.0/24. */
    private static String hubNet(int m) {
        // the m-th /24 after 10.1.0.0, wrapping inside 10/8 as before
        return Ip.plus("10.0.0.0", 256L * Math.floorMod(256 + m, 65_536));
    }

    /** Spoke k's protected network (ours: 172.16+ ; the peer's spokes: 192.168 / 172.24+). */
    private static String spokeNet(int side, int k) {
        // address k of the side's /13 (172.16/13 ours, 172.24/13 the peer's)
        return Ip.plus(side == 0 ? "172.16.0.0" : "172.24.0.0", Math.floorMod(k, 8 * 65_536));
    }

    public long writeLocal(Path file) throws IOException { return write(file, 0); }
    public long writePeer(Path file) throws IOException { return write(file, 1); }

    private long write(Path file, int side) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + side);
        boolean peer = side == 1;
        String me = peer ? PEER : HUB, them = peer ? HUB : PEER;
        long[] n = {0};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            Out o = s -> { w.write(s); w.write('\n'); n[0]++; };
            o.line(": Saved");
            o.line("ASA Version 9.8(4)");
            o.line("!");
            o.line("hostname " + (peer ? "asa-dc2" : "asa-hub"));
            o.line("names");
            o.line("interface GigabitEthernet1/1");
            o.line(" nameif outside");
            o.line(" security-level 0");
            o.line(" ip address " + me + " 255.255.255.0");
            o.line("!");
            o.line("interface GigabitEthernet1/2");
            o.line(" nameif inside");
            o.line(" security-level 100");
            o.line(" ip address " + (peer ? "192.168.0.1 255.255.255.0" : "10.0.0.1 255.255.255.0"));
            o.line("!");
            // the pair's protected networks: the hub's big group, and the peer's one network
            o.line("object-group network HUB-NETS");
            int hubMembers = peer && fault.equals("ENCRYPTION_DOMAIN_MISMATCH") ? members - 1 : members;
            if (hubMembers == 0) o.line(" network-object host 10.255.255.254");
            for (int m = 0; m < hubMembers; m++) o.line(" network-object " + hubNet(m) + " 255.255.255.0");
            o.line("object-group network DC2-NETS");
            o.line(" network-object 192.168.0.0 255.255.255.0");
            String mine = peer ? "DC2-NETS" : "HUB-NETS", theirs = peer ? "HUB-NETS" : "DC2-NETS";
            o.line("object network obj_any");
            o.line(" subnet 0.0.0.0 0.0.0.0");
            o.line("access-list cmap_1 extended permit ip object-group " + mine + " object-group " + theirs);
            String ownNet = peer ? "192.168.0.0" : "10.0.0.0";
            for (int k = 2; k <= entries; k++) {
                o.line("access-list cmap_" + k + " extended permit ip " + ownNet + " 255.255.255.0 " + spokeNet(side, k) + " 255.255.255.0");
            }
            for (int i = 0; i < aclLines; i++) {
                int port = new int[] {22, 80, 443, 8443, 3389, 25, 53}[rnd.nextInt(7)];
                o.line("access-list outside_access_in extended permit tcp any host " + ownNetHost(peer, rnd) + " eq " + port);
            }
            o.line("access-group outside_access_in in interface outside");
            o.line("nat (inside,outside) source static " + mine + " " + mine + " destination static " + theirs + " " + theirs + " no-proxy-arp route-lookup");
            o.line("object network obj_any");
            o.line(" nat (inside,outside) dynamic interface");
            o.line("route outside 0.0.0.0 0.0.0.0 " + (peer ? "203.0.113.254" : "198.51.100.254") + " 1");
            o.line("crypto ipsec ikev1 transform-set ESP-AES-SHA esp-aes esp-sha-hmac");
            o.line("crypto ipsec ikev1 transform-set ESP-3DES-MD5 esp-3des esp-md5-hmac");
            for (int k = 1; k <= entries; k++) {
                String p = k == 1 ? them : spoke(side, k);
                o.line("crypto map outside_map " + k + " match address cmap_" + k);
                if (k == 1 && !peer && fault.equals("PFS_MISMATCH")) o.line("crypto map outside_map 1 set pfs group14");
                o.line("crypto map outside_map " + k + " set peer " + p);
                String ts = k == 1 && peer && fault.equals("TRANSFORM_SET_MISMATCH") ? "ESP-3DES-MD5" : "ESP-AES-SHA";
                o.line("crypto map outside_map " + k + " set ikev1 transform-set " + ts);
            }
            o.line("crypto map outside_map interface outside");
            o.line("crypto ikev1 enable outside");
            o.line("crypto ikev1 policy 10");
            o.line(" authentication pre-share");
            o.line(" encryption aes");
            o.line(" hash sha");
            o.line(" group 2");
            o.line(" lifetime 86400");
            for (int k = 1; k <= entries; k++) {
                String p = k == 1 ? them : spoke(side, k);
                o.line("tunnel-group " + p + " type ipsec-l2l");
                o.line("tunnel-group " + p + " ipsec-attributes");
                String key = k == 1 ? (peer && fault.equals("PSK_MISMATCH") ? "Other-Key-1" : "Hub-Key-1") : "Spoke-Key-" + side + "-" + k;
                o.line(" ikev1 pre-shared-key " + key);
            }
            o.line(": end");
        }
        return n[0];
    }

    private static String ownNetHost(boolean peer, SplittableRandom rnd) {
        return peer ? "192.168.0." + (1 + rnd.nextInt(254)) : "10.0.0." + (1 + rnd.nextInt(254));
    }

    @FunctionalInterface
    private interface Out { void line(String s) throws IOException; }

    /** The expected result in bench check's shape: the pair's tunnel carries the fault, every spoke none. */
    public String faultsJson() {
        StringBuilder b = new StringBuilder("{\n  \"seed\": ").append(seed).append(", \"cryptoEntries\": ").append(entries)
                .append(", \"groupMembers\": ").append(members).append(", \"aclLines\": ").append(aclLines).append(",\n  \"tunnels\": [\n");
        String cause = fault.equals("NONE") ? "null" : "\"" + fault + "\"";
        b.append("    {\"peer\": \"").append(PEER).append("\", \"fault\": \"").append(fault).append("\", \"expectedCause\": ").append(cause).append('}');
        for (int k = 2; k <= entries; k++) {
            b.append(",\n    {\"peer\": \"").append(spoke(0, k)).append("\", \"fault\": \"NONE\", \"expectedCause\": null}");
        }
        return b.append("\n  ]\n}\n").toString();
    }
}
