package vpndoctor.parse.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import vpndoctor.model.EventKind;

/**
 * A 64-bit hash of what an event key is made of (kind, peer, local, attributes in name order), so a
 * scanned line's key can be hashed from the byte ranges of its values without being made: names and
 * fixed parts are hashed once, values eight bytes at a time. Equal keys hash equal whichever way they
 * were given; that is all the store relies on (a collision only costs the exact lookup).
 */
final class KeyHash {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long M = 0x9E3779B97F4A7C15L;
    private static final long NULL = 0x5851F42D4C957F2DL;

    private KeyHash() {}

    /** The hash of the fixed head of a key: its kind, peer and local address. */
    static long head(EventKind kind, String peer, String local) {
        return step(step(mix(kind.ordinal() + 1L), text(peer)), text(local));
    }

    /** Adds one attribute (in name order), given the hashes of its name and value. */
    static long attr(long h, long name, long value) {
        return step(step(h, name), value);
    }

    /** The hash of the event a parser made: what {@link EventStore#key(Parsed)} is made of. */
    static long of(Parsed p) {
        int n = p.attrs.size();
        String[] names = new String[n];
        String[] values = new String[n];
        p.attrsInto(names, values);
        long h = head(p.kind, p.peer, p.local);
        for (int k : EventStore.sortedOrder(names, n)) h = attr(h, text(names[k]), text(values[k]));
        return h;
    }

    /** A text's hash (null has its own); characters beyond Latin-1 become '?', which can only collide. */
    static long text(String s) {
        if (s == null) return NULL;
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return bytes(b, 0, b.length);
    }

    /** The hash of b[from, to) as text. */
    static long bytes(byte[] b, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) h = step(h, (long) LONGS.get(b, i));
        int rest = to - i;
        if (rest == 0) return mix(h);
        long tail;
        if (i + 8 <= b.length) {
            tail = (long) LONGS.get(b, i) & -1L >>> 64 - 8 * rest; // the bytes past `to` are masked off
        } else {
            tail = 0;
            for (int j = to - 1; j >= i; j--) tail = tail << 8 | (b[j] & 0xFF);
        }
        return mix(step(h, tail));
    }

    private static long step(long h, long v) {
        return mix(h ^ v) + v;
    }

    private static long mix(long h) {
        h *= M;
        return h ^ h >>> 29;
    }
}
