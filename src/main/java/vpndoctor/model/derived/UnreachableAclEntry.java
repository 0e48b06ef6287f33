package vpndoctor.model.derived;

import java.util.Objects;
import vpndoctor.model.FactDoc;
import vpndoctor.model.Side;
import vpndoctor.model.config.AclEntry;

/**
 * An ACL entry no packet ever reaches: an earlier entry of the same ACL with the other action matches
 * every packet it would match, and the first match decides. A NAT ACL's deny written after its
 * "permit ... any" is the classic case: the traffic it was written to exempt is translated.
 */
@FactDoc(value = "Derived by rules-drl/config: an ACL entry that an earlier entry of the same ACL with the other action covers whole (first match wins), so it never decides; shadow is that earlier entry.",
        example = "UnreachableAclEntry( side == Side.LOCAL, $deny : entry, $permit : shadow )")
public final class UnreachableAclEntry {
    private final AclEntry entry;
    private final AclEntry shadow;

    public UnreachableAclEntry(AclEntry entry, AclEntry shadow) {
        this.entry = Objects.requireNonNull(entry);
        this.shadow = Objects.requireNonNull(shadow);
    }

    public AclEntry getEntry() { return entry; }
    public AclEntry getShadow() { return shadow; }
    public Side getSide() { return entry.getSide(); }
    public String getAcl() { return entry.getAcl(); }

    @Override public boolean equals(Object o) {
        return o instanceof UnreachableAclEntry u && u.entry == entry && u.shadow == shadow;
    }
    @Override public int hashCode() { return Objects.hash(entry.getId(), shadow.getId()); }
    @Override public String toString() {
        return "access-list " + entry.getAcl() + " #" + entry.getIndex() + " (" + entry.getAction() + ") is never reached: #"
                + shadow.getIndex() + " (" + shadow.getAction() + ") matches all its traffic first";
    }
}
