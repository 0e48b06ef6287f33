package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.config.Ip;

/**
 * IOS/IOS-XE 'show crypto engine connections active' (also 'show crypto ikev2 connections active'): one
 * row per crypto engine connection, "ID [Interface] Type Algorithm Encrypt Decrypt [LastSeqN] IP-Address".
 * An IKE (or IKEv2) row is an IKE SA, an IPsec row one direction of an IPsec SA. The table names no
 * peer: its IP-Address is the device's own address. So the whole table is one event with no tunnel
 * (SHOW_CRYPTO_ENGINE: how many rows of each type, our address as local); whose tunnel it speaks of
 * follows from the other show output of the same source. Old releases print another layout (no Type
 * column); it is not read here.
 */
final class ShowEngineConnections extends StateBlock {
    private static final Pattern ROW = Pattern.compile("^(\\d+) +(?:(\\S+) +)??(IPsec|IKE|IKEv2) +(\\S+) +(\\d+) +(\\d+)(?: +(\\d+))?(?: +(\\S+))?$");

    private final List<Origin> lines = new ArrayList<>(4);
    private long seq = -1;
    private int ike;
    private int ipsec;
    private String local;
    private boolean rows;

    /** The title, or the column head of a table pasted without it. */
    static boolean opens(String lower) {
        return lower.startsWith("crypto engine connections") || lower.startsWith("id ") && lower.contains(" type ")
                && lower.contains(" algorithm ") && lower.contains(" encrypt ") && lower.contains("ip-address");
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        if (trimmed.isEmpty()) return ShowIpsecSa.Take.FILLER;
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (opens(lower)) {
            if (rows) return ShowIpsecSa.Take.NOT_MINE; // a second table: its own event
            if (this.seq < 0) this.seq = seq;
            lines.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        Matcher m = ROW.matcher(trimmed);
        if (!m.find()) return ShowIpsecSa.Take.NOT_MINE;
        rows = true;
        if (this.seq < 0) this.seq = seq;
        lines.add(origin.get());
        if (m.group(3).equals("IPsec")) {
            ipsec++;
        } else {
            ike++;
            if (local == null && m.group(8) != null && Ip.looksLikeAddress(m.group(8))) local = Ip.canonical(m.group(8));
        }
        return ShowIpsecSa.Take.RELEVANT;
    }

    @Override
    void close() {
        if (lines.isEmpty()) return;
        Parsed p = new Parsed();
        p.is(EventKind.SHOW_CRYPTO_ENGINE);
        p.tunnelless = true;
        if (local != null) p.local(local);
        p.attr("ikeRows", Integer.toString(ike)).attr("ipsecRows", Integer.toString(ipsec));
        emit(p, lines, seq);
        lines.clear();
    }

    @Override Platform platform() { return rows ? Platform.IOS : null; }
}
