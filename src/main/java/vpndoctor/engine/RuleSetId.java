package vpndoctor.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** The identity of a rule set and of the tool, as reports and the API print them. */
public final class RuleSetId {
    private RuleSetId() {}

    /** The first 12 hex digits of the SHA-256 of every rule file's path and text: changes whenever a rule does. */
    public static String of(List<RuleFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                md.update(f.relative().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.content().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tool's version from the jar manifest ("0.1.0" when run from classes). */
    public static String toolVersion() {
        String v = RuleSetId.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }
}
