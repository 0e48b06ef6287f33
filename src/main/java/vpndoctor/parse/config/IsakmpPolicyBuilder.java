package vpndoctor.parse.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vpndoctor.model.Platform;
import vpndoctor.model.config.IsakmpPolicy;

/**
 * Collects the attributes of one ISAKMP/IKE policy (PIX writes one line per attribute, IOS/ASA a
 * block) and fills in what was not written with the platform default, remembering which.
 */
final class IsakmpPolicyBuilder {
    final int priority;
    final int ike;
    final List<ConfigLine> lines = new ArrayList<>();
    private String encryption;
    private String hash;
    private Integer group;
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
        switch (k) {
            case "encryption", "encr" -> encryption = cipher(v, t.size() > 2 ? t.get(2) : "");
            case "hash", "integrity" -> hash = hash(v);
            case "group" -> group = ParseState.integer(v, "DH group");
            case "authentication" -> auth = v;
            case "lifetime" -> lifetime = (long) ParseState.integer("seconds".equals(v) ? t.get(2) : v, "lifetime");
            case "prf", "description" -> { }
            default -> throw new IllegalArgumentException("unknown isakmp policy attribute '" + k + "'");
        }
        if (!lines.contains(line)) lines.add(line);
    }

    static String cipher(String v, String keySize) {
        return switch (v) {
            case "des" -> "des";
            case "3des" -> "3des";
            case "aes" -> keySize.matches("\\d+") ? "aes-" + keySize : "aes-128";
            case "aes-128", "aes-192", "aes-256" -> v;
            case "aes-gcm", "aes-gcm-128", "aes-gcm-192", "aes-gcm-256" -> v.equals("aes-gcm") ? "aes-gcm-128" : v;
            default -> throw new IllegalArgumentException("unknown encryption '" + v + "'");
        };
    }

    static String hash(String v) {
        return switch (v) {
            case "md5" -> "md5";
            case "sha", "sha1", "sha-1" -> "sha";
            case "sha256", "sha-256" -> "sha256";
            case "sha384", "sha-384" -> "sha384";
            case "sha512", "sha-512" -> "sha512";
            default -> throw new IllegalArgumentException("unknown hash '" + v + "'");
        };
    }

    /**
     * Defaults: PIX 6 and IOS 12 use des/sha/group1/rsa-sig; ASA (IKEv1) uses 3des/sha/group2/rsa-sig;
     * ASA IKEv2 policies default to aes-256/sha/group5 and authenticate per tunnel-group.
     */
    IsakmpPolicy build(ParseState st) {
        Set<String> defaulted = new HashSet<>();
        boolean asa = st.platform == Platform.ASA;
        String e = encryption;
        if (e == null) { defaulted.add("encryption"); e = ike == 2 ? "aes-256" : asa ? "3des" : "des"; }
        String h = hash;
        if (h == null) { defaulted.add("hash"); h = "sha"; }
        int g;
        if (group == null) { defaulted.add("group"); g = ike == 2 ? 5 : asa ? 2 : 1; } else g = group;
        String a = auth;
        if (a == null) {
            // IKEv2 policies have no authentication attribute: it lives in the tunnel-group, so nothing was defaulted.
            if (ike != 2) defaulted.add("authentication");
            a = ike == 2 ? "tunnel-group" : "rsa-sig";
        }
        long l;
        if (lifetime == null) { defaulted.add("lifetime"); l = 86400; } else l = lifetime;
        return new IsakmpPolicy(st.nextId(), st.side, ParseState.origins(lines), priority, ike, e, h, g, a, l, defaulted);
    }
}
