package vpndoctor.parse.log;

import java.util.HashSet;
import java.util.Set;
import vpndoctor.model.Platform;

/**
 * What one source has told us so far: debug lines often omit the peer ("retransmitting phase 1") and
 * the platform, and mean the peer and device of the lines around them. Kept per source so two files
 * read one after another do not leak context into each other.
 */
final class SourceContext {
    private static final int MAX_LOCALS = 64;

    final String source;
    /** A command at the FTD CLI's bare prompt was read; the next line decides whether it was one ({@link FtdMarkers#prompt}). */
    boolean ftdPrompt;
    /** The ASA context a "changeto context" of this source switched to (null: none, or the system): {@link ConfigSection#changesContext}. */
    String context;
    /** Invalid SPIs of this source and the 602303 that may follow them ({@link SpiLedger}; its book is the reader's, made on first use). */
    SpiLedger spis;
    /** Lines read so far from this source, in reading order. */
    int lineNo;
    /** The source's line count when it is read last line first ({@link NewestFirst}), else 0. */
    int reversedLines;
    /** The width a terminal broke this source's lines at ({@link TerminalWrap}; {@link TerminalWrap#WIDTH} unless its head shows another). */
    int wrapWidth = TerminalWrap.WIDTH;
    /** The width a page wrapped this source's dated lines at a word ({@link TerminalWrap#softWidth}); 0 when none. */
    int softWidth;
    /** The length of the held line's last piece (a page's wrap: {@link TerminalWrap#continuesSoft}). */
    int cutLast;
    /** Lines read joined from a page's word wraps. */
    int softJoined;
    /** A line that may go on in the next one ({@link TerminalWrap}), with the pieces joined so far; null when none is held. */
    StringBuilder cut;
    int cutPieces;
    /** {@link TerminalWrap#DATED} or {@link TerminalWrap#NUMBER}: what may continue the held line. */
    int cutKind;
    /** Lines read joined from pieces, and the first of them (for one note per source). */
    int joinedLines;
    int firstJoined;
    /** IOS messages read joined from their own two lines ({@link TerminalWrap#SPLIT}), and the first of them. */
    int splitMessages;
    int firstSplit;
    /** Whether the held message's own second line was joined to it (read when it is flushed). */
    boolean splitTailJoined;
    /** The last peer a VPN negotiation line named, and where: host, time and line (see {@link TimeWindow}). */
    private String lastPeer;
    private String lastHost;
    private String lastTime;
    private int lastLine;
    /** Envelope host and time of the line being classified (of the block's first line while one is open). */
    String lineHost;
    String lineTime;
    /**
     * The last envelope host this source named, and when: a line without one among relayed lines, close
     * to it ({@link TimeWindow}), is most likely that device's; one far from it (another device's block
     * pasted after) is no known device's.
     */
    private String lastDevice;
    private String lastDeviceTime;
    /** lastDeviceTime in {@link TimeWindow#seconds}, parsed when a hostless line first asks (Long.MIN_VALUE: not yet). */
    private long lastDeviceSeconds = Long.MIN_VALUE;
    private int lastDeviceLine;
    /** The current line's time in {@link TimeWindow#seconds}, once asked (Long.MIN_VALUE: not yet). */
    private long lineSeconds = Long.MIN_VALUE;
    private String lineSecondsOf;
    /** ASA "Group = NAME" → the one peer lines of that group named ("" once two peers were seen: no answer). */
    private final java.util.Map<String, String> peerByGroup = new java.util.HashMap<>();
    /** Platform established by an unambiguous line (null until one is seen). */
    Platform platform;
    /** The current line's platform is a guess from its wording ({@link PlatformDetector}). */
    boolean platformGuessed;
    /** Events this source made with a guessed platform: its established platform settles them at its end (bounded). */
    final java.util.List<vpndoctor.model.LogEvent> guessed = new java.util.ArrayList<>();
    static final int MAX_GUESSED = 4096;
    /** 1 or 2 when recent trace lines say which phase is being negotiated, else 0. */
    int phase;
    /**
     * Each device's own gateway addresses, as learned from lines that name both ends. Per device: in a
     * relayed file the hub's own address is the spoke's peer, and the spoke's lines must keep it.
     */
    private final java.util.Map<String, Set<String>> locals = new java.util.HashMap<>();
    private int localCount;
    /** The device key and its addresses of the last {@link #isLocal} (asked of most lines; cleared when one is added). */
    private String localsOf;
    private Set<String> localsOfDevice;
    /** IOS/PIX debug connection id ("ISAKMP:(1001):") → the peer that SA talks to; bounded. */
    private final java.util.Map<String, String> peerByConn = new java.util.HashMap<>();
    private static final int MAX_CONNS = 4096;
    /** A multi-line IPSEC(...) block still being collected. */
    ProposalBlock block;
    /** A pasted 'show crypto ipsec sa' still being read (null outside one). */
    ShowIpsecSa showSa;
    /** A pasted packet-tracer run, vpn-sessiondb or ping result still being read (null outside one). */
    StateBlock state;
    /** A pasted 'show running-config' (or part of it) still being read (null outside one): {@link ConfigSection}. */
    ConfigSection config;
    /** A pasted routing table still being read (null outside one). */
    ShowRoutes routes;
    /** "received" or "sent": the IKEv2 packet whose dump the next payload lines belong to (null before any). */
    String ikev2Packet;

    SourceContext(String source) {
        this.source = source;
    }

    /** The current line's number in the file as written (what origins and notes name), whatever the reading order. */
    int fileLine() {
        return fileLineOf(lineNo);
    }

    /** The file's number of the n-th line read; as its own inverse, also the reading number of file line n. */
    int fileLineOf(int n) {
        return reversedLines == 0 ? n : reversedLines + 1 - n;
    }

    int readingLine(int fileLine) {
        return fileLineOf(fileLine);
    }

    /** Notes the current line's envelope host as the source's current device (called for tunnel events only). */
    void noteHost() {
        if (lineHost == null) return;
        lastDevice = lineHost;
        if (!java.util.Objects.equals(lastDeviceTime, lineTime)) lastDeviceSeconds = Long.MIN_VALUE;
        lastDeviceTime = lineTime;
        lastDeviceLine = lineNo;
    }

    /** The device that logged the current line: its envelope host, else the last one this source named close to it, else null. */
    String device() {
        if (lineHost != null || lastDevice == null) return lineHost;
        if (lastDeviceSeconds == Long.MIN_VALUE) lastDeviceSeconds = TimeWindow.seconds(lastDeviceTime);
        return TimeWindow.near(lineSeconds(), lineNo, lastDeviceSeconds, lastDeviceLine) ? lastDevice : null;
    }

    /** The current line's time as seconds, parsed once per distinct time text (a second's lines share it). */
    private long lineSeconds() {
        if (lineSeconds == Long.MIN_VALUE || !java.util.Objects.equals(lineSecondsOf, lineTime)) {
            lineSeconds = TimeWindow.seconds(lineTime);
            lineSecondsOf = lineTime;
        }
        return lineSeconds;
    }

    void addLocal(String address) {
        if (address == null || localCount >= MAX_LOCALS) return;
        if (locals.computeIfAbsent(deviceKey(), d -> new HashSet<>()).add(address)) localCount++;
        localsOf = null;
    }

    private String deviceKey() {
        String device = device();
        return device == null ? "" : device;
    }

    void rememberConn(String conn, String peer) {
        if (conn == null || peer == null) return;
        String key = connKey(conn);
        if (peerByConn.size() < MAX_CONNS || peerByConn.containsKey(key)) peerByConn.put(key, peer);
    }

    String peerOfConn(String conn) {
        return conn == null ? null : peerByConn.get(connKey(conn));
    }

    /** Connection ids (and group names) are per device: two routers' "(1001)" in one relayed file are different SAs. */
    private String connKey(String conn) {
        String device = device();
        return device == null ? conn : device + '\u0001' + conn;
    }

    /** A VPN negotiation line named this peer: lines near it that name none may be about it. */
    void rememberPeer(String peer) {
        lastPeer = peer;
        lastHost = lineHost;
        lastTime = lineTime;
        lastLine = lineNo;
    }

    /** The last named peer when the current line is near it (same device, a short time), else null. */
    String nearbyPeer() {
        if (lastPeer == null || isLocal(lastPeer)) return null;
        return TimeWindow.near(lineHost, lineTime, lineNo, lastHost, lastTime, lastLine) ? lastPeer : null;
    }

    void rememberGroup(String group, String peer) {
        if (group == null || peer == null) return;
        String key = connKey(group); // tunnel-group names are per device, like connection ids
        if (peerByGroup.size() >= MAX_CONNS && !peerByGroup.containsKey(key)) return;
        peerByGroup.merge(key, peer, (a, b) -> a.equals(b) ? a : "");
    }

    String peerOfGroup(String group) {
        String p = group == null ? null : peerByGroup.get(connKey(group));
        return p == null || p.isEmpty() ? null : p;
    }

    boolean isLocal(String address) {
        if (address == null || locals.isEmpty()) return false;
        String key = deviceKey();
        if (!key.equals(localsOf)) {
            localsOf = key;
            localsOfDevice = locals.get(key);
        }
        return localsOfDevice != null && localsOfDevice.contains(address);
    }
}
