package vpndoctor.parse.log;

import java.util.regex.Pattern;

/**
 * Lines that say the ASA-style output around them is an FTD's although they name no "%FTD-" message:
 * the FTD's own CLI shows its data plane (the ASA's code) in the ASA's words, so only these tell the two
 * apart. The device's host name is not one of them ("firepower" is a default anyone can keep or change),
 * nor are manager-made object names ("CSM_..." is also Cisco Security Manager's on an ASA).
 */
final class FtdMarkers {
    private FtdMarkers() {}

    /** The banner of 'system support diagnostic-cli' ("Attaching to Diagnostic CLI ... Press 'Ctrl+a then d' to detach."). */
    static final String DIAGNOSTIC_CLI = "Attaching to Diagnostic CLI";

    /**
     * The product as 'show version' names it ("Model : Cisco Firepower Threat Defense for VMware (75) Version 7.2.0",
     * "Model : Cisco ASA5516-X Threat Defense (75) Version 7.0.8", "Cisco Secure Firewall Threat Defense ...").
     */
    private static final Pattern PRODUCT = Pattern.compile("^Model\\s*:.*Threat Defense|(?:Firepower|Secure Firewall) Threat Defense");

    /** The words every match of {@link #PRODUCT} holds. */
    static final String PRODUCT_WORDS = "Threat Defense";

    /** Whether the stripped line is the product's banner by the pattern alone (the check before the pre-test; for tests). */
    static boolean productByPattern(String stripped) {
        return PRODUCT.matcher(stripped).find();
    }

    /**
     * The FTD CLI's prompt is a bare "&gt;" (the ASA's and IOS's user prompts carry the host name: "asa1&gt;", "R1&gt;"),
     * followed by one of the commands it passes to the data plane.
     */
    private static final Pattern PROMPT = Pattern.compile("^>\\s*(?:show|packet-tracer|ping|capture|clear|debug|system support) ");

    /** The words that let a marker line through the first gate ({@link RelevanceFilter}); the prompt's commands name their own. */
    static final String[] KEYWORDS = {DIAGNOSTIC_CLI, "Threat Defense"};

    /** Whether the line is a banner that names the FTD and carries nothing else (the diagnostic CLI's, the product's). */
    static boolean banner(String line) {
        String t = line.strip();
        // a message that names the product ("%FTD-...", a manager's audit line) is read as a message, not taken for the banner;
        // both of PRODUCT's branches spell PRODUCT_WORDS, so a line without them is no banner (the regex ran on every
        // relevant line without '%': 15% of the main thread's samples with 100k tunnels)
        return t.startsWith(DIAGNOSTIC_CLI) || t.indexOf('%') < 0 && t.contains(PRODUCT_WORDS) && PRODUCT.matcher(t).find();
    }

    /**
     * Whether the raw line is a command typed at the FTD CLI's bare prompt ("&gt; show crypto ipsec sa"). An e-mail
     * reply quotes lines the same way, so the caller takes it for the FTD's only when the next line is not
     * quoted as well ({@link SourceContext#ftdPrompt}).
     */
    static boolean prompt(String raw) {
        String t = raw.stripLeading();
        return t.startsWith(">") && PROMPT.matcher(t).find();
    }
}
