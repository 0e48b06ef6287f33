package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Tunnel;

/**
 * The show commands whose output the evidence already holds, per tunnel: the show readers' events
 * name the command they answer (the table below, one row per reader's event kind). A next command
 * that asks for such an output again is left out, unless a step before it in the same advice acts
 * first (a ping, a clear, a debug): then it is a fresh look, not the pasted one.
 */
final class PastedOutputs {
    /** Per tunnel, the commands (lower case, single spaces) its pasted outputs answer. */
    private final Map<String, Set<String>> byTunnel = new HashMap<>();
    /**
     * Commands answered for every tunnel: an output about no peer that speaks of them all (an IKE SA table
     * printed empty: no SA with any peer), when the evidence did not tie it to its one peer.
     */
    private final Set<String> everyTunnel = new HashSet<>();

    private PastedOutputs() {}

    static PastedOutputs of(List<LogEvent> events) {
        PastedOutputs p = new PastedOutputs();
        for (LogEvent e : events) {
            if (e.getPeer() == null) {
                if (e.getKind().equals("SHOW_NO_IKE_SA")) p.everyTunnel.addAll(answers(e));
                continue;
            }
            List<String> answers = answers(e);
            if (!answers.isEmpty()) p.byTunnel.computeIfAbsent(e.getTunnel(), t -> new HashSet<>()).addAll(answers);
        }
        return p;
    }

    /** The commands a show reader's event answers (empty for any other event). */
    static List<String> answers(LogEvent e) {
        return switch (e.getKind()) {
            case "SHOW_ISAKMP_SA" -> e.attr("state").startsWith("IKEV2") ? List.of("show crypto ikev2 sa")
                    : List.of("show crypto isakmp sa", "show isakmp sa");
            // an empty table answers the command that printed it (the ASA's 'show crypto isakmp sa' holds both versions)
            case "SHOW_NO_IKE_SA" -> "2".equals(e.attr("ikev")) ? List.of("show crypto ikev2 sa")
                    : List.of("show crypto isakmp sa", "show isakmp sa");
            case "SHOW_IPSEC_SA" -> e.has("session") ? List.of("show crypto session", "show vpn-sessiondb l2l", "show vpn-sessiondb")
                    : List.of("show crypto ipsec sa", "show ipsec sa");
            case "SHOW_DMVPN_PEER" -> List.of("show dmvpn");
            case "SHOW_NHRP_NHS" -> e.has("reqSent") ? List.of("show ip nhrp nhs", "show ip nhrp nhs detail") : List.of("show ip nhrp nhs");
            case "SHOW_NHRP_ENTRY" -> List.of("show ip nhrp", "show ip nhrp detail");
            // IOS 'show crypto map' is read as a trace step of the map entry it lists
            case "IKE_TRACE" -> "show crypto map".equals(e.attr("step")) ? List.of("show crypto map") : List.of();
            default -> List.of();
        };
    }

    /** Whether the command asks for an output the evidence holds for this tunnel (as pasted, or narrowed to its peer). */
    boolean answered(String command, String tunnel) {
        Set<String> have = byTunnel.get(tunnel);
        String c = command.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!everyTunnel.isEmpty()) {
            Set<String> both = new HashSet<>(everyTunnel);
            if (have != null) both.addAll(have);
            have = both;
        }
        if (have == null) return false;
        if (have.contains(c)) return true;
        String peer = Tunnel.peerOf(tunnel).toLowerCase(Locale.ROOT);
        for (String narrowed : new String[] {" peer " + peer, " remote " + peer}) {
            if (c.endsWith(narrowed) && have.contains(c.substring(0, c.length() - narrowed.length()))) return true;
        }
        return false;
    }

    /** The commands in order, without those answered before any step that acts (see the class comment). */
    List<String> unanswered(List<String> commands, String tunnel) {
        if (byTunnel.isEmpty() && everyTunnel.isEmpty() || commands.isEmpty()) return commands;
        List<String> out = new ArrayList<>(commands.size());
        boolean acted = false;
        for (String c : commands) {
            if (acted || !answered(c, tunnel)) out.add(c);
            if (!c.strip().toLowerCase(Locale.ROOT).startsWith("show ")) acted = true;
        }
        return out.size() == commands.size() ? commands : out;
    }
}
