package vpndoctor.robust.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vpndoctor.Evidence;
import vpndoctor.authoring.CaseSaver;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.Observation;
import vpndoctor.model.Origin;
import vpndoctor.model.Side;
import vpndoctor.model.Skipped;
import vpndoctor.model.Traceable;
import vpndoctor.model.config.ConfigUnparsed;
import vpndoctor.parse.config.ConfigReader;
import vpndoctor.parse.config.ParsedConfig;
import vpndoctor.parse.log.LogIngest;

/**
 * The three fuzz targets and the properties every input must keep: no exception escapes, the line
 * accounting adds up, and no secret of the input shows in any fact (toString, describe, origins)
 * or skip reason, nor in the case folder the savers would write. Shared by the seeded mutation fuzzer, the regression replay and Jazzer.
 */
public final class FuzzTargets {
    /** Which parser an input is for (also the sub-folder of fuzz-regressions/). */
    public enum Target { LOG, CONFIG, JSON }

    private FuzzTargets() {}

    public static void run(Target t, byte[] data) {
        switch (t) {
            case LOG -> log(data);
            case CONFIG -> config(data);
            case JSON -> json(data);
        }
    }

    /** parse.log.LogIngest.read over raw bytes (the reader does its own encoding sniffing). */
    public static void log(byte[] data) {
        InputAccounting acct = new InputAccounting();
        LogIngest ingest = new LogIngest(acct);
        try {
            ingest.read("fuzz.log", new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new FuzzFailure("IOException from an in-memory stream", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new FuzzFailure("LogIngest.read threw", e);
        }
        checkAccounting(acct);
        checkClearReasons(acct);
        List<Object> facts = new ArrayList<>(ingest.events());
        facts.addAll(ingest.unrecognized());
        checkNoSecret(new String(data, StandardCharsets.UTF_8), true, shown(facts, acct), FuzzTargets::logShown);
        checkSavedHasNoSecret(data, true);
    }

    /** What a log read of this text shows (facts and skip reasons), for {@link #checkNoSecret}'s second look. */
    private static String logShown(String text) {
        InputAccounting acct = new InputAccounting();
        LogIngest ingest = new LogIngest(acct);
        try {
            ingest.read("fuzz.log", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new FuzzFailure("IOException from an in-memory stream", e);
        }
        List<Object> facts = new ArrayList<>(ingest.events());
        facts.addAll(ingest.unrecognized());
        return shown(facts, acct);
    }

    /** What a config read of this text shows (facts and skip reasons), for {@link #checkNoSecret}'s second look. */
    private static String configShown(String text) {
        try {
            ParsedConfig cfg = ConfigReader.read("fuzz.cfg", Side.LOCAL, new StringReader(text));
            InputAccounting acct = new InputAccounting();
            cfg.accountInto(acct);
            return shown(cfg.facts(), acct);
        } catch (IOException e) {
            throw new FuzzFailure("IOException from a StringReader", e);
        }
    }

    /**
     * What a saved case (--save-case, console save: both write through CaseSaver.masked's maskers)
     * holds of this input: none of its secrets.
     */
    static void checkSavedHasNoSecret(byte[] data, boolean log) {
        String saved;
        try {
            saved = CaseSaver.masked(log ? Evidence.Kind.LOG : Evidence.Kind.LOCAL_CONFIG, new String(data, StandardCharsets.ISO_8859_1));
        } catch (RuntimeException | StackOverflowError e) {
            throw new FuzzFailure("the case saver's masking threw", e);
        }
        String asRead = new String(saved.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        for (String s : SecretOracle.secretsIn(new String(data, StandardCharsets.UTF_8), log)) {
            if (asRead.contains(s)) throw new FuzzFailure("secret \"" + s + "\" of the input shows in the saved case");
        }
    }

    /** parse.config.ConfigReader.read over the bytes read as UTF-8 (as EvidenceLoader does). */
    public static void config(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        ParsedConfig cfg;
        try {
            cfg = ConfigReader.read("fuzz.cfg", Side.LOCAL, new StringReader(text));
        } catch (IOException e) {
            throw new FuzzFailure("IOException from a StringReader", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new FuzzFailure("ConfigReader.read threw", e);
        }
        if (cfg.lines() != cfg.used() + cfg.ignored() + cfg.unparsedCount()) {
            throw new FuzzFailure("config lines do not add up: " + cfg);
        }
        for (ConfigUnparsed u : cfg.unparsed()) {
            if (EXCEPTION_TEXT.matcher(u.getReason()).find()) throw new FuzzFailure("a config parser error instead of a reason: " + u.describe());
        }
        InputAccounting acct = new InputAccounting();
        cfg.accountInto(acct);
        checkAccounting(acct);
        checkNoSecret(text, false, shown(cfg.facts(), acct), FuzzTargets::configShown);
        checkSavedHasNoSecret(data, false);
    }

    /** The JSON observation loader, through Evidence + EvidenceLoader as a case folder's *.json is. */
    public static void json(byte[] data) {
        Evidence ev = Evidence.builder().add(new Evidence.Input(Evidence.Kind.OBSERVATIONS, "fuzz.json", null, data)).build();
        LoadedEvidence loaded;
        try {
            loaded = EvidenceLoader.load(ev);
        } catch (RuntimeException | StackOverflowError e) {
            throw new FuzzFailure("EvidenceLoader.load threw on observations", e);
        }
        for (Object f : loaded.facts()) {
            if (!(f instanceof Observation)) throw new FuzzFailure("a JSON file produced a " + f.getClass().getName() + " fact");
            Observation o = (Observation) f;
            o.describe();
            o.toString();
        }
        checkAccounting(loaded.accounting());
    }

    /**
     * What a parser's own failure looks like in a reason (an exception's text, or the log reader's
     * "parsing failed" for a line that threw): a reason must say what was not understood, not that
     * a parser broke.
     */
    static final Pattern EXCEPTION_TEXT = Pattern.compile(
            "(?i)out of bounds|index \\d|fromIndex|toIndex|exception|for input string|cannot invoke|parser error|parsing failed");

    /** Skip reasons of a log read: a parser failure on a line is a bug, not a "not understood". */
    static void checkClearReasons(InputAccounting a) {
        for (Skipped s : a.getSkipped()) {
            if (EXCEPTION_TEXT.matcher(s.reason()).find()) throw new FuzzFailure("a log parser error instead of a reason: " + s);
        }
    }

    static void checkAccounting(InputAccounting a) {
        long sum = a.getRelevant() + a.getIrrelevant() + a.getUnrecognized() + a.getSkippedLines();
        if (a.getLines() != sum) {
            throw new FuzzFailure("accounting: lines " + a.getLines() + " != relevant " + a.getRelevant() + " + irrelevant "
                    + a.getIrrelevant() + " + unrecognized " + a.getUnrecognized() + " + skipped " + a.getSkippedLines());
        }
        for (Skipped s : a.getSkipped()) {
            if (s.reason() == null || s.reason().isBlank()) throw new FuzzFailure("a skip without a reason: " + s);
        }
    }

    /** Facts (toString, describe, origins) and skip reasons as one text: what a user can be shown. */
    static String shown(List<?> facts, InputAccounting acct) {
        StringBuilder shown = new StringBuilder();
        for (Object f : facts) {
            shown.append(f).append('\n');
            if (f instanceof Traceable t) {
                shown.append(t.describe()).append('\n');
                for (Origin o : t.getOrigins()) shown.append(o).append('\n');
            }
        }
        for (Skipped s : acct.getSkipped()) shown.append(s).append('\n');
        return shown.toString();
    }

    /**
     * No secret of the input shows in what was read of it. A "secret" that is one of the tool's own words
     * (a mutated "enable secret dynamic ..." beside a NAT rule the tool describes as "NAT dynamic") proves
     * nothing: when the text still shows it after the secret slots are given another value, the tool wrote
     * it, not the input; a leaked secret goes away with its value.
     */
    static void checkNoSecret(String input, boolean log, String out, java.util.function.Function<String, String> shownFor) {
        Set<String> secrets = SecretOracle.secretsIn(input, log);
        for (String s : secrets) {
            if (!out.contains(s)) continue;
            String other = input.replaceAll("(?<!\\S)" + java.util.regex.Pattern.quote(s) + "(?!\\S)", "Zq9vX7wK");
            if (shownFor.apply(other).contains(s)) continue; // the tool's own word
            throw new FuzzFailure("secret \"" + s + "\" of the input shows in a fact or skip reason");
        }
    }
}
