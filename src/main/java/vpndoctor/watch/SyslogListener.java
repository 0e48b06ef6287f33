package vpndoctor.watch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Syslog receivers (RFC 3164 and 5424 messages; the envelope is read by the log parser): UDP, one
 * message per datagram; TCP, newline-delimited or octet-counted (RFC 6587) frames, a thread per
 * connection up to a limit. Bound to the given address (the watch command defaults to 127.0.0.1).
 */
public final class SyslogListener implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_FRAME = 65_536;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final LineHandler out;
    private DatagramSocket udp;
    private ServerSocket tcp;
    private final ExecutorService pool = Executors.newFixedThreadPool(MAX_CONNECTIONS + 2, r -> {
        Thread t = new Thread(r, "vpn-doctor-syslog");
        t.setDaemon(true);
        return t;
    });

    public SyslogListener(LineHandler out) { this.out = out; }

    /** Starts a UDP receiver; returns the bound port (0 asks for any free one). */
    public int udp(InetAddress bind, int port) throws IOException {
        udp = new DatagramSocket(new InetSocketAddress(bind, port));
        udp.setSoTimeout(500);
        pool.submit(this::udpLoop);
        return udp.getLocalPort();
    }

    /** Starts a TCP receiver; returns the bound port. */
    public int tcp(InetAddress bind, int port) throws IOException {
        tcp = new ServerSocket();
        tcp.bind(new InetSocketAddress(bind, port), 50);
        tcp.setSoTimeout(500);
        pool.submit(this::acceptLoop);
        return tcp.getLocalPort();
    }

    private void udpLoop() {
        byte[] b = new byte[MAX_FRAME];
        DatagramPacket p = new DatagramPacket(b, b.length);
        while (running.get()) {
            try {
                udp.receive(p);
                String text = new String(p.getData(), p.getOffset(), p.getLength(), StandardCharsets.UTF_8);
                for (String line : text.split("\r?\n")) if (!line.isBlank()) out.line("udp:" + p.getAddress().getHostAddress(), line, Instant.now());
            } catch (SocketTimeoutException e) {
                // check the flag
            } catch (IOException e) {
                if (running.get()) System.err.println("vpn-doctor: udp: " + e.getMessage());
            }
        }
    }

    private void acceptLoop() {
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(MAX_CONNECTIONS);
        while (running.get()) {
            try {
                Socket s = tcp.accept();
                if (!slots.tryAcquire()) {
                    s.close();
                    continue;
                }
                pool.submit(() -> {
                    try (s) {
                        s.setSoTimeout(500);
                        read(s);
                    } catch (IOException e) {
                        // the sender went away
                    } finally {
                        slots.release();
                    }
                });
            } catch (SocketTimeoutException e) {
                // check the flag
            } catch (IOException e) {
                if (running.get()) System.err.println("vpn-doctor: tcp: " + e.getMessage());
            }
        }
    }

    private void read(Socket s) throws IOException {
        String source = "tcp:" + s.getInetAddress().getHostAddress();
        InputStream in = new BufferedInputStream(s.getInputStream());
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (running.get()) {
            int c;
            try {
                c = in.read();
            } catch (SocketTimeoutException e) {
                continue;
            }
            if (c < 0) break;
            if (line.size() == 0 && c >= '1' && c <= '9') {
                // RFC 6587 octet counting: "LEN SP MSG", or a newline-delimited message starting with a digit
                StringBuilder num = new StringBuilder().append((char) c);
                int d;
                while ((d = in.read()) >= '0' && d <= '9' && num.length() < 6) num.append((char) d);
                if (d == ' ') {
                    int n = Integer.parseInt(num.toString());
                    if (n > 0 && n <= MAX_FRAME) {
                        byte[] msg = in.readNBytes(n);
                        emit(source, new String(msg, StandardCharsets.UTF_8));
                        continue;
                    }
                }
                line.writeBytes(num.toString().getBytes(StandardCharsets.US_ASCII));
                if (d < 0) break;
                c = d;
            }
            if (c == '\n') {
                emit(source, line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else if (line.size() < MAX_FRAME) {
                line.write(c);
            }
        }
        if (line.size() > 0) emit(source, line.toString(StandardCharsets.UTF_8));
    }

    private void emit(String source, String text) {
        for (String l : text.split("\r?\n")) if (!l.isBlank()) out.line(source, l, Instant.now());
    }

    @Override public void close() {
        running.set(false);
        try {
            if (udp != null) udp.close();
            if (tcp != null) tcp.close();
        } catch (IOException e) {
            // closing
        }
        pool.shutdown();
        try {
            pool.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
