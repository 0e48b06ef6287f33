package vpndoctor.engine;

import java.util.ArrayList;
import java.util.List;
import vpndoctor.model.Platform;

/**
 * A Recommendation's command as the engineer runs it. A rule may write per-platform forms,
 * {@code "IOS: debug crypto isakmp || ASA: debug crypto ikev1 127"}, and several commands of one
 * form separated by {@code " ; "}: each command becomes its own next command, in the form of the
 * device it runs on (ours, or the peer's when the reason starts with "on the peer"/"on the
 * partner"). When that device's platform is unknown every form is kept, its reason prefixed
 * with the platform.
 */
final class AdviceCommands {
    private AdviceCommands() {}

    /** One command to run and why. */
    record Step(String command, String why) {}

    static List<Step> expand(String command, String why, Platform ours, Platform peers) {
        boolean onPeer = why.startsWith("on the peer") || why.startsWith("on the partner");
        Platform target = (onPeer ? peers : ours).family();   // the FTD is given the ASA's commands
        List<String[]> forms = new ArrayList<>();   // {platform or "", commands}
        for (String alt : command.split(" \\|\\| ")) {
            String a = alt.strip();
            int colon = a.indexOf(": ");
            String plat = colon > 0 && a.substring(0, colon).matches("IOS|ASA|PIX") ? a.substring(0, colon) : "";
            forms.add(new String[] {plat, plat.isEmpty() ? a : a.substring(colon + 2).strip()});
        }
        List<String[]> chosen = new ArrayList<>();
        for (String[] f : forms) if (f[0].isEmpty() || f[0].equals(target.name())) chosen.add(f);
        if (chosen.isEmpty() && target == Platform.PIX) for (String[] f : forms) if (f[0].equals("ASA")) chosen.add(f);
        if (chosen.isEmpty()) chosen = forms;               // the device's platform is unknown: every form, named
        List<Step> out = new ArrayList<>();
        for (String[] f : chosen) {
            String label = chosen.size() > 1 && !f[0].isEmpty() ? "(" + f[0] + ") " : "";
            for (String c : f[1].split(" ; ")) if (!c.isBlank()) out.add(new Step(c.strip(), label + why));
        }
        return out;
    }
}
