package vpndoctor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The VPN messages of one negotiation attempt on one tunnel, shaped after the ASA syslog of the
 * sample cases. Each line is the message part only; the generator adds time and host. Lines with
 * no "%ASA-" id are the "[IKEv1]:" debug-to-syslog forms the ASA also sends to a collector.
 */
final class Episodes {
    private Episodes() {}

    static List<String> of(Tunnel t, SplittableRandom rnd) {
        String p = t.peer();
        String gp = "Group = " + p + ", IP = " + p + ", ";
        String ip = "IP = " + p + ", ";
        String mess = Integer.toHexString(rnd.nextInt() | 0x10000000);
        List<String> l = new ArrayList<>(12);
        switch (t.fault()) {
            case PSK_MISMATCH -> {
                l.add("%ASA-6-302015: Built inbound UDP connection " + conn(rnd) + " for outside:" + p + "/500 (" + p + "/500) to identity:" + Tunnel.LOCAL_GATEWAY + "/500 (" + Tunnel.LOCAL_GATEWAY + "/500)");
                l.add("[IKEv1]: " + ip + "IKE_DECODE RECEIVED Message (msgid=0) with payloads : HDR + ID (5) + HASH (8) + NONE (0) total length : 68");
                l.add("[IKEv1]: " + gp + "Received encrypted Oakley Main Mode packet with invalid payloads, MessID = 0");
                l.add("[IKEv1]: " + gp + "ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting");
                l.add("%ASA-4-713903: " + gp + "Information Exchange processing failed");
                l.add("[IKEv1]: " + gp + "Hash verification failed");
                l.add("%ASA-5-713904: " + gp + "Received encrypted packet with no matching SA, dropping");
            }
            case TRANSFORM_MISMATCH -> {
                l.add("%ASA-5-713119: " + gp + "PHASE 1 COMPLETED");
                l.add("[IKEv1]: " + ip + "IKE_DECODE RECEIVED Message (msgid=" + mess + ") with payloads : HDR + HASH (8) + SA (1) + NONCE (10) + ID (5) + ID (5) + NONE (0) total length : 172");
                l.add("[IKEv1]: " + gp + "Received remote IP Proxy Subnet data in ID Payload:   Address " + t.remoteNet() + ", Mask 255.255.255.0, Protocol 0, Port 0");
                l.add("[IKEv1]: " + gp + "Received local IP Proxy Subnet data in ID Payload:   Address " + t.localNet() + ", Mask 255.255.255.0, Protocol 0, Port 0");
                l.add("[IKEv1]: " + gp + "All IPSec SA proposals found unacceptable!");
                l.add("%ASA-3-713902: " + gp + "QM FSM error (P2 struct &0x00007f1e" + hex8(rnd) + ", mess id 0x" + mess + ")!");
            }
            case IKE_BLOCKED -> {
                l.add("[IKEv1]: " + ip + "IKE Initiator: New Phase 1, Intf inside, IKE Peer " + p + "  local Proxy Address " + t.localNet() + ", remote Proxy Address " + t.remoteNet() + ",  Crypto map (outside_map)");
                for (int i = 0; i < 4; i++) {
                    l.add("%ASA-7-713236: " + ip + "IKE_DECODE SENDING Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + NONE (0) total length : 172");
                }
                l.add("[IKEv1 DEBUG]: " + ip + "IKE MM Initiator FSM error history (struct &0x00007f55" + hex8(rnd) + ")  <state>, <event>:  MM_DONE, EV_ERROR-->MM_WAIT_MSG2, EV_RETRY-->MM_WAIT_MSG2, EV_TIMEOUT-->MM_WAIT_MSG2, NullEvent-->MM_SND_MSG1");
                l.add("%ASA-3-713902: " + ip + "Removing peer from peer table failed, no match!");
                l.add("%ASA-4-713903: " + ip + "Error: Unable to remove PeerTblEntry");
            }
            case PROXY_MISMATCH -> {
                l.add("%ASA-5-713119: " + gp + "PHASE 1 COMPLETED");
                l.add("[IKEv1]: " + gp + "Received remote IP Proxy Subnet data in ID Payload:   Address " + t.remoteNet() + ", Mask 255.255.0.0, Protocol 0, Port 0");
                l.add("[IKEv1]: " + gp + "Received local IP Proxy Subnet data in ID Payload:   Address " + t.localNet() + ", Mask 255.255.255.0, Protocol 0, Port 0");
                l.add("%ASA-3-713061: " + gp + "Rejecting IPSec tunnel: no matching crypto map entry for remote proxy " + t.remoteNet() + "/255.255.0.0/0/0 local proxy " + t.localNet() + "/255.255.255.0/0/0 on interface outside");
                l.add("%ASA-3-713902: " + gp + "QM FSM error (P2 struct &0x00007f1e" + hex8(rnd) + ", mess id 0x" + mess + ")!");
            }
            case HEALTHY -> {
                l.add("%ASA-7-713236: " + ip + "IKE_DECODE SENDING Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + NONE (0) total length : 172");
                l.add("%ASA-7-713236: " + ip + "IKE_DECODE RECEIVED Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + VENDOR (13) + NONE (0) total length : 132");
                l.add("%ASA-6-713172: " + gp + "Automatic NAT Detection Status:     Remote end is NOT behind a NAT device     This   end is NOT behind a NAT device");
                l.add("%ASA-5-713119: " + gp + "PHASE 1 COMPLETED");
                l.add("%ASA-7-713121: " + ip + "Keep-alive type for this connection: DPD");
                l.add("%ASA-7-713120: " + gp + "PHASE 2 COMPLETED (msgid=" + mess + ")");
                String out = hex8(rnd).toUpperCase(), in = hex8(rnd).toUpperCase();
                l.add("%ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x" + out + ") between " + Tunnel.LOCAL_GATEWAY + " and " + p + " (user= " + p + ") has been created.");
                l.add("%ASA-6-602303: IPSEC: An inbound LAN-to-LAN SA (SPI= 0x" + in + ") between " + Tunnel.LOCAL_GATEWAY + " and " + p + " (user= " + p + ") has been created.");
                l.add("%ASA-5-713049: " + gp + "Security negotiation complete for LAN-to-LAN Group (" + p + ")  Initiator, Inbound SPI = 0x" + in.toLowerCase() + ", Outbound SPI = 0x" + out.toLowerCase());
            }
        }
        return l;
    }

    private static String conn(SplittableRandom rnd) {
        return Integer.toString(rnd.nextInt(1, 9_999_999));
    }

    private static String hex8(SplittableRandom rnd) {
        String h = Integer.toHexString(rnd.nextInt() | 0x10000000);
        return h.substring(h.length() - 8);
    }
}
