package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vpndoctor.model.config.TransformSet;

/**
 * IPsec transform sets: "crypto ipsec transform-set T esp-3des esp-md5-hmac" (PIX/IOS, IOS may add a
 * " mode transport [require]" sub-line), ASA "crypto ipsec ikev1 transform-set T ..." and IKEv2
 * "crypto ipsec ikev2 ipsec-proposal P" with " protocol esp encryption|integrity ..." sub-lines.
 * Names are normalised so that esp-aes (IOS/ASA: 128-bit) and "esp-aes 256" compare correctly.
 */
final class TransformSetLines implements TopicParser {
    private static final class Builder {
        final String name;
        final int ike;
        final List<String> transforms = new ArrayList<>();
        String mode = "tunnel";
        boolean require; // IOS "mode transport require": no fallback to tunnel
        final List<ConfigLine> lines = new ArrayList<>();
        Builder(String name, int ike) { this.name = name; this.ike = ike; }
    }

    private final Map<String, Builder> sets = new LinkedHashMap<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (!h.starts("crypto", "ipsec")) return false;
        int i = 2;
        int ike = 1;
        if (h.is(2, "ikev1")) i = 3;
        else if (h.is(2, "ikev2")) { i = 3; ike = 2; }
        String k = h.kw(i);
        if (k.equals("transform-set") || (ike == 2 && k.equals("ipsec-proposal"))) {
            final int at = i;
            final int v = ike;
            st.guard(h, l -> define(b, l, at, v, st));
            return true;
        }
        if (k.equals("security-association") || k.equals("df-bit") || k.equals("fragmentation")
                || k.equals("nat-transparency") || k.equals("client") || k.equals("optional")) {
            b.all().forEach(st::used); // global IPsec knobs: understood, not needed by the rules
            return true;
        }
        return false; // left to the dispatcher: reported as unparsed crypto
    }

    private void define(Block b, ConfigLine h, int i, int ike, ParseState st) {
        String name = h.tok(i + 1);
        if (name.isEmpty()) throw new NotUnderstood("transform-set without a name");
        Builder s = sets.computeIfAbsent(ike + "/" + name, x -> new Builder(name, ike));
        s.lines.add(h);
        List<String> rest = h.from(i + 2);
        if (!rest.isEmpty() && rest.get(0).equalsIgnoreCase("mode")) {
            s.mode = ParseState.word(rest, 1, "tunnel or transport after 'mode'").toLowerCase();
            s.require = rest.size() > 2 && rest.get(2).equalsIgnoreCase("require");
        }
        else addTransforms(s, rest);
        st.used(h);
        for (ConfigLine c : b.children) st.guard(c, l -> {
            if (l.is(0, "mode")) { s.mode = l.kw(1); s.require = l.is(2, "require"); }
            else if (l.starts("protocol", "esp") && (l.is(2, "encryption") || l.is(2, "integrity"))) {
                for (String t : l.from(3)) s.transforms.add(ikev2(l.kw(2), t.toLowerCase()));
            } else if (!l.is(0, "description")) throw new NotUnderstood("unknown transform-set line");
            s.lines.add(l);
            st.used(l);
        });
    }

    private static void addTransforms(Builder s, List<String> tokens) {
        for (String word : tokens) {
            String t = word.toLowerCase();
            if (t.matches("\\d+")) continue; // key size, read by TransformSet.normalise
            if (!(t.startsWith("esp-") || t.startsWith("ah-") || t.startsWith("comp-"))) {
                throw new NotUnderstood("unknown transform '" + t + "'");
            }
        }
        s.transforms.addAll(TransformSet.normalise(tokens));
    }

    /** IKEv2 proposal words to the IKEv1 transform vocabulary, so rules compare one kind of name. */
    static String ikev2(String what, String v) {
        if (what.equals("encryption")) {
            return switch (v) {
                case "aes" -> "esp-aes-128";
                case "aes-192", "aes-256", "3des", "des", "null" -> "esp-" + v;
                default -> "esp-" + v;
            };
        }
        return switch (v) {
            case "sha-1", "sha" -> "esp-sha-hmac";
            case "md5" -> "esp-md5-hmac";
            case "sha-256" -> "esp-sha256-hmac";
            case "sha-384" -> "esp-sha384-hmac";
            case "sha-512" -> "esp-sha512-hmac";
            case "null" -> "esp-none";
            default -> "esp-" + v + "-hmac";
        };
    }

    @Override public void finish(ParseState st) {
        for (Builder s : sets.values()) {
            st.add(new TransformSet(st.nextId(), st.side, ParseState.origins(s.lines), s.name, s.transforms, s.ike, s.mode, s.require));
        }
    }
}
