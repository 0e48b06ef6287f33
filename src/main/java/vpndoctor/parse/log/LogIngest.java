package vpndoctor.parse.log;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.Objects;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.SampleTexts;
import vpndoctor.model.UnrecognizedLine;

/**
 * Reads device logs (PIX, ASA, IOS: syslog and debug, plus the peer's pasted logs) and turns them
 * into aggregated {@link LogEvent}s and {@link UnrecognizedLine}s. Streams each source: memory depends
 * on the number of distinct messages, not on input size. Several sources may be read into one
 * instance; identical messages from different sources fold into one event.
 */
public final class LogIngest {
    private static final int SNIFF_BYTES = 8192;
    /** The head a source's layout is told from ({@link TerminalWrap#width}, {@link NewestFirst}). */
    private static final int HEAD_BYTES = 1 << 18;

    /**
     * How byte sources are read. All give the same events; they differ in speed only.
     * Default PARALLEL; {@code -Dvpndoctor.ingest=strings|scan|parallel} picks another for measuring.
     */
    enum Mode {
        /** Every line decoded and taken through the full classifier path: the reference. */
        STRINGS,
        /** Lines judged from their bytes first ({@link LineScan}), on the calling thread. */
        SCAN,
        /** As SCAN, with reading, splitting and scanning on a second thread. */
        PARALLEL;

        static Mode fromProperty() {
            String v = System.getProperty("vpndoctor.ingest", "parallel");
            return switch (v) {
                case "strings" -> STRINGS;
                case "scan" -> SCAN;
                default -> PARALLEL;
            };
        }
    }

    private final InputAccounting acct;
    private final EventStore store;
    private final LineClassifier classifier;
    private final Mode mode;

    public LogIngest(InputAccounting acct) {
        this(acct, Mode.fromProperty());
    }

    LogIngest(InputAccounting acct, Mode mode) {
        this(acct, mode, new SampleTexts());
    }

    /** A reader whose events keep their sample texts in {@code texts} (a test gives a store without heap allowance). */
    LogIngest(InputAccounting acct, Mode mode, SampleTexts texts) {
        this.store = new EventStore(texts);
        this.acct = Objects.requireNonNull(acct, "acct");
        this.classifier = new LineClassifier(acct, store);
        this.classifier.collectSections();
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Tells {@code watch} the peers of the events filed from here on (see {@link PeerWatch}). */
    public void watchPeers(PeerWatch watch) {
        store.peerWatch = watch;
    }

    /**
     * Reads one source to its end (the stream is not closed). Binary input is skipped as a whole
     * (reported via {@link InputAccounting#skipSource}); lines longer than 65536 characters are
     * skipped and reported once each via {@link InputAccounting#skipLine}. An empty source is noted.
     *
     * @return false when the source was skipped as binary (nothing of it was read), else true
     */
    public boolean read(String sourceName, InputStream in) throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedInputStream bin = new BufferedInputStream(in, 1 << 16);
        bin.mark(SNIFF_BYTES);
        byte[] sample = new byte[SNIFF_BYTES];
        int n = bin.readNBytes(sample, 0, SNIFF_BYTES);
        bin.reset();
        InputEncoding enc = InputEncoding.sniff(sample, n);
        if (enc == InputEncoding.BINARY) {
            acct.skipSource(sourceName, InputEncoding.describeBinary(sample, n));
            return false;
        }
        if (n == 0) { // say so: a truncated or wrongly redirected file would otherwise pass unnoticed
            acct.skipSource(sourceName, in instanceof CutShortInput c && c.cut()
                    ? "compressed file cut short before its first complete line" : "empty: no lines to read");
            return true;
        }
        bin.skipNBytes(InputEncoding.bomLength(sample, n));
        SourceContext ctx = new SourceContext(sourceName);
        ParallelLineReader.Consumer scanned = new ParallelLineReader.Consumer() {
            @Override public void line(LineScan scan, byte[] b, int off, int len) { classifier.scanned(ctx, scan, b, off, len); }
            @Override public void tooLong() { classifier.tooLong(ctx); }
        };
        // UTF-16 is re-encoded as UTF-8 (noticing where a file switches to UTF-8), so every source takes one line reader
        Utf16Input utf16 = enc == InputEncoding.UTF16LE || enc == InputEncoding.UTF16BE ? new Utf16Input(bin, enc == InputEncoding.UTF16BE) : null;
        InputStream after = utf16 != null ? utf16 : bin;
        // the head tells the source's layout: the width a terminal broke it at, and whether an export listed it newest first;
        // it is read ahead and put back in front (no mark: a marked buffer would copy every later read through itself)
        byte[] head = after.readNBytes(HEAD_BYTES);
        boolean whole = head.length < HEAD_BYTES;
        InputStream text = whole ? new ByteArrayInputStream(head) : new SequenceInputStream(new ByteArrayInputStream(head), after);
        ctx.wrapWidth = TerminalWrap.width(head, head.length, !whole);
        ctx.softWidth = TerminalWrap.softWidth(head, head.length, !whole);
        // a page wrapped the source at words: a line exactly as long as a terminal's width is no terminal's cut there
        if (ctx.softWidth > 0) ctx.wrapWidth = Integer.MAX_VALUE;
        NulRuns body = new NulRuns(NewestFirst.oldestFirst(text, head, whole, ctx, acct));
        switch (mode) {
            case STRINGS -> ParallelLineReader.readSequentially(body, false, scanned);
            case SCAN -> ParallelLineReader.readSequentially(body, true, scanned);
            case PARALLEL -> ParallelLineReader.read(body, scanned);
        }
        if (body.runs() > 0) {
            acct.skipSource(sourceName, body.nulBytes() + " NUL bytes skipped (" + body.runs() + (body.runs() == 1 ? " run" : " runs")
                    + ", as a crash leaves in a log file); the lines around them were read");
        }
        if (utf16 != null && utf16.switchedAfterLines() >= 0) {
            acct.skipSource(sourceName, "the encoding changes from UTF-16 to UTF-8 after line " + utf16.switchedAfterLines()
                    + ": both parts were read");
        }
        classifier.endOfSource(ctx);
        if (in instanceof CutShortInput c && c.cut()) {
            if (c.droppedBytes() > 0) {
                ctx.lineNo++;
                acct.line();
                acct.skipLine(sourceName, ctx.fileLine(), "incomplete line (" + c.droppedBytes() + " bytes): the compressed file ends in the middle of it");
            }
            acct.skipSource(sourceName, "compressed file cut short after line " + ctx.lineNo + ": the complete lines before the cut were read");
        }
        return true;
    }

    /** Aggregated events of everything read so far, in first-seen order. */
    public List<LogEvent> events() {
        return store.events();
    }

    /** Device configs pasted into the logs after the command that showed them, holding VPN config lines ({@link ConfigSection}), in reading order. */
    public List<ConfigSection> configSections() {
        return classifier.sections();
    }

    /** VPN-looking lines that matched no known form (the first {@value EventStore#MAX_UNRECOGNIZED}; all are counted). */
    public List<UnrecognizedLine> unrecognized() {
        return store.unrecognized();
    }
}
