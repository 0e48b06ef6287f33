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

    /** The SPI ledger's entries of every source this classifier reads: one device's lines may be in several files ({@link SpiLedger}). */
    private final SpiLedger.Book spiBook = new SpiLedger.Book();
    /** Config sections pasted into the logs ({@link ConfigSection}), collected only when asked (null: read as log lines). */
    private java.util.List<ConfigSection> sections;

    /** From now on, collects pasted config sections to be read as configs ({@link #sections()}). */
    void collectSections() {
        if (sections == null) sections = new java.util.ArrayList<>();
    }

    /** The config sections read so far (with VPN config lines or not), in reading order. */
    java.util.List<ConfigSection> sections() {
        return sections == null ? java.util.List.of() : java.util.Collections.unmodifiableList(sections);
    }

    void tooLong(SourceContext ctx) {
        if (ctx.cut != null) flushCut(ctx);
        ctx.lineNo++;
        seq++;
        acct.line();
        acct.skipLine(ctx.source, ctx.fileLine(), LineLimits.TOO_LONG_REASON);
    }

    /**
     * A line judged from its bytes ({@link LineScan}); takes the full path when the scan could not
     * decide or an IPSEC block is open (whether the line continues it depends on context).
     */
    void scanned(SourceContext ctx, LineScan s, byte[] b, int off, int len) {
        if (ctx.cut != null) {
            if (ctx.cutKind == TerminalWrap.SOFT ? TerminalWrap.continuesSoft(ctx.cutLast, ctx.softWidth, ctx.cut, b, off, len)
                    : TerminalWrap.continues(ctx.cutKind, ctx.cut, b, off, len)) {
                joinCut(ctx, b, off, len);
                return;
            }
            flushCut(ctx);
        }
        if (TerminalWrap.splitHead(b, off, len) && (ctx.cutKind = TerminalWrap.SPLIT) == TerminalWrap.SPLIT
                || len == ctx.wrapWidth && (ctx.cutKind = TerminalWrap.mayBeCut(b, off, len, len)) != TerminalWrap.NONE
                || ctx.softWidth > 0 && TerminalWrap.maySoftCut(b, off, len, ctx.softWidth) && (ctx.cutKind = TerminalWrap.SOFT) == TerminalWrap.SOFT) { // held until the next line says whether it goes on
            ctx.cutLast = len;
            // each piece masked on its own too: joined without a space, "...failed" + "snmp-server community K"
            // no longer starts a word, and the joined line's mask would miss the key
            ctx.cut = new StringBuilder(3 * len).append(LogSecrets.mask(decoder.decode(b, off, len)));
            ctx.cutPieces = 1;
            return;
        }
        LineScan.Verdict verdict = s.verdict();
        if (verdict == LineScan.Verdict.SLOW || ctx.block != null || ctx.showSa != null || ctx.routes != null || ctx.state != null || ctx.config != null) {
            PreParsed pre = s.pre;
            if (pre != null) {
                line(ctx, pre.raw, pre);
                return;
            }
            String text = decoder.decode(b, off, len);
            if (text.length() > LineLimits.MAX_CHARS) tooLong(ctx); else line(ctx, text);
            return;
        }
        if (ctx.ftdPrompt) {
            int i = off;
            while (i < off + len && b[i] == ' ') i++;
            afterFtdPrompt(ctx, i == off + len, i < off + len && b[i] == '>');
        }
        ctx.lineNo++;
        seq++;
        acct.line();
        try {
            scannedVerdict(ctx, s, verdict, b, off, len);
        } catch (RuntimeException e) {
            failed(ctx, e);
        }
    }

    private void scannedVerdict(SourceContext ctx, LineScan s, LineScan.Verdict verdict, byte[] b, int off, int len) {
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
                // the logging host (a central syslog's second firewall is another device): one String per host, not per line
                String host = s.hasHost() ? (lastScannedHost = s.host(b, lastScannedHost)) : null;
                LogEvent e = store.overflowIfNew(kind, null, s.keyHash);
                if (e == null) e = store.existingOfScanned(s.key(b), kind, host);
                if (e != null) {
                    e.addOccurrence(e.sampleCount() < LogEvent.MAX_SAMPLES ? origin(ctx, b, off, len) : null, time, seq);
                } else {
                    s.toParsed(b, parsed);
                    parsed.device = host;
                    store.add(parsed, s.key(b), platform, origin(ctx, b, off, len), time, seq);
                }
                acct.relevant();
            }
            default -> throw new IllegalStateException(verdict.name());
        }
    }

    /**
     * The line after a command at a bare "&gt;" prompt ({@link FtdMarkers#prompt}): its output, unquoted, makes the
     * source the FTD's; quoted as well, the "&gt;" was an e-mail reply's quote mark. A blank line decides nothing.
     */
    private static void afterFtdPrompt(SourceContext ctx, boolean blank, boolean quoted) {
        if (blank) return;
        ctx.ftdPrompt = false;
        if (!quoted) ctx.platform = Platform.FTD;
    }

    /** Sets the source's platform, storing only a change (a reference stored per line costs G1 a card to refine). */
    private static void samePlatform(SourceContext ctx, Platform p) {
        if (ctx.platform != p) ctx.platform = p;
    }

    /** The host of the last scanned connection line that named one (reused while the next names the same). */
    private String lastScannedHost;

    private Origin origin(SourceContext ctx, byte[] b, int off, int len) {
        return store.origin(ctx.source, ctx.fileLine(), b, off, len);
    }

    void line(SourceContext ctx, String raw) {
        line(ctx, raw, null);
    }

    /** A line, with its pre-parse when the reader made one ({@link PreParsed}: the values classify would compute). */
    private void line(SourceContext ctx, String raw, PreParsed pre) {
        if (ctx.ftdPrompt) afterFtdPrompt(ctx, raw.isBlank(), raw.stripLeading().startsWith(">"));
        lastLinePeer = null;
        lastLineTime = null;
        lastLineTunnelless = false;
        ctx.lineNo++;
        seq++;
        acct.line();
        try {
            classify(ctx, raw, pre);
        } catch (RuntimeException e) {
            failed(ctx, e);
        }
    }

    /**
     * One line the parsers could not handle (a rule's bug, an unforeseen form) costs that line only:
     * it is skipped with where and why, and the rest of the source is read. A failure after the
     * line was counted (an IPSEC block that fails when it is complete) is listed without being
     * counted twice.
     */
    private void failed(SourceContext ctx, RuntimeException e) {
        if (Boolean.getBoolean("vpndoctor.debug")) e.printStackTrace(); // for whoever fixes the parser
        String reason = "not understood: expected a message the parsers can read, but parsing failed ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the rest of the file was read";
        if (acct.accounted() < acct.getLines()) acct.skipLine(ctx.source, ctx.fileLine(), reason);
        else acct.skipSource(ctx.source, "line " + ctx.fileLine() + ": " + reason);
    }

    private void classify(SourceContext ctx, String raw, PreParsed pre) {
        if (ctx.config != null) {
            if (ctx.config.take(raw, ctx.fileLine())) return; // counted when the section closes
            closeConfig(ctx);
        }
        String line = pre != null ? pre.line : TextNormalizer.normalize(raw);
        if (ctx.block != null) {
            if (ProposalBlock.isContinuation(line)) {
                ctx.block.add(line);
                acct.relevant();
                if (ctx.block.isComplete()) finishBlock(ctx);
                return;
            }
            finishBlock(ctx);
        }
        if (ctx.routes != null) {
            if (ctx.routes.take(line.strip())) {
                acct.irrelevant(); // the table is one event, stored when it ends
                return;
            }
            closeRoutes(ctx);
        }
        boolean relevant = pre != null ? pre.relevant : RelevanceFilter.mayBeRelevant(line);
        // a prompt with a config-showing command ("R1#show run | s crypto"): the config pasted after it is the device's
        // the FTD CLI's bare prompt ("> show running-config") is read as written: the normalizer took its '>' for a quote mark
        String prompt = line.length() < raw.length() && bareGt(raw) ? raw : line;
        if (sections != null && ctx.reversedLines == 0 && (relevant || prompt != line)) {
            // an ASA's "changeto context X": the prompts after it are that context's, a virtual device of its own
            String context = relevant ? ConfigSection.changesContext(line) : null;
            if (context != null) {
                ctx.context = context.isEmpty() ? null : context;
                acct.irrelevant();
                return;
            }
        }
        if ((relevant || prompt != line) && sections != null && ctx.reversedLines == 0
                && (ctx.config = opensSection(ctx, prompt, line)) != null) {
            if (ctx.config.bare()) ctx.ftdPrompt = true; // the FTD's, if the next line is not quoted too (FtdMarkers.prompt)
            if (ctx.showSa != null) closeShowSa(ctx);
            if (ctx.state != null) closeState(ctx);
            acct.irrelevant(); // the command line itself
            return;
        }
        if (relevant && FtdMarkers.banner(line)) {
            ctx.platform = Platform.FTD;   // the ASA-style output pasted after it is the FTD's
            acct.irrelevant();
            return;
        }
        if (relevant && FtdMarkers.prompt(raw)) ctx.ftdPrompt = true;   // the FTD's if the next line is not quoted too
        if (relevant && line.contains("Gateway of last resort")) {
            ctx.routes = ShowRoutes.opens(line.strip(), () -> store.origin(ctx.source, ctx.fileLine(), LogSecrets.mask(line)), null, seq);
            if (ctx.routes != null) {
                acct.relevant();
                return;
            }
        }
        if (ctx.state != null && stateBlock(ctx, line)) return;
        // one lower-case copy of the line, shared by the block openers and the message (it was made six times a line)
        LowerLine lower = !relevant ? null : pre != null ? pre.lower : new LowerLine(line);
        if (ctx.showSa != null || relevant && (pre != null ? pre.showSaOpens : ShowIpsecSa.opens(lower.trimmed, lower.trimmedLower))) {
            if (showSa(ctx, line)) return;
        }
        if (relevant && (ctx.state = pre != null && !pre.stateOpens ? null : StateBlock.open(lower.trimmed, lower.trimmedLower)) != null
                && stateBlock(ctx, line)) return;
        if (!relevant) {
            acct.irrelevant();
            return;
        }
        Envelope.Stripped env = pre != null ? pre.env : Envelope.strip(line);
        ctx.lineHost = env.host();
        ctx.lineTime = env.time();
        lastLineTime = env.time();
        Msg msg = pre != null ? pre.msg : lower.msg(env.message());
        // with a pre-parse the text is asked only when neither it nor the source names a platform (an event line keeps no message)
        Platform platform = pre == null ? PlatformDetector.detect(msg.text, ctx)
                : PlatformDetector.detect(pre.strongPlatform, pre.strongPlatform == Platform.ASA && ctx.platform == Platform.FTD
                        || pre.strongPlatform == null && ctx.platform == null ? pre.text() : null, ctx);
        int phase = pre != null ? pre.phase : phaseSign(msg);
        if (phase != 0) ctx.phase = phase;
        EventKind blockKind = pre != null ? pre.blockKind : ProposalBlock.startKind(msg);
        if (blockKind != null) {
            ctx.block = new ProposalBlock(blockKind, store.origin(ctx.source, ctx.fileLine(), LogSecrets.mask(line)), env.time(), seq, platform);
            ctx.block.host = env.host();
            ctx.block.guessed = ctx.platformGuessed;
            ctx.block.add(msg.text);
            acct.relevant();
            if (ctx.block.isComplete() || MessageParser.syslogMarker(msg.text) >= 0) finishBlock(ctx);
            return;
        }
        parsed.reset();
        MessageParser.Outcome outcome;
        if (pre != null) {
            outcome = pre.outcome;
            pre.copyInto(parsed);
        } else {
            outcome = MessageParser.parse(msg, parsed);
        }
        switch (outcome) {
            case EVENT -> {
                packetDirection(ctx);
                attribute(msg, ctx, pre);
                lastLinePeer = parsed.peer;
                lastLineTunnelless = parsed.tunnelless;
                device(ctx);
                if (ctx.spis == null) ctx.spis = new SpiLedger(spiBook, ctx.source);
                if (!ctx.spis.note(parsed, env.time(), ctx.lineNo)) { // an IOS SA listing's SPI line that relates to no invalid SPI
                    acct.irrelevant();
                    return;
                }
                LogEvent made = store.add(parsed, platform, store.origin(ctx.source, ctx.fileLine(), pre != null ? pre.masked : LogSecrets.mask(line)), env.time(), seq);
                guessedPlatform(ctx, made, platform);
                acct.relevant();
                String bad = parsed.attrs.get("badAddress");
                if (bad != null) acct.noteLine(ctx.source, ctx.fileLine(), "address '" + bad + "' is not a valid IP address: the line is kept, tied to no tunnel by it");
            }
            case UNRECOGNIZED -> {
                learnPeer(msg, ctx, pre);
                store.unrecognized(new Origin(ctx.source, ctx.fileLine(), pre != null ? pre.masked : LogSecrets.mask(line)), platform,
                        unrecognizedPeer(msg, ctx, pre), seq);
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

    private void joinCut(SourceContext ctx, byte[] b, int off, int len) {
        if (ctx.cutKind == TerminalWrap.SPLIT) {
            // IOS's own second line: one space in place of its line break and indentation, as a syslog server writes it
            int end = off + len, i = AsciiBytes.afterPastedIndent(b, off, end); // and a quote's "> " or a web page's NBSP before it
            int last = ctx.cut.length();
            while (last > 0 && (ctx.cut.charAt(last - 1) == ' ' || ctx.cut.charAt(last - 1) == '\t')) last--;
            ctx.cut.setLength(last);
            ctx.cut.append(' ').append(LogSecrets.mask(decoder.decode(b, i, end - i)));
            ctx.cutPieces++;
            ctx.splitTailJoined = true;
            flushCut(ctx);
            return;
        }
        if (ctx.cutKind == TerminalWrap.SOFT) {
            // a page's wrap took the space between two words (or broke after punctuation): one space joins them
            if (ctx.cut.length() > 0 && ctx.cut.charAt(ctx.cut.length() - 1) != ' ') ctx.cut.append(' ');
            ctx.cut.append(LogSecrets.mask(decoder.decode(b, off, len)));
            ctx.cutPieces++;
            ctx.cutLast = len;
            if (ctx.cutPieces == 2) ctx.softJoined++;
            // a piece that again reaches near the page's width may go on
            if (ctx.cut.length() > LineLimits.MAX_CHARS || len < ctx.softWidth - ctx.softWidth / 5) flushCut(ctx);
            return;
        }
        ctx.cut.append(LogSecrets.mask(decoder.decode(b, off, len)));
        ctx.cutPieces++;
        // a full-width piece may go on again (after a number's half, only when it too ends in a number)
        if (len != ctx.wrapWidth || ctx.cut.length() > LineLimits.MAX_CHARS
                || ctx.cutKind == TerminalWrap.NUMBER && TerminalWrap.mayBeCut(b, off, len, len) != TerminalWrap.NUMBER) {
            // a terminal's cut of an IOS message that then goes on to its own second line: held for that line too
            if (ctx.cutKind == TerminalWrap.DATED && ctx.cut.length() <= LineLimits.MAX_CHARS && TerminalWrap.splitHead(ctx.cut)) ctx.cutKind = TerminalWrap.SPLIT;
            else flushCut(ctx);
        }
    }

    /**
     * Reads a held line ({@link TerminalWrap}) with the pieces joined to it: one line for the parsers,
     * at the first piece's number; each further piece is counted as a line of the same bucket.
     */
    private void flushCut(SourceContext ctx) {
        String text = ctx.cut.toString();
        int pieces = ctx.cutPieces;
        ctx.cut = null;
        int first = ctx.fileLineOf(ctx.lineNo + 1);
        long relevant = acct.getRelevant(), unrecognized = acct.getUnrecognized(), skipped = acct.getSkippedLines();
        if (text.length() > LineLimits.MAX_CHARS) tooLong(ctx); else line(ctx, text);
        for (int k = 1; k < pieces; k++) {
            ctx.lineNo++;
            acct.line();
            if (acct.getSkippedLines() > skipped) acct.skipLine(ctx.source, ctx.fileLine(), "continues line " + first
                    + (ctx.cutKind == TerminalWrap.SPLIT ? " (an IOS message printed on two lines)" : ctx.cutKind == TerminalWrap.SOFT
                            ? " (wrapped near " + ctx.softWidth + " columns)" : " (broken at " + ctx.wrapWidth + " columns)") + ", which was skipped");
            else if (acct.getRelevant() > relevant) acct.relevant();
            else if (acct.getUnrecognized() > unrecognized) acct.unrecognized();
            else acct.irrelevant();
        }
        // a terminal may have cut the message's first line too: its pieces count as joined lines, its own second line apart
        boolean split = ctx.splitTailJoined;
        ctx.splitTailJoined = false;
        if (split && ctx.splitMessages++ == 0) ctx.firstSplit = first;
        if ((split ? pieces - 1 : pieces) > 1 && ctx.joinedLines++ == 0) ctx.firstJoined = first;
    }

    /**
     * An event's platform is the first one a line of it establishes: a guess from a line's wording stays
     * a guess (kept for the end of the source) until a line of the event, or the source, names the family.
     */
    private static void guessedPlatform(SourceContext ctx, LogEvent e, Platform platform) {
        if (e == null) return;
        if (ctx.platformGuessed) {
            if (e.getCount() == 1) {
                e.guessPlatform();
                if (ctx.guessed.size() < SourceContext.MAX_GUESSED) ctx.guessed.add(e);
            }
        } else if (e.platformGuessed()) {
            e.establishPlatform(platform);
        }
    }

    /** End of a source: an open block is emitted as it stands. */
    void endOfSource(SourceContext ctx) {
        if (ctx.cut != null) flushCut(ctx);
        if (ctx.joinedLines > 0) {
            boolean page = ctx.softJoined == ctx.joinedLines;
            acct.noteLine(ctx.source, ctx.firstJoined, ctx.joinedLines + (ctx.joinedLines == 1 ? " line" : " lines")
                    + (page ? " wrapped at a word near " + ctx.softWidth + " columns (a page's copy)" : " broken at " + ctx.wrapWidth + " columns (a terminal's copy)")
                    + " read joined to the line before, the first at line " + ctx.firstJoined);
        }
        if (ctx.splitMessages > 0) {
            acct.noteLine(ctx.source, ctx.firstSplit, ctx.splitMessages + (ctx.splitMessages == 1 ? " IOS message" : " IOS messages")
                    + " printed on two lines (a console's copy of RECVD_PKT_*) read as one, the first at line " + ctx.firstSplit);
        }
        if (ctx.block != null) finishBlock(ctx);
        if (ctx.config != null) closeConfig(ctx);
        if (ctx.showSa != null) closeShowSa(ctx);
        if (ctx.routes != null) closeRoutes(ctx);
        if (ctx.state != null) closeState(ctx);
        // the platform the source established (a syslog mnemonic, a show output, the FTD's CLI) is its
        // guessed lines' too: an ASA's IKEv2 debug read before its %ASA- lines is the ASA's
        if (ctx.platform != null) for (LogEvent e : ctx.guessed) e.establishPlatform(ctx.platform);
        ctx.guessed.clear();
    }

    /** The section a prompt line opens: as written (the FTD's bare prompt), else unquoted ("&gt; R1#show run" in an e-mail reply). */
    private static ConfigSection opensSection(SourceContext ctx, String prompt, String line) {
        ConfigSection c = ConfigSection.opens(ctx.source, prompt, ctx.fileLine(), ctx.context);
        if (c != null || prompt == line) return c;
        c = ConfigSection.opens(ctx.source, line, ctx.fileLine(), ctx.context);
        if (c != null) c.quoted = true;
        return c;
    }

    /** Whether the raw line's first non-blank character is '&gt;' (no copy: classify asks it of every line the normalizer shortened). */
    private static boolean bareGt(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '\t') return c == '>';
        }
        return false;
    }

    /**
     * The section ends: its lines are counted now, as config lines read (relevant) when it holds VPN config,
     * else as the irrelevant lines they were before sections were read (a 'show run | include route').
     */
    private void closeConfig(SourceContext ctx) {
        ConfigSection c = ctx.config;
        ctx.config = null;
        int config = c.holdsVpnConfig() ? c.configLines() : 0;
        for (int i = 0; i < config; i++) acct.relevant();
        for (int i = config; i < c.taken(); i++) acct.irrelevant();
        if (config > 0) sections.add(c);
    }

    /**
     * A line of a pasted packet-tracer run, vpn-sessiondb or ping result (or the line that opens one):
     * true when the block took it (counted here), false when it ended the block.
     */
    private boolean stateBlock(SourceContext ctx, String line) {
        String trimmed = line.strip();
        Origin[] made = new Origin[1];
        java.util.function.Supplier<Origin> origin = () -> made[0] != null ? made[0]
                : (made[0] = store.origin(ctx.source, ctx.fileLine(), LogSecrets.mask(line)));
        ShowIpsecSa.Take take = ctx.state.offer(trimmed, origin, seq);
        storeState(ctx);
        switch (take) {
            case RELEVANT -> acct.relevant();
            case FILLER -> acct.irrelevant();
            case NOT_MINE -> {
                closeState(ctx);
                return false;
            }
        }
        return true;
    }

    private void closeState(SourceContext ctx) {
        ctx.state.close();
        storeState(ctx);
        ctx.state = null;
    }

    /** Each finished reading is one event; a tunnelless one (a traced flow, a ping) borrows no peer. */
    private void storeState(SourceContext ctx) {
        if (ctx.platform == null && ctx.state.platform() != null) ctx.platform = ctx.state.platform();
        for (StateBlock.Entry entry : ctx.state.drain()) {
            parsed.reset();
            Parsed p = entry.parsed();
            parsed.is(p.kind);
            parsed.peer = p.peer;
            parsed.local = p.local;
            parsed.tunnelless = p.tunnelless;
            parsed.attrs.putAll(p.attrs);
            if (!parsed.tunnelless) settlePeer(ctx, null, null);
            device(ctx);
            LogEvent e = store.add(parsed, ctx.platform, entry.origins().get(0), null, entry.seq());
            if (e.getCount() == 1) {
                for (int i = 1; i < entry.origins().size(); i++) e.addContext(entry.origins().get(i));
            }
        }
    }

    private void closeRoutes(SourceContext ctx) {
        ShowRoutes r = ctx.routes;
        ctx.routes = null;
        parsed.reset();
        r.toParsed(parsed);
        device(ctx);
        store.add(parsed, ctx.platform, r.origin(), r.time(), r.seq());
    }

    /**
     * A line of a pasted 'show crypto ipsec sa' (or the line that opens one): true when the block
     * took it (counted here), false when it ended the block and the line goes the ordinary way.
     */
    private boolean showSa(SourceContext ctx, String line) {
        if (ctx.showSa == null) ctx.showSa = new ShowIpsecSa();
        String trimmed = line.strip();
        Origin[] made = new Origin[1];
        java.util.function.Supplier<Origin> origin = () -> made[0] != null ? made[0]
                : (made[0] = store.origin(ctx.source, ctx.fileLine(), LogSecrets.mask(line)));
        ShowIpsecSa.Take take = ctx.showSa.offer(trimmed, origin, null, seq);
        storeShowSa(ctx);
        switch (take) {
            case RELEVANT -> acct.relevant();
            case FILLER -> acct.irrelevant();
            case NOT_MINE -> {
                closeShowSa(ctx);
                return false;
            }
        }
        return true;
    }

    private void closeShowSa(SourceContext ctx) {
        ctx.showSa.close();
        storeShowSa(ctx);
        ctx.showSa = null;
    }

    /** Each finished SA entry is one event; a snapshot seen before folds into its event (a repeat, not new evidence). */
    private void storeShowSa(SourceContext ctx) {
        // the layout tells the platform only when nothing stronger did (a prompt-less paste has no other sign)
        if (ctx.platform == null && ctx.showSa.platform != null) ctx.platform = ctx.showSa.platform;
        for (ShowIpsecSa.Entry entry : ctx.showSa.drain()) {
            parsed.reset();
            Parsed p = entry.parsed();
            parsed.is(p.kind);
            parsed.peer = p.peer;
            parsed.local = p.local;
            parsed.attrs.putAll(p.attrs);
            settlePeer(ctx, null, null);
            device(ctx);
            LogEvent e = store.add(parsed, ctx.platform, entry.origins().get(0), entry.time(), entry.seq());
            if (e.getCount() == 1) {
                for (int i = 1; i < entry.origins().size(); i++) e.addContext(entry.origins().get(i));
            }
        }
    }

    private void finishBlock(SourceContext ctx) {
        ProposalBlock b = ctx.block;
        ctx.block = null;
        parsed.reset();
        b.toParsed(parsed, ctx);
        // judged where the block began, not at the line after it that closed it
        String host = ctx.lineHost, time = ctx.lineTime;
        int line = ctx.lineNo;
        ctx.lineHost = b.host;
        ctx.lineTime = b.time;
        ctx.lineNo = ctx.readingLine(b.origin.getLine());
        try {
            settlePeer(ctx, null, null);
            device(ctx);
        } finally {
            ctx.lineHost = host;
            ctx.lineTime = time;
            ctx.lineNo = line;
        }
        LogEvent made = store.add(parsed, b.platform, b.origin, b.time, b.seq);
        // a block whose first line only its wording placed (the IPSEC debug IOS and PIX share) is settled like any guessed line
        if (made == null) return;
        if (b.guessed) {
            if (made.getCount() == 1) {
                made.guessPlatform();
                if (ctx.guessed.size() < SourceContext.MAX_GUESSED) ctx.guessed.add(made);
            }
        } else if (made.platformGuessed()) {
            made.establishPlatform(b.platform);
        }
    }

    /**
     * The logging device joins the event's identity; a connection or NAT event has its own line's host
     * (the fast scan reads the same word), other tunnelless events (traced flows, pings) none, and only
     * tunnel events teach the source its current device: every way of reading must give the same events.
     */
    private void device(SourceContext ctx) {
        if (parsed.tunnelless) {
            // a connection or NAT line names its firewall in its envelope as any line does (the scan reads the same host);
            // it teaches the source no device (a nearby tunnel line's device is not its own)
            if (NatConnRules.kind(parsed.kind)) parsed.device = ctx.lineHost;
            return;
        }
        ctx.noteHost();
        parsed.device = ctx.device();
    }

    /** Peer from the rule, else from the generic phrases, else the source's last peer; never our own address. */
    private void attribute(Msg msg, SourceContext ctx, PreParsed pre) {
        if (parsed.tunnelless) return;
        if (parsed.peer == null && !parsed.attrs.containsKey("badAddress") && namesPeer(parsed.kind)) {
            String candidate = find(msg, pre);
            if (candidate != null) parsed.peer(candidate);
        }
        String group = pre != null ? pre.group : PeerFinder.group(msg.text);
        if (group != null) parsed.attr("group", group);
        if (parsed.attrs.containsKey("badAddress")) parsed.peerUnreadable = true;
        if (parsed.attrs.containsKey("phase") == false && ctx.phase != 0
                && (parsed.kind == EventKind.ATTS_NOT_ACCEPTABLE || parsed.kind == EventKind.ATTS_ACCEPTABLE)) {
            parsed.attr("phase", Integer.toString(ctx.phase));
        }
        settlePeer(ctx, pre != null ? pre.conn : ConnId.of(msg.text), group);
    }

    /** The peer phrase of a message: made ahead with the pre-parse when there is one. */
    private static String find(Msg msg, PreParsed pre) {
        return pre != null ? pre.find() : PeerFinder.find(msg.text);
    }

    /**
     * Peer of a line: its own; else the one its debug connection id or its ASA group talks to; else
     * the peer a VPN negotiation line named just before on the same device ({@link TimeWindow}).
     * A line that names its remote end unreadably is about that end and borrows nothing; a line
     * with no such context stays without a peer (unattributed) rather than taking an unrelated one.
     */
    private void settlePeer(SourceContext ctx, String conn, String group) {
        ctx.addLocal(parsed.local);
        boolean settled = otherEnd(ctx);
        if (parsed.peer != null && ctx.isLocal(parsed.peer)) {
            if (parsed.local == null) parsed.local = parsed.peer;
            parsed.peer = null;
        }
        if (parsed.peer != null) {
            if (lends(parsed.kind) && settled) ctx.rememberPeer(parsed.peer);
            ctx.rememberConn(conn, parsed.peer);
            ctx.rememberGroup(group, parsed.peer);
        } else if (parsed.peerUnreadable) {
            return;
        } else if (ctx.peerOfConn(conn) != null) {
            parsed.peer = ctx.peerOfConn(conn);
        } else if (ctx.peerOfGroup(group) != null) {
            parsed.peer = ctx.peerOfGroup(group);
        } else {
            parsed.peer = ctx.nearbyPeer();
        }
    }

    /**
     * A line that names an SA by both ends without saying which is ours (attr otherEnd) is about the
     * other end when the one read as its peer is this device's own address, or when the other end is the
     * peer the negotiation lines just before named and the first is not. False when neither end can be
     * told to be ours or the peer's: then the line lends its peer to none of the lines after it (the
     * config may still tell, see PeerAttribution).
     */
    private boolean otherEnd(SourceContext ctx) {
        String other = parsed.peer == null ? null : parsed.attrs.get("otherEnd");
        if (other == null || other.equals(parsed.peer) || ctx.isLocal(other)) return true;
        String near = ctx.nearbyPeer();
        if (ctx.isLocal(parsed.peer) || other.equals(near) && !parsed.peer.equals(near)) {
            parsed.attrs.put("otherEnd", parsed.peer);
            parsed.local = parsed.peer;
            parsed.peer = other;
            return true;
        }
        return parsed.peer.equals(near);
    }

    /** A clear-text packet report ("from host to host") names the packet's hosts, never the tunnel's peer. */
    private static boolean namesPeer(EventKind kind) {
        return kind != EventKind.CLEARTEXT_FOR_PROTECTED_TRAFFIC;
    }

    /** Data-plane messages name the far end of a packet, not a negotiation the next lines continue. */
    private static boolean lends(EventKind kind) {
        return kind != EventKind.INVALID_SPI && kind != EventKind.CLEARTEXT_FOR_PROTECTED_TRAFFIC
                && kind != EventKind.PMTU_EXCEEDED && kind != EventKind.UNABLE_TO_FRAGMENT;
    }

    /**
     * The tunnel of a line no parser understands, so a rule written for it joins the right tunnel:
     * the remote address the line names, else the peer the negotiation lines just before it named
     * on the same device; null when neither.
     */
    private static String unrecognizedPeer(Msg msg, SourceContext ctx, PreParsed pre) {
        String own = Parsed.address(find(msg, pre));
        if (own != null && !ctx.isLocal(own)) return own;
        return ctx.nearbyPeer();
    }

    /** Unrecognized lines of an IKE negotiation still tell which tunnel the lines after them are about. */
    private static void learnPeer(Msg msg, SourceContext ctx, PreParsed pre) {
        // only negotiation lines name a peer the next lines continue with; a login, a routing message or a
        // data-plane packet report (an ESP packet with bad padding) names some other address
        String l = msg.lower;
        if (!(l.contains("isakmp") || l.contains("ike") || l.contains("ip = ") || l.contains("group = ")
                || l.contains("-713") || l.contains("-714") || l.contains("-715"))) return;
        if (l.contains("esp packet") || l.contains("-402")) return;
        String candidate = Parsed.address(find(msg, pre));
        if (candidate != null && !ctx.isLocal(candidate)) ctx.rememberPeer(candidate);
    }

    /**
     * Which phase a line says the surrounding trace is in (1 or 2; 0 when it does not say), so "atts
     * not acceptable" can say whose offer failed: the source's phase is the last one said.
     */
    static int phaseSign(Msg msg) {
        String l = msg.lower;
        if (l.contains("checking isakmp transform") || l.contains("oak_mm") || l.contains("oak_ag")
                || l.contains("main mode") || l.contains("aggressive mode") || l.contains("message id = 0")
                && !l.contains("message id = 0x") && l.contains("sa payload")) {
            return 1;
        } else if (l.contains("checking ipsec proposal") || l.contains("oak_qm") || l.contains("quick mode")
                || l.contains("ipsec(") || l.contains("sa payload. message id = ")) {
            return 2;
        }
        return 0;
    }
}
