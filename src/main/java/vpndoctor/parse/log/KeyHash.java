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
 * were given; that is all the store relies on (a collision only costs the exact lookup), so the hash
 * is as cheap as that allows: one multiply per attribute and per eight bytes of a value.
 */
final class KeyHash {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long M = 0x9E3779B97F4A7C15L;
    private static final long NULL = 0x5851F42D4C957F2DL;

    private KeyHash() {}

    /** The hash of the fixed head of a key: its kind, peer and local address. */
    static long head(EventKind kind, String peer, String local) {
        return attr(attr(kind.ordinal() + 1L, 0, text(peer)), 0, text(local));
    }

    /**
     * Adds one attribute (in name order), given the hashes of its name and value: one multiply, the
     * value rotated so that it and the name do not cancel each other's bits.
     */
    static long attr(long h, long name, long value) {
        return (h ^ name ^ Long.rotateLeft(value, 29)) * M;
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

    /** The hash of b[from, to) as text: one multiply per eight bytes (a value is mostly one or two). */
    static long bytes(byte[] b, int from, int to) {
        long h = (to - from) * M;
        int i = from;
        for (; i + 8 <= to; i += 8) h = (h ^ (long) LONGS.get(b, i)) * M;
        int rest = to - i;
        if (rest == 0) return h ^ h >>> 32;
        h = (h ^ tail(b, i, to, rest)) * M;
        return h ^ h >>> 32;
    }

    /**
     * {@link #bytes} of b[from, to) in ASCII lower case ({@link AsciiBytes#lower}), without copying
     * it: 'A'-'Z' are found eight at a time and get bit 5. Equal to bytes() of the lower-cased copy.
     */
    static long lowerBytes(byte[] b, int from, int to) {
        long h = (to - from) * M;
        int i = from;
        for (; i + 8 <= to; i += 8) h = (h ^ lower((long) LONGS.get(b, i))) * M;
        int rest = to - i;
        if (rest == 0) return h ^ h >>> 32;
        h = (h ^ lower(tail(b, i, to, rest))) * M;
        return h ^ h >>> 32;
    }

    /** The last 1 to 7 bytes b[i, to) as a little-endian word, the bytes past `to` zero. */
    private static long tail(byte[] b, int i, int to, int rest) {
        if (i + 8 <= b.length) return (long) LONGS.get(b, i) & -1L >>> 64 - 8 * rest;
        long tail = 0;
        for (int j = to - 1; j >= i; j--) tail = tail << 8 | (b[j] & 0xFF);
        return tail;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Each byte of w in 'A'-'Z' with bit 5 set (AsciiBytes#lower per byte). Per byte, without carries
     * between bytes (bit 7 is cleared first and added back): x + (0x80 - 'A') has bit 7 from 'A' on,
     * x + (0x80 - 'Z' - 1) from past 'Z'; a byte with bit 7 set of its own is no letter.
     */
    static long lower(long w) {
        long low7 = w & ~HIGHS;
        long upper = (low7 + ONES * (0x80 - 'A')) & ~(low7 + ONES * (0x80 - 'Z' - 1)) & ~w & HIGHS;
        return w | upper >>> 2;
    }
}
