package vpndoctor.model;

/** Plumbing: a (cause, tunnel) pair that has at least one Support, so the weighing rule runs once per pair. */
@FactDoc(value = "Plumbing: a (cause, tunnel) pair that has at least one Support, so the weighing rule runs once per pair.",
        example = "CandidateCause( $c : causeId, $t : tunnel )")
public record CandidateCause(String causeId, String tunnel) {
    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }

    // the record's own equals and hashCode, written out (RecordMethodsTest): the generated ones are bootstrapped
    // through method handles at their first call, a dozen spun classes on every run's critical path
    @Override public boolean equals(Object o) {
        return o instanceof CandidateCause c && java.util.Objects.equals(causeId, c.causeId) && java.util.Objects.equals(tunnel, c.tunnel);
    }

    @Override public int hashCode() {
        return 31 * java.util.Objects.hashCode(causeId) + java.util.Objects.hashCode(tunnel);
    }
}
