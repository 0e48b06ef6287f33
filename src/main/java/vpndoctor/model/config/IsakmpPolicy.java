package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * A phase 1 (ISAKMP/IKE) policy with normalised values: encryption des|3des|aes-128|aes-192|aes-256,
 * hash md5|sha|sha256|sha384|sha512, DH group number, authentication pre-share|rsa-sig|rsa-encr,
 * lifetime in seconds. Values the config did not write are the platform default; their attribute
 * names ("encryption", "hash", "group", "authentication", "lifetime") are in getDefaulted(), because
 * a default that differs between platforms is a classic hidden mismatch.
 */
@FactDoc(value = "A phase 1 (ISAKMP/IKE) policy with normalised values (encryption, hash, DH group, authentication, lifetime in seconds); defaulted names the attributes the config did not write (platform defaults differ: a classic hidden mismatch).",
        example = "$p : IsakmpPolicy( side == Side.LOCAL, encryption == \"3des\", group == 2 )")
public final class IsakmpPolicy extends ConfigFact {
    private final int priority;
    private final int ikeVersion;
    private final String encryption;
    private final String hash;
    private final int group;
    private final String authentication;
    private final long lifetime;
    private final Set<String> defaulted;

    public IsakmpPolicy(String id, Side side, List<Origin> origins, int priority, int ikeVersion, String encryption,
                        String hash, int group, String authentication, long lifetime, Set<String> defaulted) {
        super(id, side, origins);
        this.priority = priority;
        this.ikeVersion = ikeVersion;
        this.encryption = nz(encryption);
        this.hash = nz(hash);
        this.group = group;
        this.authentication = nz(authentication);
        this.lifetime = lifetime;
        this.defaulted = Set.copyOf(new TreeSet<>(defaulted));
    }

    public int getPriority() { return priority; }
    public int getIkeVersion() { return ikeVersion; }
    public String getEncryption() { return encryption; }
    public String getHash() { return hash; }
    public int getGroup() { return group; }
    public String getAuthentication() { return authentication; }
    public long getLifetime() { return lifetime; }
    public Set<String> getDefaulted() { return defaulted; }
    public boolean isDefaulted(String attribute) { return defaulted.contains(attribute); }

    /** The values that must match between peers (lifetime may differ), e.g. "3des/md5/group2/pre-share". */
    public String getSignature() { return encryption + "/" + hash + "/group" + group + "/" + authentication; }

    @Override public String describe() {
        return who() + " IKEv" + ikeVersion + " policy " + priority + ": " + encryption + " " + hash + " group " + group
                + " " + authentication + " lifetime " + lifetime + (defaulted.isEmpty() ? "" : " (defaults: " + String.join(",", new TreeSet<>(defaulted)) + ")");
    }
}
