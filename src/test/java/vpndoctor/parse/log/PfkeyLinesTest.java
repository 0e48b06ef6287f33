package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * ASA/FTD IKEv2-PLAT PFKEY lines of a child SA rekey (Cisco CSCvx23833, CSCwc54984): the data plane's invalid SPI
 * is an INVALID_SPI event, the child SA's add/update/delete carry their SPI, one SPI printed in both byte orders
 * has one key, and "Construct Notify Payload: INVALID_SPI" is a notify this device sends.
 */
class PfkeyLinesTest {
    private static List<LogEvent> of(String kind, Ingest in) {
        return in.events().stream().filter(e -> e.getKind().equals(kind)).toList();
    }

    @Test
    void theDataPlanesInvalidSpiAndTheChildSasInstallShareOneSpiKey() {
        Ingest in = Ingest.of(
                "%FTD-5-711001: IKEv2-PLAT-4: Received PFKEY Invalid SPI for SPI 0x1E3EFDFE, error FALSE",
                "%FTD-5-711001: IKEv2-PLAT-4: Received PFKEY delete SA for SPI 0x9E3A169C error FALSE",
                "%FTD-5-711001: IKEv2-PLAT-4: Received PFKEY update SA for SPI 0xFEFD3E1E, error FALSE");
        List<LogEvent> invalid = of("INVALID_SPI", in);
        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).attr("spi")).isEqualTo("0x1E3EFDFE");
        List<LogEvent> trace = of("IKE_TRACE", in);
        assertThat(trace).extracting(e -> e.attr("step")).containsExactly("child SA deleted", "child SA installed");
        assertThat(trace.get(1).attr("spiKey")).isEqualTo(invalid.get(0).attr("spiKey"));
        assertThat(trace.get(0).attr("spiKey")).isNotEqualTo(invalid.get(0).attr("spiKey"));
    }

    @Test
    void constructingAnInvalidSpiNotifyIsSendingIt() {
        Ingest in = Ingest.of(
                "Jul 25 22:35:53 IKEv2-PROTO-4: (229): Received Packet [From 198.51.100.2:500/To 203.0.113.1:500/VRF i0:f0]",
                "Jul 25 22:35:53 IKEv2-PROTO-7: Construct Notify Payload: INVALID_SPI");
        assertThat(of("NOTIFY", in)).extracting(e -> e.attr("direction")).containsExactly("sent");
    }

    @Test
    void aChildSaPacketLineNamesItsExchangeAndDirection() {
        Ingest in = Ingest.of(
                "Jul 25 22:35:53 IKEv2-PLAT-5: RECV PKT [CREATE_CHILD_SA] [198.51.100.2]:500->[203.0.113.1]:500 InitSPI=0x48a0d49e589d838c RespSPI=0x9a973412d4dfc9df MID=00000008");
        LogEvent e = of("IKE_TRACE", in).get(0);
        assertThat(e.attr("exchange")).isEqualTo("CREATE_CHILD_SA");
        assertThat(e.attr("direction")).isEqualTo("received");
        assertThat(e.getPeer()).isEqualTo("198.51.100.2");
    }

    @Test
    void anSpiKeyIgnoresByteOrderAndRefusesWhatIsNoSpi() {
        assertThat(SpiKey.of("0x1E3EFDFE")).isEqualTo(SpiKey.of("0xFEFD3E1E"));
        assertThat(SpiKey.of("0x1E3EFDFE")).isNotEqualTo(SpiKey.of("0x1E3EFDFF"));
        assertThat(SpiKey.of("0x123456789")).isNull();
    }
}
