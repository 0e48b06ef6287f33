package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.Objects;
import vpndoctor.model.config.TunnelInterface;

/**
 * The keyring a protected tunnel's IKE uses, found through its chain: tunnel protection -> ipsec
 * profile -> IKEv2 profile (or ISAKMP profile) -> keyring; IOS global "crypto isakmp key" lines are the
 * keyring "isakmp-keys", an ASA's tunnel-groups named by address the keyring "tunnel-group".
 */
@FactDoc(value = "Derived by rules-drl/config/ikev2-profile-keys.drl: the keyring a protected tunnel interface's IKE uses (through ipsec profile and IKEv2/ISAKMP profile; 'isakmp-keys' for global IOS keys, 'tunnel-group' on the ASA).",
        example = "TunnelKeyring( tunnel.side == Side.LOCAL, $kr : keyring )")
public final class TunnelKeyring {
    private final TunnelInterface tunnel;
    private final String keyring;

    public TunnelKeyring(TunnelInterface tunnel, String keyring) {
        this.tunnel = Objects.requireNonNull(tunnel);
        this.keyring = Objects.requireNonNull(keyring);
    }

    public TunnelInterface getTunnel() { return tunnel; }
    public String getKeyring() { return keyring; }

    @Override public boolean equals(Object o) { return o instanceof TunnelKeyring k && k.tunnel == tunnel && k.keyring.equals(keyring); }
    @Override public int hashCode() { return Objects.hash(tunnel.getId(), keyring); }
    @Override public String toString() { return tunnel.getName() + " uses keyring " + keyring; }
}
