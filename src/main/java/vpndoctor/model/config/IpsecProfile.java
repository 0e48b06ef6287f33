package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * "crypto ipsec profile P" (IOS/IOS-XE and ASA): the transform sets / IKEv2 ipsec-proposals it
 * offers, its PFS group (0 = off) and the IKEv2 or ISAKMP profile it names ("" when none).
 */
@FactDoc(value = "An IPsec profile (route-based tunnels): transform sets or IKEv2 ipsec-proposals offered, PFS group (0 = off), the IKEv2 / ISAKMP profile it names.",
        example = "IpsecProfile( side == Side.PEER, pfsGroup == 0, $sets : transformSets )")
public final class IpsecProfile extends ConfigFact {
    private final String name;
    private final List<String> transformSets;
    private final int pfsGroup;
    private final String ikev2Profile;
    private final String isakmpProfile;

    public IpsecProfile(String id, Side side, List<Origin> origins, String name, List<String> transformSets, int pfsGroup,
                        String ikev2Profile, String isakmpProfile) {
        super(id, side, origins);
        this.name = nz(name);
        this.transformSets = List.copyOf(transformSets);
        this.pfsGroup = pfsGroup;
        this.ikev2Profile = nz(ikev2Profile);
        this.isakmpProfile = nz(isakmpProfile);
    }

    public String getName() { return name; }
    @FactDoc("names of the transform sets / ipsec-proposals offered; empty = the platform's default set")
    public List<String> getTransformSets() { return transformSets; }
    @FactDoc("PFS DH group, 0 when 'set pfs' is absent")
    public int getPfsGroup() { return pfsGroup; }
    public String getIkev2Profile() { return ikev2Profile; }
    public String getIsakmpProfile() { return isakmpProfile; }

    @Override public String describe() {
        return who() + " ipsec profile " + name + " sets " + transformSets + " pfs " + pfsGroup
                + (ikev2Profile.isEmpty() ? "" : " ikev2-profile " + ikev2Profile);
    }
}
