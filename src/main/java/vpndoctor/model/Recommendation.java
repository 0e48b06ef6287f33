package vpndoctor.model;

import java.util.Objects;

/**
 * A next step for the engineer. Either a literal command, or (command empty) "run the next
 * diagnostic command the catalogue lists for causeId on this tunnel's platform". Per-platform
 * forms and several commands: see the FactDoc (the report's AdviceCommands expands them).
 */
@FactDoc(value = "A next step for the engineer: a literal command, or (command empty) the catalogue's next diagnostic command for causeId on the tunnel's platform. Insert with insertLogical. A command is a real command (no prose: that goes in why); per-platform forms are written 'IOS: debug crypto isakmp || ASA: debug crypto ikev1 127', several commands 'show ip route <peer> ; show ip nat translations'; a why starting 'on the peer' means the command runs on the peer (its form is chosen by the peer's platform).",
        example = "Recommendation( command == \"show crypto isakmp sa\", $t : tunnel )")
public final class Recommendation {
    private final String tunnel;
    private final String causeId;
    private final String command;
    private final String why;

    public Recommendation(String tunnel, String causeId, String command, String why) {
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.causeId = causeId == null ? "" : causeId;
        this.command = command == null ? "" : command;
        this.why = why == null ? "" : why;
    }

    public String getTunnel() { return tunnel; }
    public String getCauseId() { return causeId; }
    public String getCommand() { return command; }
    public String getWhy() { return why; }

    @Override public boolean equals(Object o) {
        return o instanceof Recommendation r && tunnel.equals(r.tunnel) && causeId.equals(r.causeId)
                && command.equals(r.command) && why.equals(r.why);
    }
    @Override public int hashCode() { return Objects.hash(tunnel, causeId, command, why); }
    @Override public String toString() { return "Recommendation @" + tunnel + " " + (command.isEmpty() ? causeId : command) + ": " + why; }
}
