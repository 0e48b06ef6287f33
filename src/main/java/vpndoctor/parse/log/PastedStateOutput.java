package vpndoctor.parse.log;

/**
 * Whether a line opens a pasted state output the log reader reads (packet-tracer, vpn-sessiondb,
 * ping, traceroute, show dmvpn / nhrp / isakmp / ikev2 / crypto map / engine / interfaces TunnelN):
 * the same openers ({@link StateBlock#open}), so a file sniffer knows such output as evidence.
 */
public final class PastedStateOutput {
    private PastedStateOutput() {}

    /**
     * @param line one input line, as read
     * @return true when the line opens one of the state outputs the log reader takes
     */
    public static boolean opens(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty() && StateBlock.open(trimmed) != null;
    }
}
