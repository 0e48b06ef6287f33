package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vpndoctor.model.Platform;
import vpndoctor.model.config.IsakmpPolicy;

/**
 * Collects the attributes of one ISAKMP/IKE policy (PIX writes one line per attribute, IOS/ASA a
 * block) and fills in what was not written with the platform default, remembering which. An IKEv2
 * policy or proposal lists several values per transform type ("encryption aes-256 aes-192", "group
 * 19 14"), any of which may be chosen: it becomes one policy fact per combination, so two sides share
 * a policy exactly when they share a value of every type.
 */
final class IsakmpPolicyBuilder {
    final int priority;
    final int ike;
    final List<ConfigLine> lines = new ArrayList<>();
    private final List<String> encryptions = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private final List<Integer> groups = new ArrayList<>();
    private String auth;
    private Long lifetime;

    IsakmpPolicyBuilder(int priority, int ike) {
        this.priority = priority;
        this.ike = ike;
    }

    /** Applies "encryption 3des" / "encr aes 256" / "hash md5" / "integrity sha" / "group 2" / "authentication pre-share" / "lifetime [seconds] N". */
    void set(List<String> t, ConfigLine line) {
        String k = t.get(0).toLowerCase();
        String v = t.size() > 1 ? t.get(1).toLowerCase() : "";
        // IKEv2 lists every value it accepts; IKEv1 has one value per attribute (an IOS "encr aes 256" adds a key size)
        List<String> values = t.subList(1, ike == 2 ? t.size() : Math.min(2, t.size()));
        String keySize = ike == 2 || t.size() < 3 ? "" : t.get(2);
        switch (k) {
            case "encryption", "encr" -> replace(encryptions, values, x -> cipher(x, keySize));
            case "hash", "integrity" -> replace(hashes, values, IsakmpPolicyBuilder::hash);
            case "group" -> replace(groups, values, x -> ParseState.integer(x, "DH group"));
            case "authentication" -> auth = v;
            case "lifetime" -> lifetime = (long) ParseState.integer("seconds".equals(v) ? ParseState.word(t, 2, "a number of seconds after 'lifetime seconds'") : v, "lifetime");
            case "prf", "description" -> { }
            default -> throw new NotUnderstood("unknown isakmp policy attribute '" + k + "'");
        }
        if (!lines.contains(line)) lines.add(line);
    }

    private static <T> void replace(List<T> into, List<String> values, java.util.function.Function<String, T> parse) {
        if (values.isEmpty()) throw new NotUnderstood("policy attribute without a value");
        into.clear();
        for (String x : values) into.add(parse.apply(x.toLowerCase()));
    }

    static String cipher(String v, String keySize) {
        return switch (v) {
            case "des" -> "des";
            case "3des" -> "3des";
            case "aes" -> keySize.matches("\\d+") ? "aes-" + keySize : "aes-128";
            case "aes-128", "aes-192", "aes-256" -> v;
            case "aes-cbc-128", "aes-cbc-192", "aes-cbc-256" -> "aes-" + v.substring(8); // IOS IKEv2 proposal names
            case "aes-gcm", "aes-gcm-128", "aes-gcm-192", "aes-gcm-256" -> v.equals("aes-gcm") ? "aes-gcm-128" : v;
            default -> throw new NotUnderstood("unknown encryption '" + v + "'");
        };
    }

    static String hash(String v) {
        return switch (v) {
            case "md5" -> "md5";
            case "sha", "sha1", "sha-1" -> "sha";
            case "sha256", "sha-256" -> "sha256";
            case "sha384", "sha-384" -> "sha384";
            case "sha512", "sha-512" -> "sha512";
            case "null" -> "null"; // IKEv2 with an AEAD cipher (GCM) has no separate integrity
            default -> throw new NotUnderstood("unknown hash '" + v + "'");
        };
    }

    /**
     * Defaults: PIX 6 and IOS 12 use des/sha/group1/rsa-sig; ASA (IKEv1) uses 3des/sha/group2/rsa-sig;
     * ASA IKEv2 policies default to aes-256/sha/group5 and authenticate per tunnel-group.
     */
    /** How an IKEv2 policy authenticates: not in the policy, per peer (ASA tunnel-group, IOS IKEv2 profile). */
    static final String PER_PEER = "per-peer";
    /** Combinations kept of one IKEv2 policy (a config lists a handful of values per type). */
    private static final int MAX_COMBINATIONS = 256;

    List<IsakmpPolicy> build(ParseState st) {
        Set<String> defaulted = new HashSet<>();
        boolean asa = st.platform.family() == Platform.ASA;
        List<String> es = encryptions;
        if (es.isEmpty()) { defaulted.add("encryption"); es = List.of(ike == 2 ? "aes-256" : asa ? "3des" : "des"); }
        List<String> hs = hashes;
        if (hs.isEmpty()) { defaulted.add("hash"); hs = List.of("sha"); }
        List<Integer> gs = groups;
        if (gs.isEmpty()) { defaulted.add("group"); gs = List.of(ike == 2 ? 5 : asa ? 2 : 1); }
        String a = auth;
        if (a == null) {
            // IKEv2 policies have no authentication attribute: it lives with the peer, so nothing was defaulted.
            if (ike != 2) defaulted.add("authentication");
            a = ike == 2 ? PER_PEER : "rsa-sig";
        }
        long l;
        if (lifetime == null) { defaulted.add("lifetime"); l = 86400; } else l = lifetime;
        List<IsakmpPolicy> out = new ArrayList<>();
        for (String e : es) for (String h : hs) for (int g : gs) {
            if (out.size() == MAX_COMBINATIONS) return out;
            out.add(new IsakmpPolicy(st.nextId(), st.side, ParseState.origins(lines), priority, ike, e, h, g, a, l, defaulted));
        }
        return out;
    }
}
