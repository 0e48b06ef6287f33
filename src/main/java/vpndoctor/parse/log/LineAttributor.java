package vpndoctor.parse.log;

import java.util.LinkedHashMap;
import java.util.Map;
import vpndoctor.model.InputAccounting;

/**
 * The log parser one line at a time, for callers that route lines as they arrive (the monitor,
 * a stream topology): which tunnel a line is about, as the batch reader would attribute it, its
 * envelope time and the device that sent it. It runs the same {@link LineClassifier} path as
 * {@link LogIngest}, with one context per device, so a line that names no peer ("retransmitting
 * phase 1") goes to the tunnel that device's previous lines were about. Not thread-safe.
 */
public final class LineAttributor {
    /** Devices remembered at most (least recently heard dropped): memory does not grow with a day of noise. */
    private static final int MAX_DEVICES = 10_000;
    /** The throwaway event store is renewed after this many lines, so it stays small. */
    private static final int STORE_RENEW = 20_000;

    /**
     * What one line is: {@code peer} the tunnel it is attributed to (null when none), {@code vpn}
     * whether the parser found it relevant to IKE/IPsec (an event or a VPN-looking unknown line),
     * {@code time} the envelope time as written (null when the line has none), {@code device} the
     * relaying host name (null when none), {@code message} the line without its envelope.
     */
    public record Line(String peer, boolean vpn, String time, String device, String message) {}

    private final Map<String, SourceContext> contexts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, SourceContext> e) { return size() > MAX_DEVICES; }
    };
    private InputAccounting acct;
    private LineClassifier classifier;
    private int sinceRenew;

    public LineAttributor() {
        renew();
    }

    private void renew() {
        acct = new InputAccounting();
        classifier = new LineClassifier(acct, new EventStore());
        sinceRenew = 0;
    }

    /** Attributes one line; {@code source} names the stream it came from (a file, a listener) when the line names no device. */
    public Line attribute(String source, String raw) {
        if (++sinceRenew > STORE_RENEW) renew();
        String text = raw.length() > LineLimits.MAX_CHARS ? raw.substring(0, LineLimits.MAX_CHARS) : raw;
        Envelope.Stripped env = Envelope.strip(TextNormalizer.normalize(text));
        // the envelope's own reading first: behind a relay or in an export the device is not the word before the message
        String device = env.host() != null ? env.host() : device(text, env.message());
        String key = device != null ? device : source;
        SourceContext ctx = contexts.computeIfAbsent(key, SourceContext::new);
        long relevant = acct.getRelevant(), unknown = acct.getUnrecognized();
        classifier.line(ctx, text);
        boolean vpn = acct.getRelevant() > relevant || acct.getUnrecognized() > unknown;
        String peer = classifier.lastLinePeer;
        if (peer == null && vpn && !classifier.lastLineTunnelless) peer = ctx.nearbyPeer(); // the same VPN context the batch reader allows, never any last address
        return new Line(peer, vpn, env.time(), device, env.message());
    }

    /** The host word between the envelope time and the message ("Nov 26 10:00:01 asa-hq %ASA-..."), or null. */
    static String device(String line, String message) {
        String t = line.stripLeading();
        if (t.startsWith("<")) {
            int gt = t.indexOf('>');
            if (gt > 0 && gt <= 4) t = t.substring(gt + 1);
        }
        if (Envelope.rfc5424At(t, 0)) {
            String[] f = t.split(" ", 4); // RFC 5424: VERSION TIMESTAMP HOSTNAME ...
            return f.length > 2 && !f[2].equals("-") ? f[2] : null;
        }
        int at = message.isEmpty() ? -1 : line.lastIndexOf(message);
        if (at <= 0) return null;
        String prefix = line.substring(0, at).trim();
        if (prefix.endsWith(":")) prefix = prefix.substring(0, prefix.length() - 1).trim();
        int sp = prefix.lastIndexOf(' ');
        String word = sp < 0 ? prefix : prefix.substring(sp + 1);
        if (word.isEmpty() || Character.isDigit(word.charAt(0)) && word.indexOf(':') >= 0) return null; // a time, not a host
        if (word.chars().allMatch(Character::isDigit)) return null; // an IOS sequence number
        return word;
    }
}
