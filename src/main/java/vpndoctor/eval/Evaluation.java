package vpndoctor.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.engine.Engine;
import vpndoctor.result.Diagnosis;

/**
 * `eval`: diagnoses every case folder under the given folders (recursively; a real-heldout folder
 * below one is never entered, it is scored only when named) and every fixture file, and scores them.
 */
public final class Evaluation {
    private Evaluation() {}

    public static EvalReport run(Diagnoser doctor, List<Path> caseDirs, List<Path> fixtures, Judgement judgement) throws IOException {
        List<CaseScore> cases = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path dir : caseDirs) {
            for (Path c : CaseExpectation.allCaseFolders(dir)) {
                CaseExpectation exp;
                try {
                    exp = CaseExpectation.read(c);
                } catch (IOException e) {   // one broken expected.json must not hide the other cases' scores
                    errors.add(name(dir, c) + ": not scored: " + e.getMessage());
                    continue;
                }
                Diagnosis d = doctor.diagnose(Evidence.fromCaseFolder(c));
                cases.add(CaseScore.score(name(dir, c), exp, d, Engine.of(doctor).catalog()));
            }
        }
        List<FixtureScore> scored = new ArrayList<>();
        for (Path f : fixtureFiles(fixtures)) {
            Diagnosis d = doctor.diagnose(Evidence.builder().log(f).build());
            scored.add(FixtureScore.score(f, d, judgement, Engine.of(doctor).catalog()));
        }
        return EvalReport.of(cases, scored, errors);
    }

    /** The case's path below the folder given (its own name when the folder is the case). */
    static String name(Path dir, Path c) {
        if (c.equals(dir)) return c.getFileName() == null ? c.toString() : c.getFileName().toString();
        return dir.relativize(c).toString().replace('\\', '/');
    }

    private static boolean heldOut(Path root, Path f) {
        for (Path part : root.relativize(f)) if (part.toString().equals(CaseExpectation.HELD_OUT)) return true;
        return false;
    }

    /** Files as given, and the log files (*.log, *.log.gz, *.txt) of folders as given, at any depth (never inside a real-heldout folder), sorted. */
    static List<Path> fixtureFiles(List<Path> given) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                if (!Files.isRegularFile(p)) throw new IOException(p + ": no such fixture file or folder");
                out.add(p);
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(f -> !heldOut(p, f)).filter(f -> {
                    String n = f.getFileName().toString();
                    return n.endsWith(".log") || n.endsWith(".log.gz") || n.endsWith(".txt");
                }).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
