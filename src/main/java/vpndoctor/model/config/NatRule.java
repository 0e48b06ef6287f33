package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * A NAT rule, reduced to what VPN diagnosis needs. kind:
 *  EXEMPTION - PIX/ASA "nat (inside) 0 access-list A" (sources/destinations from the ACL's permits);
 *  IDENTITY  - translates to itself: ASA 8.3+ "source static X X destination static Y Y", PIX "nat (if) 0 net mask";
 *  STATIC    - one-to-one (PIX "static", IOS "ip nat inside source static", ASA object/twice static);
 *  DYNAMIC   - many-to-one/pool (PIX "nat (inside) 1", IOS "ip nat inside source list", ASA dynamic).
 * realIface/mappedIface are the nameifs ("" on IOS); acl is the ACL that selects traffic ("" if none).
 * sources/destinations are the real networks; mappedSources what they become ([] when unknown).
 */
@FactDoc(value = "A NAT rule reduced to what VPN diagnosis needs; kindName EXEMPTION, IDENTITY, STATIC or DYNAMIC; exempting = traffic it matches is not translated.",
        example = "NatRule( side == Side.LOCAL, exempting, $acl : acl )")
public final class NatRule extends ConfigFact {
    public enum Kind { EXEMPTION, IDENTITY, STATIC, DYNAMIC }

    private final Kind kind;
    private final String realIface;
    private final String mappedIface;
    private final String acl;
    private final List<Net> sources;
    private final List<Net> destinations;
    private final List<Net> mappedSources;
    private final boolean noProxyArp;
    private final boolean routeLookup;

    public NatRule(String id, Side side, List<Origin> origins, Kind kind, String realIface, String mappedIface, String acl,
                   List<Net> sources, List<Net> destinations, List<Net> mappedSources, boolean noProxyArp, boolean routeLookup) {
        super(id, side, origins);
        this.kind = kind;
        this.realIface = nz(realIface);
        this.mappedIface = nz(mappedIface);
        this.acl = nz(acl);
        this.sources = List.copyOf(sources);
        this.destinations = List.copyOf(destinations);
        this.mappedSources = List.copyOf(mappedSources);
        this.noProxyArp = noProxyArp;
        this.routeLookup = routeLookup;
    }

    public Kind getKind() { return kind; }
    public String getKindName() { return kind.name(); }
    /** True for rules that leave traffic untranslated (what VPN traffic needs). */
    public boolean isExempting() { return kind == Kind.EXEMPTION || kind == Kind.IDENTITY; }
    public String getRealIface() { return realIface; }
    public String getMappedIface() { return mappedIface; }
    public String getAcl() { return acl; }
    public List<Net> getSources() { return sources; }
    public List<Net> getDestinations() { return destinations; }
    public List<Net> getMappedSources() { return mappedSources; }
    public boolean isNoProxyArp() { return noProxyArp; }
    public boolean isRouteLookup() { return routeLookup; }

    @Override public String describe() {
        return who() + " NAT " + kind.name().toLowerCase() + (realIface.isEmpty() ? "" : " (" + realIface + (mappedIface.isEmpty() ? "" : "," + mappedIface) + ")")
                + (acl.isEmpty() ? "" : " acl " + acl) + " src " + sources + (destinations.isEmpty() ? "" : " dst " + destinations)
                + (mappedSources.isEmpty() ? "" : " -> " + mappedSources);
    }
}
