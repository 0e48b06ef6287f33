package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.List;
import java.util.Objects;
import vpndoctor.model.Side;
import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.CryptoMapEntry;

/** A crypto map entry's encryption domain: the permit entries of its crypto ACL, object-groups expanded. */
@FactDoc(value = "Derived by rules-drl/config: a crypto map entry's encryption domain, the permit entries of its crypto ACL with object-groups expanded.",
        example = "EncryptionDomain( side == Side.LOCAL, $entries : entries )")
public final class EncryptionDomain {
    private final CryptoMapEntry entry;
    private final List<AclEntry> entries;

    public EncryptionDomain(CryptoMapEntry entry, List<?> entries) {
        this.entry = Objects.requireNonNull(entry);
        this.entries = entries.stream().map(AclEntry.class::cast)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex())).toList();
    }

    public CryptoMapEntry getEntry() { return entry; }
    public Side getSide() { return entry.getSide(); }
    public List<AclEntry> getEntries() { return entries; }
    public boolean hasPortOrProtocolQualifier() { return entries.stream().anyMatch(AclEntry::hasPortOrProtocolQualifier); }

    @Override public boolean equals(Object o) {
        return o instanceof EncryptionDomain d && d.entry.getId().equals(entry.getId())
                && d.entries.stream().map(AclEntry::getId).toList().equals(entries.stream().map(AclEntry::getId).toList());
    }
    @Override public int hashCode() { return Objects.hash(entry.getId(), entries.size()); }
    @Override public String toString() {
        return "encryption domain of " + entry.getSide().name().toLowerCase() + " crypto map " + entry.getMap() + " " + entry.getSeq()
                + " (ACL " + entry.getMatchAcl() + ", " + entries.size() + " entries)";
    }
}
