package vpndoctor.parse.log;

import vpndoctor.model.EventKind;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * Per-line pipeline: normalize, continue an open IPSEC block, fast reject, strip the envelope,
 * detect the platform, parse, attribute the peer, then record the event or the unrecognized line.
 * Every line ends in exactly one accounting bucket. The text kept as a fact's origin is shown to the
 * user, so it goes through {@link LogSecrets} first (a pasted or logged config command carries keys).
 */
final class LineClassifier {
    private final InputAccounting acct;
    private final EventStore store;
    private final Parsed parsed = new Parsed();
    private final LineDecoder decoder = new LineDecoder();
    /** One time String per second of scanned lines. */
    private final SyslogTime times = new SyslogTime();
    private long seq;
    /** The peer the last line read through {@link #line} was attributed to (null when none): for line-at-a-time callers (LineAttributor). */
    String lastLinePeer;
    /** The envelope time of the last line read through {@link #line} (null when it had none). */
    String lastLineTime;
    /** Whether the last line was an event about hosts rather than a tunnel (NAT, connections): never given a peer by context. */
    boolean lastLineTunnelless;

    LineClassifier(InputAccounting acct, EventStore store) {
        this.acct = acct;
        this.store = store;
    }

    void tooLong(SourceContext ctx) {
        ctx.lineNo++;
        seq++;
        acct.line();
        acct.skipLine(ctx.source, ctx.lineNo, LineLimits.TOO_LONG_REASON);
    }

    /**
     * A line judged from its bytes ({@link LineScan}); takes the full path when the scan could not
     * decide or an IPSEC block is open (whether the line continues it depends on context).
     */
    void scanned(SourceContext ctx, LineScan s, byte[] b, int off, int len) {
        LineScan.Verdict verdict = s.verdict();
        if (verdict == LineScan.Verdict.SLOW || ctx.block != null) {
            String text = decoder.decode(b, off, len);
            if (text.length() > LineLimits.MAX_CHARS) tooLong(ctx); else line(ctx, text);
            return;
        }
        ctx.lineNo++;
        seq++;
        acct.line();
        switch (verdict) {
            case IRRELEVANT -> acct.irrelevant();
            case SYSLOG_IRRELEVANT -> {
                samePlatform(ctx, s.platform());
                acct.irrelevant();
            }
            case SYSLOG_EVENT -> {
                Platform platform = s.platform();
                samePlatform(ctx, platform);
                EventKind kind = s.kind();
                String time = s.time(b, times);
                // the origin (the line as a String) is made only while the event still keeps samples
                LogEvent e = store.overflowIfNew(kind, null, s.keyHash);
                if (e == null) e = store.existing(s.key(b), kind, null);
                if (e != null) {
                    e.addOccurrence(e.getOrigins().size() < LogEvent.MAX_SAMPLES ? origin(ctx, b, off, len) : null, time, seq);
                } else {
                    s.toParsed(b, parsed);
                    store.add(parsed, s.key(b), platform, origin(ctx, b, off, len), time, seq);
                }
                acct.relevant();
            }
            default -> throw new IllegalStateException(verdict.name());
        }
    }

    /** Sets the source's platform, storing only a change (a reference stored per line costs G1 a card to refine). */
    private static void samePlatform(SourceContext ctx, Platform p) {
        if (ctx.platform != p) ctx.platform = p;
    }

    private static Origin origin(SourceContext ctx, byte[] b, int off, int len) {
        return new Origin(ctx.source, ctx.lineNo, AsciiBytes.string(b, off, off + len));
    }

    void line(SourceContext ctx, String raw) {
        lastLinePeer = null;
        lastLineTime = null;
        lastLineTunnelless = false;
        ctx.lineNo++;
        seq++;
        acct.line();
        String line = TextNormalizer.normalize(raw);
        if (ctx.block != null) {
            if (ProposalBlock.isContinuation(line)) {
                ctx.block.add(line);
                acct.relevant();
                if (ctx.block.isComplete()) finishBlock(ctx);
                return;
            }
            finishBlock(ctx);
        }
        if (!RelevanceFilter.mayBeRelevant(line)) {
            acct.irrelevant();
            return;
        }
        Envelope.Stripped env = Envelope.strip(line);
        lastLineTime = env.time();
        Msg msg = new Msg(env.message());
        Platform platform = PlatformDetector.detect(msg.text, ctx);
        trackPhase(msg, ctx);
        EventKind blockKind = ProposalBlock.startKind(msg);
        if (blockKind != null) {
            ctx.block = new ProposalBlock(blockKind, new Origin(ctx.source, ctx.lineNo, LogSecrets.mask(line)), env.time(), seq, platform);
            ctx.block.add(msg.text);
            acct.relevant();
            if (ctx.block.isComplete() || MessageParser.syslogMarker(msg.text) >= 0) finishBlock(ctx);
            return;
        }
        parsed.reset();
        switch (MessageParser.parse(msg, parsed)) {
            case EVENT -> {
                packetDirection(ctx);
                attribute(msg, ctx);
                lastLinePeer = parsed.peer;
                lastLineTunnelless = parsed.tunnelless;
                store.add(parsed, platform, new Origin(ctx.source, ctx.lineNo, LogSecrets.mask(line)), env.time(), seq);
                acct.relevant();
            }
            case UNRECOGNIZED -> {
                learnPeer(msg, ctx);
                store.unrecognized(new Origin(ctx.source, ctx.lineNo, LogSecrets.mask(line)), platform);
                acct.unrecognized();
            }
            case IGNORED, IRRELEVANT -> acct.irrelevant();
        }
    }

    /**
     * IKEv2 packet dumps: the header line says which way the packet went, the payload lines after it
     * (a failing NOTIFY among them) do not, so the header's direction is kept and given to them.
     */
    private void packetDirection(SourceContext ctx) {
        if (!"2".equals(parsed.attrs.get("ikev"))) return;
        if (parsed.kind == EventKind.PACKET_FROM_PEER) ctx.ikev2Packet = "received";
        else if (parsed.kind == EventKind.IKE_TRACE && "packet sent".equals(parsed.attrs.get("step"))) ctx.ikev2Packet = "sent";
        else if (parsed.kind == EventKind.NOTIFY && Ikev2Rules.DUMP_DIRECTION.equals(parsed.attrs.get("direction"))) {
            if (ctx.ikev2Packet != null) parsed.attrs.put("direction", ctx.ikev2Packet); else parsed.attrs.remove("direction");
        }
    }

    /** End of a source: an open block is emitted as it stands. */
    void endOfSource(SourceContext ctx) {
        if (ctx.block != null) finishBlock(ctx);
    }

    private void finishBlock(SourceContext ctx) {
        ProposalBlock b = ctx.block;
        ctx.block = null;
        parsed.reset();
        b.toParsed(parsed, ctx);
        settlePeer(ctx, null);
        store.add(parsed, b.platform, b.origin, b.time, b.seq);
    }

    /** Peer from the rule, else from the generic phrases, else the source's last peer; never our own address. */
    private void attribute(Msg msg, SourceContext ctx) {
        if (parsed.tunnelless) return;
        if (parsed.peer == null && !parsed.attrs.containsKey("badAddress")) {
            String candidate = PeerFinder.find(msg.text);
            if (candidate != null) parsed.peer(candidate);
        }
        String group = PeerFinder.group(msg.text);
        if (group != null) parsed.attr("group", group);
        if (parsed.attrs.containsKey("phase") == false && ctx.phase != 0
                && (parsed.kind == EventKind.ATTS_NOT_ACCEPTABLE || parsed.kind == EventKind.ATTS_ACCEPTABLE)) {
            parsed.attr("phase", Integer.toString(ctx.phase));
        }
        settlePeer(ctx, ConnId.of(msg.text));
    }

    /** Peer of a line: its own, else the one its debug connection id talks to, else the source's last peer. */
    private void settlePeer(SourceContext ctx, String conn) {
        ctx.addLocal(parsed.local);
        if (parsed.peer != null && ctx.isLocal(parsed.peer)) {
            if (parsed.local == null) parsed.local = parsed.peer;
            parsed.peer = null;
        }
        if (parsed.peer != null) {
            ctx.lastPeer = parsed.peer;
            ctx.rememberConn(conn, parsed.peer);
        } else if (ctx.peerOfConn(conn) != null) {
            parsed.peer = ctx.peerOfConn(conn);
        } else if (ctx.lastPeer != null && !ctx.isLocal(ctx.lastPeer)) {
            parsed.peer = ctx.lastPeer;
        }
    }

    /** Unrecognized lines still tell which tunnel the lines after them are about. */
    private static void learnPeer(Msg msg, SourceContext ctx) {
        // only lines about IKE/IPsec name a peer; a NetBIOS or routing message would mislead
        String l = msg.lower;
        if (!(l.contains("isakmp") || l.contains("ipsec") || l.contains("ike") || l.contains("crypto") || l.contains("vpn")
                || l.contains("ip = ") || l.contains("-713") || l.contains("-714") || l.contains("-715"))) return;
        String candidate = PeerFinder.find(msg.text);
        if (Addresses.isIpv4(candidate) && !ctx.isLocal(candidate)) ctx.lastPeer = candidate;
    }

    /** Which phase the surrounding trace is in, so "atts not acceptable" can say whose offer failed. */
    private static void trackPhase(Msg msg, SourceContext ctx) {
        String l = msg.lower;
        if (l.contains("checking isakmp transform") || l.contains("oak_mm") || l.contains("oak_ag")
                || l.contains("main mode") || l.contains("aggressive mode") || l.contains("message id = 0")
                && !l.contains("message id = 0x") && l.contains("sa payload")) {
            ctx.phase = 1;
        } else if (l.contains("checking ipsec proposal") || l.contains("oak_qm") || l.contains("quick mode")
                || l.contains("ipsec(") || l.contains("sa payload. message id = ")) {
            ctx.phase = 2;
        }
    }
}
