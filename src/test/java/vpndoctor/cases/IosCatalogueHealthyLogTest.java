package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * The neighbour of the IOS catalogue's symptom rows: a healthy IOS-XE log made of the catalogue's
 * progress, benign, remote-access and device messages (a DMVPN spoke re-registering after an
 * administrator bounced its tunnel, PKI housekeeping, an Easy VPN client) yields no root cause, and
 * every one of its VPN lines is recognized.
 */
class IosCatalogueHealthyLogTest {
    private static final String[] HEALTHY = {
        "*Sep 21 07:03:50.270: %DMVPN-5-CRYPTO_SS:  Tunnel0: local address : 198.51.100.2 remote address : 203.0.113.2 socket is DOWN",
        "*Sep 21 07:03:51.907: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF",
        "*Sep 21 07:03:53.907: %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down",
        "*Sep 21 07:03:53.907: %LINK-5-CHANGED: Interface Tunnel0, changed state to administratively down",
        "*Sep 21 07:03:58.494: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON",
        "*Sep 21 07:04:00.494: %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up",
        "*Sep 21 07:04:00.494: %LINK-5-UPDOWN: Interface Tunnel0, changed state to up",
        "*Sep 21 07:11:33.739: %DMVPN-5-CRYPTO_SS:  Tunnel0: local address : 198.51.100.2 remote address : 203.0.113.2 socket is UP",
        "*Sep 21 07:11:33.742: %DMVPN-5-NHRP_NHS_UP: Tunnel0: Next Hop Server : (Tunnel: 172.16.0.1 NBMA: 203.0.113.2) for (Tunnel: 172.16.0.2 NBMA: 198.51.100.2) is  UP",
        "*Sep 21 07:11:33.800: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP. Peer 203.0.113.2:500 Id: 203.0.113.2",
        "*Sep 21 07:12:00.001: %PKI-6-AUTHORITATIVE_CLOCK: The system clock has been set.",
        "*Sep 21 07:12:01.000: %PKI-2-NON_AUTHORITATIVE_CLOCK: PKI functions can not be initialized until an authoritative time source, like NTP, can be obtained.",
        "*Sep 21 07:12:02.000: %PKI-6-TRUSTPOINT_CREATE: Trustpoint: TP-self-signed-920611750 created succesfully",
        "*Sep 21 07:12:02.100: %CRYPTO_ENGINE-5-KEY_ADDITION: A key named TP-self-signed-920611750 has been generated or imported by crypto-engine",
        "*Sep 21 07:12:02.200: %PKI-4-NOCONFIGAUTOSAVE: Configuration was modified.  Issue \"write memory\" to save new IOS PKI configuration",
        "*Sep 21 07:12:03.000: %CRYPTO-6-AUTOGEN: Generated new 2048 bit key pair",
        "*Sep 21 07:12:05.000: %PKI-6-CERTRET: Certificate received from Certificate Authority",
        "*Sep 21 07:12:06.000: %CRYPTO-5-SELF_TEST_END: Crypto algoritms self-test completed successfully",
        "*Sep 21 07:13:00.000: %CRYPTO-6-EZVPN_CONNECTION_UP: (Client) User=ra1 Group=ra1_grp Client_public_addr=172.16.20.1 Server_public_addr=10.1.1.1 Assigned_client_addr=192.168.20.10",
        "*Sep 21 07:14:00.000: %CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is UP.  Peer 203.0.113.9:500       Id: 203.0.113.9",
    };

    @Test
    void aHealthyLogOfProgressAndBenignMessagesHasNoRootCause() throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("spoke.log", String.join("\n", HEALTHY) + "\n").build());
        assertThat(d.rootCauses()).as("root causes of a healthy log").isEmpty();
        assertThat(d.unrecognized()).as("VPN lines shown as unrecognized").isEmpty();
    }

    @Test
    void theSameLogWithACatalogueSymptomIsNoLongerSilent() throws Exception {
        // the neighbour the other way: a catalogue symptom naming its peer (IKE messages failing their sanity check) is a fault
        List<String> lines = new ArrayList<>(List.of(HEALTHY));
        lines.add("*Sep 21 07:15:00.000: %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 203.0.113.2 failed its sanity check or is malformed");
        lines.add("*Sep 21 07:15:10.000: %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 203.0.113.2 failed its sanity check or is malformed");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("spoke.log", String.join("\n", lines) + "\n").build());
        assertThat(d.rootCauseIds()).containsExactly("PSK_MISMATCH");
    }
}
