package vpndoctor.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Syslog over UDP and TCP (newline-delimited and RFC 6587 octet-counted) on 127.0.0.1, ephemeral ports. */
class SyslogListenerTest {
    static final String A = "<166>Nov 26 10:00:01 asa-hq %ASA-6-713119: Group = 203.0.113.2, IP = 203.0.113.2, PHASE 1 COMPLETED";
    static final String B = "<165>1 2026-11-26T10:00:02Z asa-hq - - - - %ASA-5-713904: IP = 203.0.113.2, Received encrypted packet with no matching SA, dropping";

    @Test
    void udpAndTcpFramesBecomeLines() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (SyslogListener l = new SyslogListener((src, text, rx) -> got.add(src.substring(0, 3) + " " + text))) {
            int udp = l.udp(lo, 0);
            int tcp = l.tcp(lo, 0);
            try (DatagramSocket s = new DatagramSocket()) {
                byte[] b = A.getBytes(StandardCharsets.UTF_8);
                s.send(new DatagramPacket(b, b.length, lo, udp));
            }
            try (Socket s = new Socket(lo, tcp); OutputStream out = s.getOutputStream()) {
                out.write((A + "\n").getBytes(StandardCharsets.UTF_8));
                byte[] framed = B.getBytes(StandardCharsets.UTF_8);
                out.write((framed.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(framed);
                out.flush();
            }
            long until = System.nanoTime() + 10_000_000_000L;
            while (got.size() < 3 && System.nanoTime() < until) Thread.sleep(20);
        }
        assertThat(got).containsExactlyInAnyOrder("udp " + A, "tcp " + A, "tcp " + B);
    }
}
