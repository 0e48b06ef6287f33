package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Platform;

/**
 * Firepower Threat Defense logs the ASA's messages as "%FTD-": its events are of the ASA family (read by the
 * same rules) but name the FTD, on every path; the ASA-style debug of an FTD's diagnostic CLI stays FTD.
 */
class FtdPlatformTest {
    private static final String FTD_750003 = "Dec 06 10:00:01 ftd1 %FTD-4-750003: Local:192.0.2.1:500 Remote:198.51.100.7:500"
            + " Username:Unknown IKEv2 Negotiation aborted due to ERROR: Failed to find a matching policy";
    private static final String FTD_CONN = "Dec 06 10:00:02 ftd1 %FTD-6-302015: Built outbound UDP connection 10 for"
            + " outside:198.51.100.7/500 (198.51.100.7/500) to identity:192.0.2.1/500 (192.0.2.1/500)";
    private static final String ASA_713904 = "Dec 06 10:00:03 asa1 %ASA-5-713904: Group = 198.51.100.9, IP = 198.51.100.9,"
            + " All IPSec SA proposals found unacceptable!";
    private static final String PLAT_DEBUG = "IKEv2-PLAT-4: RECV PKT [IKE_SA_INIT] [198.51.100.7]:500->[192.0.2.1]:500"
            + " InitSPI=0xd7307e13c686a26e RespSPI=0x0000000000000000 MID=00000000";

    private static List<LogEvent> read(LogIngest.Mode mode, String... lines) {
        LogIngest ingest = new LogIngest(new InputAccounting(), mode);
        try {
            ingest.read("probe.log", new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return new ArrayList<>(ingest.events());
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void anFtdSyslogLineNamesTheFtdAndIsOfTheAsaFamily(LogIngest.Mode mode) {
        List<LogEvent> es = read(mode, FTD_750003);
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo("P1_NO_OFFERS_ACCEPTED");
            assertThat(e.getPlatform()).isEqualTo(Platform.FTD);
            assertThat(e.getPlatform().family()).isEqualTo(Platform.ASA);
        });
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void aConnectionLineReadByTheByteScannerNamesTheFtd(LogIngest.Mode mode) {
        List<LogEvent> es = read(mode, FTD_CONN);
        assertThat(es).isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.FTD));
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void theAsaStyleDebugOfAnFtdStaysFtdWhileAnAsaLineInTheSameSourceStaysAsa(LogIngest.Mode mode) {
        List<LogEvent> es = read(mode, FTD_750003, PLAT_DEBUG, ASA_713904);
        assertThat(es).filteredOn(e -> e.getPeer() != null && e.getPeer().equals("198.51.100.7"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.FTD));
        assertThat(es).filteredOn(e -> "198.51.100.9".equals(e.getPeer()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.ASA));
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void anAsaLineStaysAsa(LogIngest.Mode mode) {
        assertThat(read(mode, ASA_713904)).isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.ASA));
    }

    private static final String[] SA_SHOW = {
        "firepower# show crypto ipsec sa peer 198.51.100.7",
        "peer address: 198.51.100.7",
        "    Crypto map tag: CSM_outside_map, seq num: 1, local addr: 203.0.113.2",
        "      local ident (addr/mask/prot/port): (10.1.1.0/255.255.255.0/0/0)",
        "      remote ident (addr/mask/prot/port): (10.2.2.0/255.255.255.0/0/0)",
        "      current_peer: 198.51.100.7",
        "      #pkts encaps: 245, #pkts encrypt: 245, #pkts digest: 245",
        "      #pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0",
        "      #send errors: 0, #recv errors: 0",
        "      local crypto endpt.: 203.0.113.2/0, remote crypto endpt.: 198.51.100.7/0",
        "      current outbound spi: 5D3F29A1",
        "      current inbound spi : 0C44E7B2",
    };

    private static String[] withBanner(boolean banner) {
        List<String> lines = new ArrayList<>();
        if (banner) {
            lines.add("> system support diagnostic-cli");
            lines.add("Attaching to Diagnostic CLI ... Press 'Ctrl+a then d' to detach.");
            lines.add("Type help or '?' for a list of available commands.");
        }
        lines.addAll(List.of(SA_SHOW));
        return lines.toArray(String[]::new);
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void showOutputAfterTheFtdsDiagnosticCliBannerIsTheFtds(LogIngest.Mode mode) {
        assertThat(read(mode, withBanner(true))).filteredOn(e -> e.getKind().equals("SHOW_IPSEC_SA"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.FTD));
        // the same output without the banner names no FTD: the ASA's layout
        assertThat(read(mode, withBanner(false))).filteredOn(e -> e.getKind().equals("SHOW_IPSEC_SA"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.ASA));
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void theBannerIsReadNotLeftUnrecognized(LogIngest.Mode mode) {
        InputAccounting acct = new InputAccounting();
        LogIngest ingest = new LogIngest(acct, mode);
        try {
            ingest.read("probe.log", new ByteArrayInputStream((String.join("\n", withBanner(true)) + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        assertThat(acct.getUnrecognized()).isZero();
    }

    private static String[] atPrompt(String prompt, boolean quoteAll) {
        List<String> lines = new ArrayList<>();
        lines.add(prompt + "show crypto ipsec sa peer 198.51.100.7");
        for (String l : SA_SHOW) if (!l.startsWith("firepower#")) lines.add(quoteAll ? "> " + l : l);
        return lines.toArray(String[]::new);
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void outputAfterACommandAtTheFtdClisBarePromptIsTheFtds(LogIngest.Mode mode) {
        assertThat(read(mode, atPrompt("> ", false))).filteredOn(e -> e.getKind().equals("SHOW_IPSEC_SA"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.FTD));
        // an ASA's prompt names its host; quoted in an e-mail reply every line starts with '>': both stay the ASA's
        assertThat(read(mode, atPrompt("asa1> ", false))).filteredOn(e -> e.getKind().equals("SHOW_IPSEC_SA"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.ASA));
        assertThat(read(mode, atPrompt("> ", true))).filteredOn(e -> e.getKind().equals("SHOW_IPSEC_SA"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.ASA));
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void theFtdsShowVersionProductLineNamesTheFtdAndIsNotLeftUnrecognized(LogIngest.Mode mode) {
        List<String> lines = new ArrayList<>(List.of(
                "-------------------[ ftd-hq ]--------------------",
                "Model                     : Cisco Firepower Threat Defense for VMware (75) Version 7.2.5 (Build 208)"));
        lines.addAll(List.of(SA_SHOW));
        InputAccounting acct = new InputAccounting();
        LogIngest ingest = new LogIngest(acct, mode);
        try {
            ingest.read("probe.log", new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        assertThat(ingest.events()).filteredOn(e -> e.getKind().equals("SHOW_IPSEC_SA"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getPlatform()).isEqualTo(Platform.FTD));
        assertThat(acct.getUnrecognized()).isZero();
    }
}
