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
    private final List<String> groups;

    public EncryptionDomain(CryptoMapEntry entry, List<?> entries) {
        this.entry = Objects.requireNonNull(entry);
        this.entries = entries.stream().map(AclEntry.class::cast)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex())).toList();
        java.util.Set<String> g = new java.util.TreeSet<>();
        for (AclEntry e : this.entries) {
            if (!e.getSrcGroup().isEmpty()) g.add(e.getSrcGroup());
            if (!e.getDstGroup().isEmpty()) g.add(e.getDstGroup());
        }
        this.groups = List.copyOf(g);
    }

    /**
     * The object-groups its entries name (source or destination), each once: rules join group
     * members on these names by indexed equality instead of testing every member against every entry.
     */
    public List<String> getGroups() { return groups; }

    public CryptoMapEntry getEntry() { return entry; }
    public Side getSide() { return entry.getSide(); }
    public List<AclEntry> getEntries() { return entries; }
    /** Every entry protects GRE only (protocol gre or 47, no ports): the GRE-over-IPsec design. */
    public boolean isGreOnly() {
        return !entries.isEmpty() && entries.stream().allMatch(e -> "gre".equalsIgnoreCase(e.getProtocol()) || "47".equals(e.getProtocol()));
    }
    public boolean hasPortOrProtocolQualifier() { return entries.stream().anyMatch(AclEntry::hasPortOrProtocolQualifier); }

    // Same fact objects, not same ids: the what-if console may replace a config fact by a new reading
    // under the same id, and an "equal" domain would then keep pointing at the old entries.
    @Override public boolean equals(Object o) {
        if (!(o instanceof EncryptionDomain d) || d.entry != entry || d.entries.size() != entries.size()) return false;
        for (int i = 0; i < entries.size(); i++) if (d.entries.get(i) != entries.get(i)) return false;
        return true;
    }
    @Override public int hashCode() { return Objects.hash(entry.getId(), entries.size()); }
    @Override public String toString() {
        return "encryption domain of " + entry.getSide().name().toLowerCase() + " crypto map " + entry.getMap() + " " + entry.getSeq()
                + " (ACL " + entry.getMatchAcl() + ", " + entries.size() + " entries)";
    }
}
