package vpndoctor.model;

/** Device family whose wording a line or config uses. */
public enum Platform {
    PIX, ASA, IOS, UNKNOWN;

    public String label() {
        return this == UNKNOWN ? "device" : name();
    }
}
