package vpndoctor.console;

import java.util.List;
import java.util.Locale;
import vpndoctor.model.Side;

/** assume, retract, undo: change the evidence and let truth maintenance redo only what depends on it. */
final class WhatIfCommands {
    private WhatIfCommands() {}

    static List<Command> all() {
        return List.of(
                new Command("assume", "local|peer CONFIG-LINE", "what if this config line were there (or not)?",
                        "Edits one side's config text, then re-reads that config with the real parser and swaps the\n"
                                + "facts that changed in the live session (no new session). Line numbers of other lines stay.\n"
                                + "  assume peer access-list l2l permit ip 10.183.0.0 255.255.255.0 10.83.0.0 255.255.255.0\n"
                                + "      replaces the existing line with the same command prefix, else appends. Command prefix:\n"
                                + "      the line minus its last word; for ACL entries 'access-list NAME [extended] permit|deny'\n"
                                + "      (of several, the entry with most leading words in common); for key lines\n"
                                + "      '[crypto] isakmp key * address A'; for 'crypto ipsec transform-set NAME' and\n"
                                + "      'crypto map M N set peer|transform-set' the words up to that keyword.\n"
                                + "  assume local no crypto map outside_map 20 set pfs\n"
                                + "      'no LINE' removes the equal line(s), else the lines starting with LINE's words;\n"
                                + "      a removed block header takes its indented sub-lines. Removed lines become '!'.\n"
                                + "  assume local crypto map VPN 10 ipsec-isakmp / set peer 192.0.2.9\n"
                                + "      'PARENT / CHILD' edits the indented sub-lines of block PARENT (created if missing).\n"
                                + "An identical line changes nothing. 'undo' reverts. Keys are masked in every message.\n"
                                + "A line the config parser cannot read is refused with the reason; the old line stays.\n"
                                + "Tab completes the words of that side's existing lines (after 'no': the lines to remove).",
                        WhatIfCommands::assume),
                new Command("retract", "FACT-ID", "take one input fact (event e*, config fact Lc*/Pc*, observation o*) out",
                        "retract e4 removes the fact from the evidence; conclusions that rested on it are withdrawn.\n"
                                + "'undo' puts it back.",
                        (s, a, o) -> {
                            if (a.isBlank()) throw new IllegalArgumentException("usage: retract FACT-ID (see 'facts')");
                            o.println(s.retract(a.strip()).line());
                        }),
                new Command("undo", "", "revert the last load / assume / retract",
                        "Goes back to the evidence before the last change; again only the difference is applied.",
                        (s, a, o) -> o.println(s.undo().line())));
    }

    private static void assume(ConsoleSession s, String args, Output o) {
        String a = args.strip();
        int sp = a.indexOf(' ');
        if (sp < 0) throw new IllegalArgumentException("usage: assume local|peer CONFIG-LINE");
        Side side = switch (a.substring(0, sp).toLowerCase(Locale.ROOT)) {
            case "local" -> Side.LOCAL;
            case "peer" -> Side.PEER;
            default -> throw new IllegalArgumentException("say which config: assume local ... or assume peer ...");
        };
        ConsoleSession.Outcome out = s.assume(side, a.substring(sp + 1));
        out.errors().forEach(e -> o.println(o.style().red("rule error: ") + e));
        o.println(out.line());
    }
}
