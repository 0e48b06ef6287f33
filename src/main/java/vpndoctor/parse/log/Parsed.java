package vpndoctor.parse.log;

import java.util.LinkedHashMap;
import java.util.Map;
import vpndoctor.model.EventKind;
import vpndoctor.model.LogAttributes;
import vpndoctor.model.config.Ip;

/** What one parser made of one message: a kind, attributes and the addresses it names. Reused per line. */
final class Parsed {
    EventKind kind;
    String peer;
    String local;
    /** The message is recognized but carries nothing for diagnosis (counted irrelevant). */
    boolean ignore;
    /** NAT and connection messages are about hosts, not a tunnel: no peer, no fallback to the last peer. */
    boolean tunnelless;
    /** The message names its remote end, but not as an IPv4 address (a host name): it is about that end, never another's peer. */
    boolean peerUnreadable;
    /**
     * The device that logged the message (its syslog host name, or the last one its source named), or
     * null: part of the event's identity, so two devices' messages about the same peer stay apart.
     * Never set for tunnelless messages (the fast scan makes those without it).
     */
    String device;
    /** The message names a peer the generic finder may look for (IKE and IPsec families). */
    final Map<String, String> attrs = new LinkedHashMap<>();

    void reset() {
        kind = null;
        peer = null;
        local = null;
        ignore = false;
        tunnelless = false;
        peerUnreadable = false;
        device = null;
        attrs.clear();
    }

    /** The attributes' names and values, in insertion order, into arrays of their size. */
    void attrsInto(String[] names, String[] values) {
        int i = 0;
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            names[i] = a.getKey();
            values[i++] = a.getValue();
        }
    }

    Parsed is(EventKind k) {
        kind = k;
        return this;
    }

    Parsed attr(String key, String value) {
        assert LogAttributes.isKnown(key) : "log attribute '" + key + "' is not declared in LogAttributes";
        if (value != null) {
            String v = value.trim();
            if (!v.isEmpty()) attrs.put(key, v);
        }
        return this;
    }

    /** Sets the peer when the text is a valid address (IPv4 or IPv6); a malformed one is kept as attr badAddress. */
    Parsed peer(String candidate) {
        String a = Ip.withoutPort(candidate);
        if (Ip.isAddress(a)) peer = Ip.canonical(a);
        else if (a != null && looksNumeric(a)) attrs.put("badAddress", a);
        return this;
    }

    Parsed local(String candidate) {
        String a = Ip.withoutPort(candidate);
        if (Ip.isAddress(a)) local = Ip.canonical(a);
        return this;
    }

    /** An address attribute ("address", "src"...): kept only when it is a valid address. */
    Parsed addr(String key, String candidate) {
        assert LogAttributes.isKnown(key) : "log attribute '" + key + "' is not declared in LogAttributes";
        String a = Ip.withoutPort(candidate);
        if (Ip.isAddress(a)) attrs.put(key, Ip.canonical(a));
        else if (a != null && looksNumeric(a)) attrs.put("badAddress", a);
        return this;
    }

    /** The address a generic phrase named, canonical, or null when the text is no valid address. */
    static String address(String candidate) {
        String a = Ip.withoutPort(candidate);
        return Ip.isAddress(a) ? Ip.canonical(a) : null;
    }

    private static boolean looksNumeric(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) return Ip.looksLikeAddress(s);
        }
        return s.indexOf('.') >= 0;
    }
}
