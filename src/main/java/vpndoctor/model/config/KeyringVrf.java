package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** IOS "crypto keyring NAME vrf X": the keyring's keys serve peers reached through VRF X (IKEv1 looks keys up per VRF). */
@FactDoc(value = "IOS 'crypto keyring NAME vrf X': the keyring's keys serve peers reached through VRF X.",
        example = "KeyringVrf( side == Side.LOCAL, vrf == \"INET\" )")
public final class KeyringVrf extends ConfigFact {
    private final String keyring;
    private final String vrf;

    public KeyringVrf(String id, Side side, List<Origin> origins, String keyring, String vrf) {
        super(id, side, origins);
        this.keyring = nz(keyring);
        this.vrf = nz(vrf);
    }

    public String getKeyring() { return keyring; }
    public String getVrf() { return vrf; }

    @Override public String describe() { return who() + " keyring " + keyring + " serves VRF " + vrf; }
}
