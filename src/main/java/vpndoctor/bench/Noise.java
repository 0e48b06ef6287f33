package vpndoctor.bench;

import java.util.SplittableRandom;

/**
 * The other 98% of a firewall's day: connections and translations built and torn down, denied
 * packets, logins, commands, and the routers' interface, OSPF and config messages. Addresses and
 * ports vary per line as they do on a real network, which is what makes aggregation matter.
 */
final class Noise {
    private static final String[] TEARDOWN = {"TCP FINs", "TCP FINs", "TCP FINs", "TCP Reset-O", "TCP Reset-I", "Conn-timeout"};
    private static final String[] IOS_HOSTS = {"rtr-br1", "rtr-br2", "core-sw1"};

    private final SplittableRandom rnd;

    Noise(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** One unrelated message: {host-is-asa, text}. */
    String next(StringBuilder host) {
        int r = rnd.nextInt(100);
        host.setLength(0);
        if (r < 90) host.append("asa-hq ");
        else host.append(IOS_HOSTS[rnd.nextInt(IOS_HOSTS.length)]).append(' ').append(rnd.nextInt(1, 999_999)).append(": ");
        String in = inside(), out = outside();
        int ip = port(), op = rnd.nextBoolean() ? 443 : port();
        long id = rnd.nextLong(1, 99_999_999);
        if (r < 30) return "%ASA-6-302013: Built outbound TCP connection " + id + " for outside:" + out + "/" + op + " (" + out + "/" + op + ") to inside:" + in + "/" + ip + " (198.51.100.1/" + port() + ")";
        if (r < 60) return "%ASA-6-302014: Teardown TCP connection " + id + " for outside:" + out + "/" + op + " to inside:" + in + "/" + ip + " duration 0:00:" + two(rnd.nextInt(60)) + " bytes " + rnd.nextInt(1, 9_000_000) + " " + TEARDOWN[rnd.nextInt(TEARDOWN.length)];
        if (r < 66) return "%ASA-6-302015: Built outbound UDP connection " + id + " for outside:" + out + "/53 (" + out + "/53) to inside:" + in + "/" + ip + " (198.51.100.1/" + ip + ")";
        if (r < 72) return "%ASA-6-302016: Teardown UDP connection " + id + " for outside:" + out + "/53 to inside:" + in + "/" + ip + " duration 0:02:01 bytes " + rnd.nextInt(40, 1500);
        if (r < 77) return "%ASA-6-305011: Built dynamic TCP translation from inside:" + in + "/" + ip + " to outside:198.51.100.1/" + port();
        if (r < 82) return "%ASA-6-305012: Teardown dynamic TCP translation from inside:" + in + "/" + ip + " to outside:198.51.100.1/" + port() + " duration 0:00:" + two(rnd.nextInt(60));
        if (r < 87) return "%ASA-4-106023: Deny tcp src outside:" + out + "/" + port() + " dst inside:" + in + "/" + (rnd.nextBoolean() ? 22 : 3389) + " by access-group \"outside_access_in\" [0x0, 0x0]";
        if (r < 88) return "%ASA-6-605005: Login permitted from 10.10.0." + rnd.nextInt(2, 250) + "/" + port() + " to inside:10.10.0.1/ssh for user \"admin\"";
        if (r < 89) return "%ASA-5-111008: User 'admin' executed the 'show running-config' command.";
        if (r < 90) return "%ASA-6-110002: Failed to locate egress interface for UDP from inside:" + in + "/" + ip + " to 224.0.0.251/5353";
        return switch (r % 5) {
            case 0 -> "%OSPF-5-ADJCHG: Process 1, Nbr 10.20.0." + rnd.nextInt(2, 9) + " on GigabitEthernet0/1 from LOADING to FULL, Loading Done";
            case 1 -> "%LINK-3-UPDOWN: Interface GigabitEthernet0/" + rnd.nextInt(4) + ", changed state to " + (rnd.nextBoolean() ? "up" : "down");
            case 2 -> "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/" + rnd.nextInt(4) + ", changed state to up";
            case 3 -> "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: netops] [Source: 10.20.0." + rnd.nextInt(2, 250) + "] [localport: 22]";
            default -> "%SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.30.1." + rnd.nextInt(2, 250) + ")";
        };
    }

    private String inside() {
        return "10." + rnd.nextInt(0, 4) + "." + rnd.nextInt(0, 256) + "." + rnd.nextInt(1, 255);
    }

    private String outside() {
        return (rnd.nextInt(1, 223)) + "." + rnd.nextInt(0, 256) + "." + rnd.nextInt(0, 256) + "." + rnd.nextInt(1, 255);
    }

    private int port() {
        return rnd.nextInt(1024, 65536);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
