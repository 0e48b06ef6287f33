package example;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.result.Diagnosis;

/** Diagnoses one case folder through the library API and says which SLF4J binding logged. */
public final class UseVpnDoctor {
    public static void main(String[] args) throws Exception {
        // count what reaches java.util.logging: the consumer's binding, not one the library brought
        AtomicInteger viaJul = new AtomicInteger();
        java.util.logging.Logger.getLogger("").addHandler(new Handler() {
            @Override public void publish(LogRecord r) { if (r.getMessage() != null && r.getMessage().startsWith("consumer says")) viaJul.incrementAndGet(); }
            @Override public void flush() {}
            @Override public void close() {}
        });
        LoggerFactory.getLogger(UseVpnDoctor.class).info("consumer says hello");
        Diagnosis d = Diagnoser.withBundledRules().diagnose(Evidence.fromCaseFolder(Path.of(args[0])));
        System.out.println("binding: " + LoggerFactory.getILoggerFactory().getClass().getName());
        System.out.println("through JUL: " + viaJul.get());
        System.out.println("root causes: " + d.rootCauseIds());
    }
}
