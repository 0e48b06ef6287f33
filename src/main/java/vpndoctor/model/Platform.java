package vpndoctor.model;

/** Device family whose wording a line or config uses. */
public enum Platform {
    PIX, ASA, IOS, UNKNOWN,
    /**
     * Firepower Threat Defense: its data plane (lina) is the ASA's and logs, debugs and shows as the ASA
     * does, under its own name ("%FTD-"). Rules treat it as the ASA ({@link #family()}); reports name it.
     */
    FTD;

    public String label() {
        return this == UNKNOWN ? "device" : name();
    }

    /** The family whose wording and commands this platform shares: the ASA for the FTD, else the platform itself. */
    public Platform family() {
        return this == FTD ? ASA : this;
    }
}
