package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.Objects;
import vpndoctor.model.Side;
import vpndoctor.model.config.KeyringPeer;

/** The keyring peer one side of a route-based tunnel uses for the other side (the most specific one that covers its address). */
@FactDoc(value = "Derived by rules-drl/config/ikev2-profile-keys.drl: the keyring peer (local and remote key) one side of a paired route-based tunnel uses for the other side.",
        example = "ChosenKey( side == Side.LOCAL, $pair : pairing, $k : key )")
public final class ChosenKey {
    private final VtiPairing pairing;
    private final Side side;
    private final KeyringPeer key;

    public ChosenKey(VtiPairing pairing, Side side, KeyringPeer key) {
        this.pairing = Objects.requireNonNull(pairing);
        this.side = Objects.requireNonNull(side);
        this.key = Objects.requireNonNull(key);
    }

    public VtiPairing getPairing() { return pairing; }
    public Side getSide() { return side; }
    public KeyringPeer getKey() { return key; }

    @Override public boolean equals(Object o) {
        return o instanceof ChosenKey c && c.pairing.equals(pairing) && c.side == side && c.key == key;
    }
    @Override public int hashCode() { return Objects.hash(pairing, side, key.getId()); }
    @Override public String toString() { return side + " uses keyring peer " + key.getPeerName() + " on " + pairing; }
}
