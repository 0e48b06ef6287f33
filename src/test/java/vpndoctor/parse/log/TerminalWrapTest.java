package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * A dated line broken at 80 columns by a terminal is read joined (TerminalWrap): before, the first
 * piece lost its message's end and the second its time, device and peer. Undated output, where a
 * genuine 80-character line cannot be told from a cut one, is read as it stands; and every physical
 * line is still counted once.
 */
class TerminalWrapTest {
    private static final String LINE = "Dec  6 10:00:02 asa-hq %ASA-5-713904: Group = 203.0.113.48, IP = 203.0.113.48, Received encrypted packet with no matching SA, dropping";

    @Test
    void aBrokenDatedLineIsReadJoined() {
        Ingest whole = Ingest.of(LINE);
        Ingest cut = Ingest.of(broken(LINE).toArray(String[]::new));
        assertThat(broken(LINE)).hasSize(2);
        assertThat(events(cut)).isEqualTo(events(whole)).isNotEmpty();
        assertThat(cut.acct.getLines()).isEqualTo(2);
        assertThat(cut.acct.getRelevant()).isEqualTo(2);
        assertThat(cut.acct.getNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("broken at 80 columns"));
    }

    @Test
    void aContinuationStartingWithAnAddressesRestIsJoined() {
        // "...Remote:198.51.100.13" + "3:500 ...": digits and a colon, yet no IOS sequence number
        String asa = "Aug 02 2024 09:00:01: %ASA-5-750002: Local:203.0.113.33:500 Remote:198.51.100.133:500 Username:Unknown Received a IKE_INIT_SA request";
        assertThat(broken(asa).get(1)).startsWith("3:500");
        assertThat(events(Ingest.of(broken(asa).toArray(String[]::new)))).isEqualTo(events(Ingest.of(asa)));
    }

    @Test
    void aCutBeforeTheMarkerOrInsideAQuotedColumnIsJoined() {
        String marker = "Dec  6 10:00:02 asa-hq-with-a-rather-long-name-in-the-data-centre-row-seven-xyz %ASA-5-713904: Group = 203.0.113.48, IP = 203.0.113.48, Received encrypted packet with no matching SA, dropping";
        assertThat(broken(marker).get(1)).startsWith("%ASA-");
        assertThat(events(Ingest.of(broken(marker).toArray(String[]::new)))).isEqualTo(events(Ingest.of(marker)));
        String csv = "\"2026-12-06T10:00:02.000+0000\",\"asa-hq\",\"Dec  6 10:00:02 asa-hq %ASA-5-713904: Group = 203.0.113.48, IP = 203.0.113.48, Received encrypted packet with no matching SA, dropping\"";
        List<String> rows = new ArrayList<>(List.of("\"_time\",\"host\",\"_raw\""));
        rows.addAll(broken(csv));
        assertThat(events(Ingest.of(rows.toArray(String[]::new)))).isEqualTo(events(Ingest.of("\"_time\",\"host\",\"_raw\"", csv))).isNotEmpty();
    }

    @Test
    void anArrowInTheMessageIsNoPrompt() {
        String asa = "Feb 20 10:00:32 [IKEv1 DEBUG]Group = 192.0.2.61, IP = 192.0.2.61, IKE MM Initiator FSM error history (struct &0x00007f11d2c3b4a0)"
                + "  <state>, <event>:  MM_DONE, EV_ERROR-->MM_WAIT_MSG6, EV_RETRY-->MM_WAIT_MSG6";
        assertThat(broken(asa).get(2)).startsWith("V_ERROR-->");
        assertThat(events(Ingest.of(broken(asa).toArray(String[]::new)))).isEqualTo(events(Ingest.of(asa)));
    }

    @Test
    void aLineBrokenTwiceIsReadJoined() {
        String longer = LINE + ", and more text so that the line needs a third row of the terminal's width to be shown";
        assertThat(broken(longer)).hasSize(3);
        Ingest cut = Ingest.of(broken(longer).toArray(String[]::new));
        assertThat(cut.events()).singleElement().satisfies(e -> assertThat(e.getOrigin().getText()).isEqualTo(longer));
        assertThat(cut.acct.getLines()).isEqualTo(3);
        assertThat(cut.acct.getRelevant()).isEqualTo(3);
    }

    @Test
    void anEightyCharacterLineFollowedByItsOwnLineStaysApart() {
        // neighbours: a dated line of exactly 80 characters, then lines that start on their own
        String eighty = "Dec  6 10:00:02 asa-hq %ASA-6-713219: Queuing KEY-ACQUIRE messages to be process";
        assertThat(eighty).hasSize(80);
        String[] lines = {eighty, "Dec  6 10:00:03 asa-hq %ASA-5-713119: Group = 203.0.113.48, IP = 203.0.113.48, PHASE 1 COMPLETED",
                eighty, "ISAKMP:(0): SA not acceptable!", eighty, "  #pkts encaps: 0", eighty, ""};
        Ingest together = Ingest.of(lines);
        assertThat(together.acct.getNotes()).isEmpty();
        assertThat(together.events()).extracting(e -> e.getOrigin().getText()).contains(eighty);
        assertThat(together.acct.getLines()).isEqualTo(lines.length);
    }

    @Test
    void undatedDebugIsNeverJoined() {
        String pix = "ISAKMP (0): SA is doing pre-shared key authentication using id type ID_IPV4_ADDR";
        assertThat(pix).hasSize(80);
        Ingest in = Ingest.of(pix, "return status is IKMP_NO_ERROR");
        assertThat(in.acct.getNotes()).isEmpty();
        assertThat(in.events()).extracting(e -> e.getOrigin().getText()).doesNotContain(pix + "return status is IKMP_NO_ERROR");
    }

    @Test
    void anUndatedAddressCutInTwoIsReadWhole() {
        // PIX debug has no times; read apart, "203.0.113.1" + "31" named a wrong peer
        String pix = "IPSEC(validate_proposal): invalid local address 203.0.113.9 for peer 203.0.113.131 with proposal 1";
        assertThat(broken(pix).get(0)).endsWith("203.0.113.1");
        Ingest cut = Ingest.of(broken(pix).toArray(String[]::new));
        assertThat(events(cut)).isEqualTo(events(Ingest.of(pix)));
        assertThat(cut.events()).extracting(LogEvent::getPeer).doesNotContain("203.0.113.1");
    }

    @Test
    void aKeyOnAJoinedPieceIsMaskedLikeAnyOther() {
        // found by FuzzSmokeTest: joined without a space, "...failed" + "snmp-server community K" starts no word,
        // so the joined line's mask missed the key; each piece is masked on its own as well
        String full = "Jan 14 11:02:41 fw179 : %ASA-7-711001: IKEv2-PROTO-3: (77): Auth exchange failed";
        assertThat(full).hasSize(80);
        Ingest in = Ingest.of(full, "snmp-server community Zshn6o3vw8ot15 RO");
        assertThat(in.events()).flatExtracting(LogEvent::getOrigins).extracting(o -> o.getText()).noneMatch(t -> t.contains("Zshn6o3vw8ot15"));
        assertThat(in.events()).isNotEmpty();
    }

    // ---- other widths (session 11): the width is told from the cut pieces of the source's head ----

    private static final String LONG = LINE + ", and a second clause long enough that a wide terminal of 132 columns must break it too";

    @Test
    void linesBrokenAt132ColumnsAreReadJoined() {
        List<String> pieces = new ArrayList<>(broken(LONG, 132));
        pieces.addAll(broken(LINE.replace("10:00:02", "10:00:07"), 132));
        assertThat(pieces).hasSize(4);
        Ingest cut = Ingest.of(pieces.toArray(String[]::new));
        assertThat(events(cut)).isEqualTo(events(Ingest.of(LONG, LINE.replace("10:00:02", "10:00:07"))));
        assertThat(cut.events()).extracting(e -> e.getOrigin().getText()).contains(LONG);
        assertThat(cut.acct.getLines()).isEqualTo(4);
        assertThat(cut.acct.getRelevant()).isEqualTo(4);
        assertThat(cut.acct.getNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("broken at 132 columns"));
    }

    @Test
    void anOddWidthNeedsTwoCuts() {
        // one dated line of 97 characters followed by a line that reads like its rest: no terminal is set to 97 columns, so no evidence
        String first = LONG.substring(0, 97);
        Ingest once = Ingest.of(first, LONG.substring(97));
        assertThat(once.acct.getNotes()).isEmpty();
        // two such cuts at one width are a terminal's
        Ingest twice = Ingest.of(first, LONG.substring(97), first.replace("10:00:02", "10:00:05"), LONG.substring(97));
        assertThat(twice.acct.getNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("broken at 97 columns"));
    }

    @Test
    void eightyColumnLinesOfAFileBrokenAt132StayApart() {
        String eighty = "Dec  6 10:00:02 asa-hq %ASA-6-713219: Queuing KEY-ACQUIRE messages to be process";
        assertThat(eighty).hasSize(80);
        List<String> lines = new ArrayList<>(broken(LONG, 132));
        lines.add(eighty);
        lines.add("return status is IKMP_NO_ERROR");
        Ingest in = Ingest.of(lines.toArray(String[]::new));
        assertThat(in.events()).extracting(e -> e.getOrigin().getText()).contains(eighty).doesNotContain(eighty + "return status is IKMP_NO_ERROR");
    }

    @Test
    void aKeyOnAPieceCutAt132IsMasked() {
        // the saved fuzz regression's shape at another width: "...failed" + "snmp-server community K" starts no word once joined
        String full = "Jan 14 11:02:41 fw179 : %ASA-7-711001: IKEv2-PROTO-3: (77): Auth exchange with peer 203.0.113.48 on the outside interface has failed";
        assertThat(full).hasSize(132);
        String other = full.replace("11:02:41", "11:02:42").replace("(77)", "(78)");
        Ingest in = Ingest.of(full, "snmp-server community Zshn6o3vw8ot15 RO", other, " after three tries");
        assertThat(in.acct.getNotes()).anySatisfy(n -> assertThat(n.reason()).contains("broken at 132 columns"));
        assertThat(in.events()).flatExtracting(LogEvent::getOrigins).extracting(o -> o.getText()).noneMatch(t -> t.contains("Zshn6o3vw8ot15"));
        assertThat(in.events()).isNotEmpty();
    }

    private static List<String> broken(String line) {
        return broken(line, 80);
    }

    private static List<String> broken(String line, int width) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (; line.length() - i > width; i += width) out.add(line.substring(i, i + width));
        out.add(line.substring(i));
        return out;
    }

    private static List<String> events(Ingest in) {
        List<String> out = new ArrayList<>();
        for (LogEvent e : in.events()) out.add(e.getKind() + "@" + e.getPeer() + "/" + e.getDevice() + " " + e.getAttrs() + " " + e.getFirstTime());
        return out;
    }
}
