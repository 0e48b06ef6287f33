package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * One network of an object-group after flattening nested groups. nestedVia lists the groups
 * between this group and the member's own group ([] = written directly in this group; ["G2"] =
 * came in through "group-object G2"). writtenAsHost = "network-object host A" (or an ASA object
 * "host A"). Origins: the member line, then the group-object lines that brought it in.
 */
@FactDoc(value = "One network of an object-group after flattening nested groups; writtenAsHost = 'network-object host A'; nestedVia = the group-objects it came through.",
        example = "ObjectGroupMember( side == Side.LOCAL, writtenAsHost, prefixLength == 32 )")
public final class ObjectGroupMember extends ConfigFact {
    private final String group;
    private final Net network;
    private final boolean writtenAsHost;
    private final List<String> nestedVia;
    private Net containedBy;

    public ObjectGroupMember(String id, Side side, List<Origin> origins, String group, Net network,
                             boolean writtenAsHost, List<String> nestedVia) {
        super(id, side, origins);
        this.group = nz(group);
        this.network = network;
        this.writtenAsHost = writtenAsHost;
        this.nestedVia = List.copyOf(nestedVia);
    }

    public String getGroup() { return group; }
    public Net getNetwork() { return network; }
    public String getAddress() { return network.getNetwork(); }
    public int getPrefixLength() { return network.getPrefix(); }
    public boolean isWrittenAsHost() { return writtenAsHost; }
    public List<String> getNestedVia() { return nestedVia; }
    public boolean isNested() { return !nestedVia.isEmpty(); }
    /** The address ends on a /24 boundary (a.b.c.0): written as a host, it is most likely a network. */
    public boolean isOnSubnetBoundary() { return network.isWrittenLikeNetwork(); }

    /**
     * The smallest other, larger network of the same group that contains this one, or null: found
     * by the parser in one sorted pass over the group, so rules need no member x member join.
     */
    public Net getContainedBy() { return containedBy; }
    public void setContainedBy(Net n) { this.containedBy = n; }

    @Override public String describe() {
        return who() + " object-group " + group + " member " + network + (writtenAsHost ? " (written as host)" : "")
                + (nestedVia.isEmpty() ? "" : " via " + String.join(" > ", nestedVia));
    }
}
