package vpndoctor.monitor;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Device configs known to the monitor, found by the names a log uses for the device: its
 * "hostname", its interface addresses, and the name it was registered under (a file name).
 * A tunnel's local config is its reporting device's; its peer config is the one owning the peer address.
 */
public final class DeviceConfigs {
    private static final Pattern HOSTNAME = Pattern.compile("(?m)^\\s*hostname\\s+(\\S+)");
    private static final Pattern ADDRESS = Pattern.compile("(?m)^\\s*ip(?:v4)? address\\s+(?:[A-Za-z]\\S*\\s+)?(\\d{1,3}(?:\\.\\d{1,3}){3})\\s");

    /** One registered config. */
    public record Config(String name, String text) {}

    private final Map<String, Config> byKey = new ConcurrentHashMap<>();

    /** Registers a config under its name, its hostname and its interface addresses. */
    public void register(String name, String text) {
        Config c = new Config(name, text);
        byKey.put(key(name), c);
        Matcher h = HOSTNAME.matcher(text);
        if (h.find()) byKey.put(key(h.group(1)), c);
        Matcher a = ADDRESS.matcher(text);
        while (a.find()) byKey.put(a.group(1), c);
    }

    /** The config known by this host name or address, or null. */
    public Config find(String hostOrAddress) {
        return hostOrAddress == null ? null : byKey.get(key(hostOrAddress));
    }

    public boolean isEmpty() { return byKey.isEmpty(); }

    private static String key(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        int dot = k.indexOf('.');
        // "asa-hq.example.net" and "asa-hq" are the same device; an address keeps its dots
        return dot > 0 && !Character.isDigit(k.charAt(0)) ? k.substring(0, dot) : k;
    }
}
