package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * One access-list entry after expansion: an ACL line using object-groups yields one AclEntry per
 * (source member x destination member). index = position of the written line within its ACL
 * (1-based, remarks not counted); expanded entries of one line share it. protocol is "ip", "tcp",
 * "udp", "icmp", "esp" ... or a number. srcGroup/dstGroup name the object-group or object the side
 * came from ("" if written inline); srcHostForm/dstHostForm = written with "host" (or the member
 * was "network-object host"), which matters for the PIX 6.3(1) host-object bug.
 */
@FactDoc(value = "One access-list entry after object-group expansion (one per source x destination member); index = position of the written line in its ACL.",
        example = "$a : AclEntry( side == Side.LOCAL, acl == \"outside_cryptomap\", permit, srcPort.any == false )")
public final class AclEntry extends ConfigFact {
    private final String acl;
    private final int index;
    private final String action;
    private final String protocol;
    private final Net source;
    private final PortMatch srcPort;
    private final Net destination;
    private final PortMatch dstPort;
    private final String srcGroup;
    private final String dstGroup;
    private final boolean srcHostForm;
    private final boolean dstHostForm;

    public AclEntry(String id, Side side, List<Origin> origins, String acl, int index, String action, String protocol,
                    Net source, PortMatch srcPort, Net destination, PortMatch dstPort,
                    String srcGroup, String dstGroup, boolean srcHostForm, boolean dstHostForm) {
        super(id, side, origins);
        this.acl = nz(acl);
        this.index = index;
        this.action = nz(action);
        this.protocol = nz(protocol);
        this.source = source;
        this.srcPort = srcPort == null ? PortMatch.ANY : srcPort;
        this.destination = destination;
        this.dstPort = dstPort == null ? PortMatch.ANY : dstPort;
        this.srcGroup = nz(srcGroup);
        this.dstGroup = nz(dstGroup);
        this.srcHostForm = srcHostForm;
        this.dstHostForm = dstHostForm;
    }

    public String getAcl() { return acl; }
    public int getIndex() { return index; }
    public String getAction() { return action; }
    public boolean isPermit() { return "permit".equals(action); }
    public String getProtocol() { return protocol; }
    public Net getSource() { return source; }
    public PortMatch getSrcPort() { return srcPort; }
    public Net getDestination() { return destination; }
    public PortMatch getDstPort() { return dstPort; }
    public String getSrcGroup() { return srcGroup; }
    public String getDstGroup() { return dstGroup; }
    public boolean isSrcHostForm() { return srcHostForm; }
    public boolean isDstHostForm() { return dstHostForm; }
    /** True when the entry narrows traffic by protocol or port (proxy IDs then carry them too). */
    public boolean hasPortOrProtocolQualifier() { return !"ip".equals(protocol) || !srcPort.isAny() || !dstPort.isAny(); }

    @Override public String describe() {
        return who() + " access-list " + acl + " #" + index + " " + action + " " + protocol + " "
                + source + (srcGroup.isEmpty() ? "" : " (" + srcGroup + ")") + (srcPort.isAny() ? "" : " " + srcPort)
                + " -> " + destination + (dstGroup.isEmpty() ? "" : " (" + dstGroup + ")") + (dstPort.isAny() ? "" : " " + dstPort);
    }
}
