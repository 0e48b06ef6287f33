package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/** Correctness at scale: a generated day with known faults is diagnosed exactly, tunnel by tunnel. */
class GeneratedFaultsTest {
    @Test
    void findsExactlyTheInjectedFaultsPerTunnel() throws Exception {
        SyslogGenerator gen = new SyslogGenerator(20_000, 10, 42, 0.02);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gen.write(out);

        Diagnosis d = Diagnoser.withBundledRules().diagnose(Evidence.builder().log("generated.log", out.toByteArray()).build());

        Map<String, Set<String>> found = new TreeMap<>();
        for (Finding f : d.rootCauses()) found.computeIfAbsent(f.tunnel(), k -> new TreeSet<>()).add(f.id());
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Tunnel t : gen.tunnels()) {
            if (t.fault().expectedCause != null) expected.put(t.peer(), Set.of(t.fault().expectedCause));
        }
        assertThat(found).isEqualTo(expected);
        assertThat(d.input().lines()).isEqualTo(20_000);
    }

    @Test
    void sameSeedSameBytes() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        new SyslogGenerator(2_000, 5, 9, 0.05).write(a);
        new SyslogGenerator(2_000, 5, 9, 0.05).write(b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
}
