package vpndoctor.model;

import java.util.List;

/** An input fact: it points back at the lines it was read from. */
public interface Traceable {
    /** Stable id within one diagnosis, e.g. "e12" for an event or "c4" for a config fact. */
    String getId();

    /** The line(s) this fact was read from, first one first. */
    List<Origin> getOrigins();

    /** One-line human description used in explanations. */
    String describe();
}
