package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Envelopes that relays and log exports put around a device line (found by
 * WrappedLinesKeepTheirVerdictTest): the sending device must still be read, since a central log's
 * lines are told apart by it. The first rows failed before Envelope knew these forms; the last rows
 * are ordinary envelopes, unchanged.
 */
class RelayedEnvelopeFormsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // journalctl -o short-iso: a zone without a colon
        "2026-12-06T10:00:00+0000 asa-hq %ASA-6-713119: x | 2026-12-06T10:00:00+0000 | asa-hq | %ASA-6-713119: x",
        // Kiwi Syslog Server's columns (tabs already made spaces by TextNormalizer)
        "2026-12-06 10:00:00 Local4.Info asa-hq %ASA-6-713119: x | 2026-12-06 10:00:00 | asa-hq | %ASA-6-713119: x",
        // a relay that kept the ASA's own header (with the year) in the message
        "Dec  6 10:00:01 10.0.0.1 Dec 06 2026 10:00:00: %ASA-6-713119: x | Dec  6 10:00:01 | 10.0.0.1 | %ASA-6-713119: x",
        "Dec  6 10:00:01 10.0.0.1 Dec 06 2026 10:00:00 asa-hq : %ASA-6-713119: x | Dec  6 10:00:01 | asa-hq | %ASA-6-713119: x",
        "Dec  6 10:00:01 rtr1 000042: *Dec  6 10:00:00.123: %CRYPTO-4-IKMP_NO_SA: z | Dec  6 10:00:01 | rtr1 | %CRYPTO-4-IKMP_NO_SA: z",
        // a relay host, then a sequence number and no time of the device's (session 11: the host was lost)
        "Dec  6 10:00:01 rtr1 000042: %CRYPTO-4-IKMP_NO_SA: z | Dec  6 10:00:01 | rtr1 | %CRYPTO-4-IKMP_NO_SA: z",
        "Dec  6 10:00:01 10.0.0.1 42: %ASA-6-713119: x | Dec  6 10:00:01 | 10.0.0.1 | %ASA-6-713119: x",
        // ASA 'logging emblem': a colon before the time, the message's class before its level (session 11)
        "<166>:Dec 06 10:00:00 UTC: %ASA-vpn-6-713119: x | Dec 06 10:00:00 UTC | | %ASA-6-713119: x",
        "<166>:%ASA-session-6-302015: Built | | | %ASA-6-302015: Built",
        "Dec  6 10:00:01 10.0.0.1 :Dec 06 10:00:00 EDT: %ASA-vpn-6-713119: x | Dec  6 10:00:01 | 10.0.0.1 | %ASA-6-713119: x",
        "`<166>:Mar 19 15:14:53 MSK/MSD: %ASA-threat-detection-4-733100: x` | Mar 19 15:14:53 MSK/MSD | | %ASA-4-733100: x",
        // Splunk's CSV export: the raw event in the last quoted column, a quote doubled
        "`\"2026-12-06T10:00:00.000+0000\",\"asa-hq\",\"Dec  6 10:00:00 asa-hq %ASA-6-713119: a \"\"b\"\"\"`"
                + " | Dec  6 10:00:00 | asa-hq | `%ASA-6-713119: a \"b\"`",
        // ... with the spaces a terminal copy pads a row with
        "`\"2026-12-06T10:00:00.000+0000\",\"asa-hq\",\"Dec  6 10:00:00 asa-hq %ASA-6-713119: x\"   ` | Dec  6 10:00:00 | asa-hq | %ASA-6-713119: x",
        // Graylog's CSV export: the message without a header, time and source in their own columns
        "`\"2026-12-06T10:00:00.000Z\",\"asa-hq\",\"%ASA-6-713119: x\"` | 2026-12-06T10:00:00.000Z | asa-hq | %ASA-6-713119: x",
        // neighbours: ordinary envelopes read as before
        "Dec  6 10:00:00 asa-hq %ASA-6-713119: x | Dec  6 10:00:00 | asa-hq | %ASA-6-713119: x",
        "Dec  6 10:00:00 asa-hq : %ASA-6-713119: x | Dec  6 10:00:00 | asa-hq | %ASA-6-713119: x",
        "2026-12-06T10:00:00+01:00 asa-hq %ASA-6-713119: x | 2026-12-06T10:00:00+01:00 | asa-hq | %ASA-6-713119: x",
        "Dec  6 10:00:00 fw1 ISAKMP: Added new peer | Dec  6 10:00:00 | | fw1 ISAKMP: Added new peer",
        "Mar 1 00:00:01 VPN Peer: ISAKMP: Added new peer | Mar 1 00:00:01 | | VPN Peer: ISAKMP: Added new peer",
        "`\"quoted text\"` | | | `\"quoted text\"`",
        // a syslog tag after the host (logger(1), a program passing lines on), and its neighbour: a debug word before '%' text
        "Dec  6 10:00:01 nocbox logger: %ASA-6-713119: x | Dec  6 10:00:01 | nocbox | %ASA-6-713119: x",
        "Dec  6 10:00:01 nocbox relay[812]: %CRYPTO-4-IKMP_NO_SA: z | Dec  6 10:00:01 | nocbox | %CRYPTO-4-IKMP_NO_SA: z",
        "Dec  6 10:00:01 fw1 IKEv2:%Profile could not be found | Dec  6 10:00:01 | | fw1 IKEv2:%Profile could not be found",
        // a shipper's JSON line: GELF (seconds since 1970), an Elastic export keeping the raw line
        "`{\"version\":\"1.1\",\"host\":\"asa-hq\",\"short_message\":\"%ASA-6-713119: x\",\"timestamp\":1796551200.250}` | 2026-12-06T10:00:00.250Z | asa-hq | %ASA-6-713119: x",
        "`{\"@timestamp\":\"2026-12-06T10:00:00.000Z\",\"host\":{\"name\":\"fw1\"},\"event\":{\"original\":\"Dec  6 10:00:00 asa-hq %ASA-6-713119: a \\\"b\\\"\"}}` | Dec  6 10:00:00 | asa-hq | `%ASA-6-713119: a \"b\"`",
        "`{\"Hostname\":\"asa-hq\",\"EventTime\":\"2026-12-06 10:00:00\",\"SourceName\":\"%ASA-6-713119\",\"Message\":\"x\"}` | 2026-12-06 10:00:00 | asa-hq | %ASA-6-713119: x",
        "`{\"not\": \"a log line\"}` | | | `{\"not\": \"a log line\"}`",
        // neighbours of the session-11 forms: a word and a number that are the message, a lower-case word after a '%' that is no class
        "Dec  6 10:00:01 rtr1 retransmitting 3: phase 1 | Dec  6 10:00:01 | | rtr1 retransmitting 3: phase 1",
        "Dec  6 10:00:01 rtr1 42: ISAKMP: x | Dec  6 10:00:01 | | rtr1 42: ISAKMP: x",
        "`%ASA-note: 5 done` | | | `%ASA-note: 5 done`",
    })
    void readsTheDeviceBehindTheRelay(String line, String time, String host, String message) {
        Envelope.Stripped s = Envelope.strip(line);
        assertThat(s.time()).isEqualTo(time);
        assertThat(s.host()).isEqualTo(host);
        assertThat(s.message()).isEqualTo(message);
    }

    /** The monitor and the stream topology route by LineAttributor's device: the same one the batch reader reads. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Dec  6 10:00:01 10.0.0.1 Dec 06 2026 10:00:00 asa-hq : %ASA-5-713119: Group = 203.0.113.2, IP = 203.0.113.2, PHASE 1 COMPLETED | asa-hq",
        "`\"2026-12-06T10:00:00.000+0000\",\"asa-hq\",\"Dec  6 10:00:00 asa-hq %ASA-5-713119: Group = 203.0.113.2, IP = 203.0.113.2, PHASE 1 COMPLETED\"` | asa-hq",
        "Nov 26 10:00:01 asa-hq %ASA-5-713119: Group = 203.0.113.2, IP = 203.0.113.2, PHASE 1 COMPLETED | asa-hq",
    })
    void theLineAttributorNamesTheSameDevice(String line, String device) {
        LineAttributor.Line l = new LineAttributor().attribute("f", line);
        assertThat(l.device()).isEqualTo(device);
        assertThat(l.peer()).isEqualTo("203.0.113.2");
    }
}
