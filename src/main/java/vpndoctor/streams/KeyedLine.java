package vpndoctor.streams;

import java.time.Instant;

/** A VPN line on its way to its tunnel's task: the tunnel (null when the parser found none), the sending device, the line's time. */
record KeyedLine(String peer, String device, Instant time, String line) {}
