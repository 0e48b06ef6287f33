package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syslog/console envelopes are stripped and their timestamp kept as written. */
class EnvelopeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<166>May  1 10:00:00 fw1 %ASA-6-713119: x | May  1 10:00:00 | %ASA-6-713119: x",
        "May 1 10:00:00 10.0.0.1 : %ASA-6-713119: x | May 1 10:00:00 | %ASA-6-713119: x",
        "May 01 2024 10:00:00 fw1 : %ASA-6-713119: x | May 01 2024 10:00:00 | %ASA-6-713119: x",
        "Apr 15 2024 10:00:00: %ASA-6-713119: x | Apr 15 2024 10:00:00 | %ASA-6-713119: x",
        "<134>1 2024-05-01T10:00:00Z fw1 app - - - ISAKMP (0): SA not acceptable! | 2024-05-01T10:00:00Z | ISAKMP (0): SA not acceptable!",
        "<134>1 2024-05-01T10:00:00.123+02:00 r1 app 12 ID1 [meta x=\"1\"] %CRYPTO-6-X: y | 2024-05-01T10:00:00.123+02:00 | %CRYPTO-6-X: y",
        "123456: *Mar  1 00:12:34.567: %CRYPTO-4-IKMP_NO_SA: z | Mar  1 00:12:34.567 | %CRYPTO-4-IKMP_NO_SA: z",
        "000045: Mar 1 00:12:34.567 UTC: ISAKMP:(0): retransmitting phase 1 | Mar 1 00:12:34.567 UTC | ISAKMP:(0): retransmitting phase 1",
        "Mar 1 00:00:01 VPN Peer: ISAKMP: Added new peer | Mar 1 00:00:01 | VPN Peer: ISAKMP: Added new peer",
        "2024-05-01 10:00:00 return status is IKMP_NO_ERROR | 2024-05-01 10:00:00 | return status is IKMP_NO_ERROR",
    })
    void strips(String line, String time, String message) {
        Envelope.Stripped s = Envelope.strip(line);
        assertThat(s.time()).isEqualTo(time);
        assertThat(s.message()).isEqualTo(message);
    }

    @Test
    void unknownTimestampLeavesTheMessageParseable() {
        Ingest in = Ingest.of("01/05/2024 10:00 weird-host ISAKMP (0:1): SA not acceptable!");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo("SA_NOT_ACCEPTABLE");
            assertThat(e.getFirstTime()).isNull();
        });
    }

    @Test
    void timestampReachesTheEvent() {
        Ingest in = Ingest.of("<166>May  1 10:00:00 fw1 %ASA-6-713119: Group = 10.0.0.2, IP = 10.0.0.2, PHASE 1 COMPLETED",
                "<166>May  1 11:00:00 fw1 %ASA-6-713119: Group = 10.0.0.2, IP = 10.0.0.2, PHASE 1 COMPLETED");
        assertThat(in.events()).singleElement().satisfies(e -> {
            assertThat(e.getFirstTime()).isEqualTo("May  1 10:00:00");
            assertThat(e.getLastTime()).isEqualTo("May  1 11:00:00");
            assertThat(e.getCount()).isEqualTo(2);
        });
    }
}
