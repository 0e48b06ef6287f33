package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.result.Diagnosis;

/**
 * Issue 14, fault 1: assembling the report looked a hypothesis up by scanning working memory once
 * per root cause, so its cost grew with the square of the tunnels. The number of working-memory
 * scans during assembly must not depend on how many findings there are.
 */
class AssemblyScansOnceTest {
    private static int scansDuringAssembly(int tunnels) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(tunnels * 40L, tunnels, 7, 0.5).write(out);
        Diagnoser doctor = TestDoctor.get();
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log("gen.log", out.toByteArray()).build());
        try (RuleSession session = Engine.of(doctor).newSession()) {
            loaded.facts().forEach(session::insert);
            session.fire();
            int before = session.scans();
            Diagnosis d = Engine.of(doctor).assembler().assemble(session, Engine.of(doctor).context(loaded, java.util.List.of()));
            assertThat(d.rootCauses()).hasSizeGreaterThanOrEqualTo(tunnels * 4 / 5 - 1); // 4 of 5 tunnels carry a fault
            return session.scans() - before;
        }
    }

    @Test
    void workingMemoryIsScannedOnceWhateverTheNumberOfFindings() throws Exception {
        int few = scansDuringAssembly(5);
        int many = scansDuringAssembly(50);
        assertThat(many).isEqualTo(few);
        assertThat(many).isEqualTo(1);
    }
}
