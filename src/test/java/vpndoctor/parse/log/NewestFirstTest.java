package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * A log export that lists the newest line first is read oldest first ({@link NewestFirst}): before,
 * the first step of a negotiation was read as its last. Undated text and a merge of two devices'
 * logs keep their order; every line is still counted once and origins keep the file's numbers.
 */
class NewestFirstTest {
    private static final List<String> OLDEST_FIRST = List.of(
            "Dec  6 10:00:00 asa-hq %ASA-5-713119: Group = 203.0.113.48, IP = 203.0.113.48, PHASE 1 COMPLETED",
            "Dec  6 10:00:01 asa-hq %ASA-5-713049: Group = 203.0.113.48, IP = 203.0.113.48, Security negotiation complete for LAN-to-LAN Group (203.0.113.48)  Initiator, Inbound SPI = 0x1234abcd, Outbound SPI = 0xabcd1234",
            "Dec  6 10:00:05 asa-hq %ASA-5-713904: Group = 203.0.113.48, IP = 203.0.113.48, Received encrypted packet with no matching SA, dropping",
            "Dec  6 10:00:09 asa-hq %ASA-4-113019: Group = 203.0.113.48, Username = 203.0.113.48, IP = 203.0.113.48, Session disconnected. Session Type: LAN-to-LAN, Duration: 0h:00m:09s, Bytes xmt: 0, Bytes rcv: 0, Reason: Lost Service");

    @Test
    void aNewestFirstExportIsReadOldestFirst() {
        List<String> reversed = new ArrayList<>(OLDEST_FIRST);
        Collections.reverse(reversed);
        Ingest forward = Ingest.of(OLDEST_FIRST.toArray(String[]::new));
        Ingest backward = Ingest.of(reversed.toArray(String[]::new));
        assertThat(order(backward)).isEqualTo(order(forward)).hasSize(4);
        assertThat(backward.acct.getNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("newest first"));
        assertThat(forward.acct.getNotes()).isEmpty();
        // the file's own line numbers: the disconnect is line 1 of the reversed file
        LogEvent disconnect = backward.events().stream().filter(e -> e.getOrigin().getText().contains("113019")).findFirst().orElseThrow();
        assertThat(disconnect.getOrigin().getLine()).isEqualTo(1);
        assertThat(backward.acct.getLines()).isEqualTo(4);
        assertThat(backward.acct.getRelevant() + backward.acct.getIrrelevant() + backward.acct.getUnrecognized()).isEqualTo(4);
    }

    @Test
    void anIosMessageOnTwoLinesStaysWholeWhenTheFileIsReversed() {
        // a console buffer pasted newest first by records: RECVD_PKT_NOT_IPSEC keeps its own second line after it
        List<String> newestFirst = List.of(
                "*Dec  6 10:00:09.000: %CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet.",
                "\t(ip) vrf/dest_addr= /198.51.100.41, src_addr= 192.0.2.41, prot= 47",
                "*Dec  6 10:00:06.000: %CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet.",
                "\t(ip) vrf/dest_addr= /198.51.100.41, src_addr= 192.0.2.41, prot= 47",
                "*Dec  6 10:00:03.000: %CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet.",
                "\t(ip) vrf/dest_addr= /198.51.100.41, src_addr= 192.0.2.41, prot= 47",
                "*Dec  6 10:00:00.000: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer 192.0.2.41:500       Id: 192.0.2.41");
        Ingest in = Ingest.of(newestFirst.toArray(String[]::new));
        assertThat(in.acct.getNotes()).anySatisfy(n -> assertThat(n.reason()).contains("newest first"));
        assertThat(in.events()).filteredOn(e -> e.getKind().equals("CLEARTEXT_FOR_PROTECTED_TRAFFIC")).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.getPeer()).isEqualTo("192.0.2.41");
                    assertThat(e.attr("prot")).isEqualTo("47");
                });
        assertThat(in.acct.getLines()).isEqualTo(7);
    }

    @Test
    void aSplunkCsvExportWithItsHeaderIsReadOldestFirst() {
        List<String> rows = new ArrayList<>();
        for (String line : OLDEST_FIRST) rows.add(0, "\"2026-12-06T" + line.substring(7, 15) + ".000+0000\",\"asa-hq\",\"" + line + "\"");
        rows.add(0, "\"_time\",\"host\",\"_raw\"");
        Ingest backward = Ingest.of(rows.toArray(String[]::new));
        assertThat(order(backward)).isEqualTo(order(Ingest.of(OLDEST_FIRST.toArray(String[]::new))));
        assertThat(backward.acct.getLines()).isEqualTo(5);
    }

    @Test
    void aMergeOfTwoDevicesKeepsItsOrder() {
        // two devices' lines interleaved by arrival, one clock a minute behind: unsorted in places, mostly stepping up
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            merged.add(String.format("Dec  6 10:01:%02d asa-hq %%ASA-5-713119: Group = 203.0.113.48, IP = 203.0.113.48, PHASE 1 COMPLETED", i * 5));
            merged.add(String.format("Dec  6 10:00:%02d asa-br %%ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED", i * 5 + 2));
        }
        Ingest in = Ingest.of(merged.toArray(String[]::new));
        assertThat(in.acct.getNotes()).isEmpty();
        assertThat(firstLines(in)).containsExactly(1, 2);
    }

    @Test
    void undatedOutputKeepsItsOrder() {
        // reversed debug without times, beside two reversed dated lines: most lines are undated, nothing is reordered
        String[] lines = {"Dec  6 10:00:09 asa-hq %ASA-5-713119: Group = 203.0.113.48, IP = 203.0.113.48, PHASE 1 COMPLETED",
                "ISAKMP (0): processing NONCE payload. message ID = 0", "ISAKMP (0): processing KE payload. message ID = 0",
                "ISAKMP (0): SA is doing pre-shared key authentication using id type ID_IPV4_ADDR",
                "Dec  6 10:00:05 asa-hq %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED",
                "Dec  6 10:00:01 asa-hq %ASA-5-713119: Group = 192.0.2.1, IP = 192.0.2.1, PHASE 1 COMPLETED"};
        Ingest in = Ingest.of(lines);
        assertThat(in.acct.getNotes()).isEmpty();
    }

    @Test
    void aQuotedOrIndentedPasteOfAnExportIsReadOldestFirst() {
        // the same export quoted in an e-mail reply, or indented as a Markdown code block
        for (String mark : List.of("> ", "    ")) {
            List<String> reversed = new ArrayList<>();
            for (String line : OLDEST_FIRST) reversed.add(0, mark + line);
            Ingest in = Ingest.of(reversed.toArray(String[]::new));
            assertThat(order(in)).as(mark).isEqualTo(order(Ingest.of(OLDEST_FIRST.toArray(String[]::new))));
        }
    }

    @Test
    void aFileWithOneStepDownIsNotReordered() {
        // two files of one device put one after the other: one step down, the rest up
        Ingest in = Ingest.of(OLDEST_FIRST.get(2), OLDEST_FIRST.get(3), OLDEST_FIRST.get(0), OLDEST_FIRST.get(1));
        assertThat(in.acct.getNotes()).isEmpty();
    }

    @Test
    void linesATerminalBrokeMoveWithTheirLine() {
        // a newest-first export shown in an 80-column terminal: each record's pieces are in order, the records reversed
        List<String> pieces = new ArrayList<>();
        List<String> reversed = new ArrayList<>(OLDEST_FIRST);
        Collections.reverse(reversed);
        for (String line : reversed) {
            int i = 0;
            for (; line.length() - i > 80; i += 80) pieces.add(line.substring(i, i + 80));
            pieces.add(line.substring(i));
        }
        Ingest in = Ingest.of(pieces.toArray(String[]::new));
        assertThat(order(in)).isEqualTo(order(Ingest.of(OLDEST_FIRST.toArray(String[]::new))));
        assertThat(in.acct.getLines()).isEqualTo(pieces.size());
    }

    @Test
    void aNewestFirstSourceTooLargeToHoldIsReadAsWrittenWithANote() throws java.io.IOException {
        List<String> reversed = new ArrayList<>(OLDEST_FIRST);
        Collections.reverse(reversed);
        byte[] text = (String.join("\n", reversed) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        vpndoctor.model.InputAccounting acct = new vpndoctor.model.InputAccounting();
        SourceContext ctx = new SourceContext("big.log");
        java.io.InputStream in = NewestFirst.oldestFirst(new java.io.ByteArrayInputStream(text), text, true, ctx, acct, 100);
        assertThat(in.readAllBytes()).isEqualTo(text);   // every byte, in the file's order
        assertThat(ctx.reversedLines).isZero();
        assertThat(acct.getNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("read as written"));
    }

    /** Events by kind, attributes and time, in the order they were first read. */
    private static List<String> order(Ingest in) {
        List<String> out = new ArrayList<>();
        in.events().stream().sorted((a, b) -> Long.compare(a.getFirstSeq(), b.getFirstSeq()))
                .forEach(e -> out.add(e.getKind() + "@" + e.getPeer() + " " + e.getAttrs() + " " + e.getFirstTime()));
        return out;
    }

    private static List<Integer> firstLines(Ingest in) {
        return in.events().stream().sorted((a, b) -> Long.compare(a.getFirstSeq(), b.getFirstSeq())).map(e -> e.getOrigin().getLine()).toList();
    }
}
