package vpndoctor.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which attributes' IPv4 addresses a shape may leave out (ShapeMemo), read from the rules a run of log
 * events can fire (CrossTunnelKinds.live), and the facts about addresses a shape keeps instead.
 *
 * <p>An attribute is opaque when every reading of it in those rules is one whose outcome does not
 * depend on which addresses it holds, given the shape: equality with a literal, another value, the
 * tunnel or the tunnel plus a literal that starts with a non-token character ({@code $r.equals($t +
 * "/32")}); emptiness; presence; printing into a symptom's detail or a support's, against's or fix
 * side's reason (strings ShapeMemo rewrites), when no rule reads those in another way. Anything else
 * (a regular expression, {@code startsWith}, a Java helper such as {@code FlowFunctions.carries}, an
 * arithmetic or ordering comparison, a mention outside a rule) keeps the attribute's values whole in
 * the shape: the tunnel then shares a shape only with tunnels holding the same values (fail safe).
 * Java code that reads an attribute by name after parsing ({@link #JAVA_READS}) is never opaque.
 */
final class AddressShapes {
    /** Attributes Java reads by name after parsing: DiagnosisAssembler ("ikev"), PeerSideLines ("reportedBy"). */
    static final Set<String> JAVA_READS = Set.of("ikev", "reportedBy");

    private static final String LIT = "\"(?:[^\"\\\\]|\\\\.)*\"";
    /** A value compared as a whole: a literal, a variable (not called), an attribute read, the tunnel. */
    private static final String SIMPLE = "(?:" + LIT + "|\\$\\w+(?!\\s*[.(\\[\\w])|(?:\\$\\w+\\s*\\.\\s*)?attr\\s*\\(\\s*\"\\w+\"\\s*\\)|\\btunnel\\b|\\bpeer\\b)";
    /** SIMPLE, or a variable joined to a literal at a token boundary ($t + "/32"): renaming whole tokens keeps equality. */
    private static final String ALIGNED = "(?:" + SIMPLE + "|\\(?\\s*\\$\\w+\\s*\\+\\s*\"(?:[^\\w.:\\-\"\\\\][^\"\\\\]*)?\"\\s*\\)?"
            + "|\\(?\\s*\"(?:[^\"\\\\]*[^\\w.:\\-\"\\\\])?\"\\s*\\+\\s*\\$\\w+\\s*\\)?)";
    private static final Pattern EQ_AFTER = Pattern.compile("^\\s*(?:==|!=)\\s*" + ALIGNED + "\\s*(?:[,)&|]|$)");
    private static final Pattern EQ_BEFORE = Pattern.compile("(?:^|[(,&|])\\s*" + ALIGNED + "\\s*(?:==|!=)\\s*$");
    private static final Pattern EQUALS_CALL = Pattern.compile("^\\s*\\.\\s*equals\\s*\\(\\s*" + ALIGNED + "\\s*\\)");
    private static final Pattern IS_EMPTY = Pattern.compile("^\\s*\\.\\s*isEmpty\\s*\\(\\s*\\)");
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*$");
    private static final Pattern READ_BEFORE = Pattern.compile("(?:\\$\\w+\\s*\\.\\s*)?(attr|has)\\s*\\(\\s*$");
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+(?:[a-z]\\w*\\.)*([A-Z]\\w*)\\s*\\(");
    private static final Pattern DETAIL = Pattern.compile("(?:\\$\\w+\\s*\\.\\s*)?getDetail\\s*\\(\\s*\\)|\\bdetail\\b");
    private static final Pattern REASON = Pattern.compile("\\breason\\b|getReason");

    private final List<CrossTunnelKinds.LiveRule> rules;
    private final String outside;
    private final ConcurrentHashMap<String, Boolean> opaque = new ConcurrentHashMap<>();
    /** Whether rules read a symptom's detail, and a support's (against's, fix side's) reason, only in the forms above. */
    private final boolean detailsOpaque, reasonsOpaque;

    private AddressShapes(CrossTunnelKinds.Live live) {
        this.rules = live.rules();
        this.outside = live.outside();
        boolean reasons = true;
        for (CrossTunnelKinds.LiveRule r : rules) {
            if (REASON.matcher(unquoted(r.when())).find() || REASON.matcher(unquoted(r.then())).find()) reasons = false;
        }
        this.reasonsOpaque = reasons;
        this.detailsOpaque = detailsRead();
    }

    /** The reading for these rule files, or null when CrossTunnelKinds cannot read them. */
    static AddressShapes of(List<RuleFile> files) {
        return of(CrossTunnelKinds.read(files));
    }

    /** The reading for rule files CrossTunnelKinds has read, or null when it could not. */
    static AddressShapes of(CrossTunnelKinds.Read read) {
        CrossTunnelKinds.Live live = CrossTunnelKinds.live(read);
        return live == null ? null : new AddressShapes(live);
    }

    /** Whether a shape may stand a placeholder for the addresses in this attribute's values (see the class comment). */
    boolean opaque(String attribute) {
        Boolean b = opaque.get(attribute);
        if (b == null) {
            b = check(attribute);
            opaque.put(attribute, b);
        }
        return b;
    }

    private boolean check(String name) {
        if (JAVA_READS.contains(name) || !name.matches("\\w+")) return false;
        String q = "\"" + name + "\"";
        if (outside.contains(q)) return false;
        for (CrossTunnelKinds.LiveRule r : rules) {
            for (int part = 0; part < 2; part++) {
                String text = part == 0 ? r.when() : r.then();
                for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
                    Matcher m = READ_BEFORE.matcher(text.substring(Math.max(0, i - 60), i));
                    if (!m.find()) return false;
                    int start = i - (Math.min(60, i) - m.start());
                    int close = text.indexOf(')', i + q.length());
                    if (close < 0 || !text.substring(i + q.length(), close).isBlank()) return false;
                    if (m.group(1).equals("has")) continue;
                    if (!valueUse(r, part == 1, text, start, close + 1, detailsOpaque, 0)) return false;
                }
            }
        }
        return true;
    }

    /** Whether every reading of a symptom's detail is one of the forms above (printing into another detail included). */
    private boolean detailsRead() {
        for (CrossTunnelKinds.LiveRule r : rules) {
            for (int part = 0; part < 2; part++) {
                String text = part == 0 ? r.when() : r.then();
                String plain = unquoted(text);
                Matcher m = DETAIL.matcher(plain);
                while (m.find()) {
                    if (!valueUse(r, part == 1, text, m.start(), m.end(), true, 0)) return false;
                }
            }
        }
        return true;
    }

    /** Whether the value read at [start, end) of one part of a rule is used only in forms whose outcome a shape keeps. */
    private boolean valueUse(CrossTunnelKinds.LiveRule r, boolean then, String text, int start, int end, boolean details, int depth) {
        String before = text.substring(0, start), after = text.substring(end);
        for (Pattern p : new Pattern[] {EQ_AFTER, EQUALS_CALL}) {
            Matcher m = p.matcher(after);
            if (m.find()) return plainVars(r, m.group());
        }
        Matcher eb = EQ_BEFORE.matcher(before);
        if (eb.find()) return plainVars(r, eb.group());
        if (IS_EMPTY.matcher(after).find()) return true;
        Matcher b = BINDING.matcher(before);
        if (b.find()) {
            if (depth > 0) return false;
            String var = b.group(1);
            Pattern v = Pattern.compile(Pattern.quote(var) + "(?!\\w)");
            for (int part = 0; part < 2; part++) {
                String t = part == 0 ? r.when() : r.then();
                Matcher m = v.matcher(t);
                while (m.find()) {
                    if (t == text && m.start() == b.start(1)) continue; // the binding itself
                    if (!valueUse(r, part == 1, t, m.start(), m.end(), details, depth + 1)) return false;
                }
            }
            return true;
        }
        boolean printedBefore = before.matches("(?s).*\\+\\s*"), printedAfter = after.matches("(?s)\\s*\\+.*");
        boolean argument = before.matches("(?s).*[,(]\\s*") && after.matches("(?s)\\s*[,)].*");
        if (!then || !(printedBefore || printedAfter || argument)) return false;
        // printed next to a literal that does not glue a token character onto the address (ShapeMemo rewrites whole tokens)
        if (printedBefore && !GLUE_BEFORE.matcher(before).find()) return false;
        if (printedAfter && !GLUE_AFTER.matcher(after).find()) return false;
        return carriedBy(text, start, details);
    }

    private static final Pattern GLUE_BEFORE = Pattern.compile("(?:^|[^\\\\])\"(?:[^\"\\\\]*[^\\w.:\\-\"\\\\])?\"\\s*\\+\\s*$");
    private static final Pattern GLUE_AFTER = Pattern.compile("^\\s*\\+\\s*\"(?:[^\\w.:\\-\"\\\\][^\"\\\\]*)?\"");
    private static final Pattern VAR = Pattern.compile("\\$\\w+");

    /** Whether every variable in a compared operand holds a value read as is (an attribute, the tunnel, a detail), not one computed. */
    private static boolean plainVars(CrossTunnelKinds.LiveRule r, String operand) {
        Matcher v = VAR.matcher(operand);
        while (v.find()) {
            Pattern bound = Pattern.compile(Pattern.quote(v.group()) + "\\s*:\\s*(?:tunnel|peer|detail|(?:\\$\\w+\\s*\\.\\s*)?(?:attr\\s*\\(\\s*\"\\w+\"\\s*\\)|getDetail\\s*\\(\\s*\\)|getTunnel\\s*\\(\\s*\\)))\\s*[,)]");
            if (!bound.matcher(r.when()).find()) {
                // the fact variable of a method call in this operand (e.g. $s of $s.getDetail()) is no value
                if (operand.matches("(?s).*" + Pattern.quote(v.group()) + "\\s*\\..*")) continue;
                return false;
            }
        }
        return true;
    }

    /** Whether the expression at {@code at} is (part of) a string argument of a new fact whose strings rules only print. */
    private boolean carriedBy(String text, int at, boolean details) {
        // the innermost call or constructor around it; grouping parentheses (not after a name) are looked through
        int depth = 0, argIndex = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '"') { // skip a literal backwards
                int j = i - 1;
                while (j >= 0 && !(text.charAt(j) == '"' && (j == 0 || text.charAt(j - 1) != '\\'))) j--;
                i = j;
                continue;
            }
            if (c == ')') depth++;
            else if (c == '(') {
                if (depth > 0) { depth--; continue; }
                String head = text.substring(0, i).stripTrailing();
                if (head.isEmpty() || !Character.isJavaIdentifierPart(head.charAt(head.length() - 1))) { argIndex = 0; continue; } // grouping
                Matcher n = NEW.matcher(text.substring(0, i + 1));
                String type = null;
                while (n.find()) if (n.end() == i + 1) type = n.group(1);
                if (type == null) return false; // a method call: it may compute with the value
                return switch (type) {
                    case "Symptom" -> details && argIndex == 2;
                    case "Support", "Against", "FixSide" -> reasonsOpaque && argIndex == 3;
                    default -> false;
                };
            } else if (c == ',' && depth == 0) argIndex++;
            else if (c == ';' || c == '{' || c == '}') return false;
        }
        return false;
    }

    /** The text with each string literal's content blanked (so a word inside a message is not a reading). */
    private static String unquoted(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) { in = !in; b.append(c); continue; }
            b.append(in ? ' ' : c);
        }
        return b.toString();
    }

    // ---- addresses ----

    // ---- addresses (the arithmetic lives in model.config.Ip) ----

    /** The IPv4 address a token spells (a.b.c.d, no leading zeros) as an unsigned int in a long, or -1. */
    static long ipv4(String t) { return vpndoctor.model.config.Ip.ipv4Bits(t); }

    /** Whether an address is a contiguous netmask (0.0.0.0 and 255.255.255.255 included): such tokens stay whole in a shape. */
    static boolean maskLike(long a) { return vpndoctor.model.config.Ip.netmaskBits(a); }

    /** An address with a prefix: {address, prefix length}; a bare address is a /32. Null when the value is not one. */
    static long[] net(String v) { return vpndoctor.model.config.Ip.netBits(v); }

    /** The class of an address (see Ip.addressClass). */
    static char classOf(long a) { return vpndoctor.model.config.Ip.addressClass(a); }

    /** Whether the address has bits set below its prefix. */
    static boolean hostBits(long[] n) { return vpndoctor.model.config.Ip.hostBitsSet(n); }

    /** How two nets relate (see Ip.relation). */
    static char relation(long[] x, long[] y) { return vpndoctor.model.config.Ip.relation(x, y); }
}
