package vpndoctor.model;

/** Plumbing: a (cause, tunnel) pair that has at least one Support, so the weighing rule runs once per pair. */
@FactDoc(value = "Plumbing: a (cause, tunnel) pair that has at least one Support, so the weighing rule runs once per pair.",
        example = "CandidateCause( $c : causeId, $t : tunnel )")
public record CandidateCause(String causeId, String tunnel) {
    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }
}
