package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;
import java.util.Locale;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * IOS "crypto ikev2 profile P" (or "crypto isakmp profile P" for IKEv1 VTIs, ikeVersion 1): the remote
 * identities it matches ("address A/len", "fqdn X", "email X", "key-id X", "any"), the identity it
 * sends (localIdType "" = the default, its address), authentication methods and keyring.
 */
@FactDoc(value = "An IKEv2 (or ISAKMP) profile: match identity remote entries, identity local (type '' = address), authentication local/remote methods, keyring.",
        example = "Ikev2Profile( side == Side.LOCAL, ikeVersion == 2, $k : keyring )")
public final class Ikev2Profile extends ConfigFact {
    private final String name;
    private final int ikeVersion;
    private final List<String> matchRemote;
    private final String localIdType;
    private final String localIdValue;
    private final String authLocal;
    private final String authRemote;
    private final String keyring;

    public Ikev2Profile(String id, Side side, List<Origin> origins, String name, int ikeVersion, List<String> matchRemote,
                        String localIdType, String localIdValue, String authLocal, String authRemote, String keyring) {
        super(id, side, origins);
        this.name = nz(name);
        this.ikeVersion = ikeVersion;
        this.matchRemote = List.copyOf(matchRemote);
        this.localIdType = nz(localIdType);
        this.localIdValue = nz(localIdValue);
        this.authLocal = nz(authLocal);
        this.authRemote = nz(authRemote);
        this.keyring = nz(keyring);
    }

    public String getName() { return name; }
    public int getIkeVersion() { return ikeVersion; }
    @FactDoc("'match identity remote' entries as 'TYPE VALUE' (address as A/len); empty = the profile matches nothing by identity")
    public List<String> getMatchRemote() { return matchRemote; }
    @FactDoc("'identity local' type: address, fqdn, email, key-id, dn; '' = not set (IOS sends its address)")
    public String getLocalIdType() { return localIdType; }
    public String getLocalIdValue() { return localIdValue; }
    @FactDoc("'authentication local' method: pre-share, rsa-sig, ecdsa-sig, eap; '' when absent")
    public String getAuthLocal() { return authLocal; }
    public String getAuthRemote() { return authRemote; }
    public String getKeyring() { return keyring; }
    public boolean isPreShared() { return authLocal.equals("pre-share") || authRemote.equals("pre-share") || (authLocal.isEmpty() && authRemote.isEmpty() && !keyring.isEmpty()); }

    /** The identity type this profile sends, with the default (its address) filled in. */
    public String sentIdType() { return localIdType.isEmpty() ? "address" : localIdType; }

    /** Whether this profile sends a name (identity local fqdn, email, key-id, dn) rather than an address. */
    public boolean isSendsName() { return !localIdType.isEmpty() && !localIdType.equals("address"); }

    /** The identity value this profile sends: its identity local value, else (address by default) the tunnel's own address. */
    public String sentIdValue(String ownAddress) { return localIdValue.isEmpty() ? nz(ownAddress) : localIdValue; }

    /** Whether every match identity remote entry is an address (a peer sending a name is then never matched). */
    public boolean isMatchesAddressesOnly() {
        return !matchRemote.isEmpty() && matchRemote.stream().allMatch(m -> m.startsWith("address "));
    }

    /** Whether one of the match identity remote entries accepts an identity of this type and value. */
    public boolean matchesIdentity(String type, String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        for (String m : matchRemote) {
            String[] tv = m.split(" ", 2);
            String mv = tv.length > 1 ? tv[1].toLowerCase(Locale.ROOT) : "";
            if (tv[0].equals("any")) return true;
            if (!tv[0].equals(type)) continue;
            if (type.equals("address")) {
                try { if (Net.parse(mv).contains(v)) return true; } catch (RuntimeException e) { /* not an address: no match */ }
            } else if (mv.startsWith("domain ")) {
                String d = mv.substring(7);
                if (v.equals(d) || v.endsWith("." + d) || v.endsWith("@" + d)) return true;
            } else if (mv.equals(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How specifically this profile's 'match identity address' entries accept an address identity: the longest
     * prefix among those that contain it, -1 when none does (IOS chooses, among ISAKMP profiles matching the peer's
     * address identity, the most specific entry).
     */
    public int addressIdentityPrefix(String value) {
        int best = -1;
        for (String m : matchRemote) {
            if (!m.startsWith("address ")) continue;
            try {
                Net n = Net.parse(m.substring(8).toLowerCase(Locale.ROOT));
                if (n.contains(value == null ? "" : value) && n.getPrefix() > best) best = n.getPrefix();
            } catch (RuntimeException e) { /* not an address: no match */ }
        }
        return best;
    }

    @Override public String describe() {
        return who() + (ikeVersion == 2 ? " ikev2 profile " : " isakmp profile ") + name + " match " + matchRemote
                + " identity local " + sentIdType() + (localIdValue.isEmpty() ? "" : " " + localIdValue) + " keyring " + keyring;
    }
}
