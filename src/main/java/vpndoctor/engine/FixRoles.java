package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vpndoctor.model.FixSide;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.model.config.TunnelInterface;
import vpndoctor.model.derived.VtiPairing;

/**
 * Which configured device a finding's fix belongs on (from the FixSide conclusions of the config rules),
 * that device's hostname and platform, and which tunnels are route-based (their fixes use the
 * "fixRouteBased" syntax: ipsec profile, IKEv2 profile, keyring, tunnel interface).
 */
final class FixRoles {
    private final Map<String, FixSide> byKey = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Map<Side, DeviceInfo> devices = new HashMap<>();
    private final Set<String> routeBased = new HashSet<>();

    FixRoles(List<FixSide> sides, List<DeviceInfo> infos, List<VtiPairing> pairings, List<TunnelInterface> tunnels) {
        // several rules may name a side for one finding; when they disagree, the report names none
        List<FixSide> sorted = new ArrayList<>(sides);
        sorted.sort(java.util.Comparator.comparing(FixSide::getTarget).thenComparing(FixSide::getReason));
        for (FixSide f : sorted) {
            String k = f.getCauseId() + "@" + f.getTunnel();
            FixSide old = byKey.putIfAbsent(k, f);
            if (old != null && old.getSide() != f.getSide()) ambiguous.add(k);
        }
        for (DeviceInfo d : infos) devices.putIfAbsent(d.getSide(), d);
        for (VtiPairing p : pairings) routeBased.add(p.getTunnel());
        for (TunnelInterface t : tunnels) if (t.getSide() == Side.LOCAL && !t.getFarEnd().isEmpty()) routeBased.add(t.getFarEnd());
    }

    /** The side to change for this finding, or null when no rule named one (or rules disagree). */
    FixSide of(String causeId, String tunnel) {
        String k = causeId + "@" + tunnel;
        return ambiguous.contains(k) ? null : byKey.get(k);
    }

    boolean routeBased(String tunnel) { return routeBased.contains(tunnel); }

    /** The platform of the device to change, or null when its config did not say. */
    Platform platform(FixSide f) {
        DeviceInfo d = devices.get(f.getSide());
        return d == null || d.getPlatform() == Platform.UNKNOWN ? null : d.getPlatform();
    }

    /** Fills the placeholders the target names: <tunnel-if>, <profile>, <keyring>. */
    static List<String> fill(List<String> commands, FixSide f) {
        String ifc = part(f.getTarget(), "interface ");
        String profile = part(f.getTarget(), "ipsec profile ");
        String keyring = part(f.getTarget(), "keyring ");
        List<String> out = new ArrayList<>(commands.size());
        for (String c : commands) {
            if (ifc != null) c = c.replace("<tunnel-if>", ifc);
            if (profile != null) c = c.replace("<profile>", profile);
            if (keyring != null) c = c.replace("<keyring>", keyring);
            out.add(c);
        }
        return out;
    }

    private static String part(String target, String word) {
        int i = target.indexOf(word);
        if (i < 0) return null;
        String rest = target.substring(i + word.length());
        int end = rest.indexOf(',');
        return (end < 0 ? rest : rest.substring(0, end)).trim();
    }
}
