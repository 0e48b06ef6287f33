package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pasted traceroute (IOS and ASA print "Tracing the route to X" and one line per hop) is one TRACEROUTE_RESULT. */
class TracerouteResultTest {
    @Test
    void aTraceThatStopsKeepsItsLastAnsweringHop() {
        Ingest in = Ingest.of("R1#traceroute 198.51.100.7", "Type escape sequence to abort.", "Tracing the route to 198.51.100.7",
                "VRF info: (vrf in name/id, vrf out name/id)", "  1 203.0.113.1 1 msec 0 msec 1 msec", "  2 192.0.2.254 8 msec 9 msec 8 msec",
                "  3  *  *  *", "  4  *  *  *", "R1#");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo("TRACEROUTE_RESULT");
            assertThat(e.attr("dst")).isEqualTo("198.51.100.7");
            assertThat(e.attr("reached")).isEqualTo("false");
            assertThat(e.attr("lastHop")).isEqualTo("192.0.2.254");
            assertThat(e.attr("hops")).isEqualTo("4");
        });
    }

    @Test
    void anAsaTraceWithANamedDestinationThatArrives() {
        Ingest in = Ingest.of("asa# traceroute peer-gw.example.net", "Tracing the route to peer-gw.example.net (198.51.100.7)", "",
                " 1  203.0.113.1 0 msec 0 msec 0 msec", " 2  198.51.100.7 10 msec 10 msec 10 msec");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.attr("dst")).isEqualTo("198.51.100.7");
            assertThat(e.attr("reached")).isEqualTo("true");
        });
    }
}
