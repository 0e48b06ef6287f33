package vpndoctor.parse.log;

/**
 * 64-bit FNV-1a over the characters of an event key, so a key can be hashed from the pieces of a
 * line without being made. Equal keys hash equal whichever way they were fed; that is all the
 * store relies on (a collision only costs the exact lookup).
 */
final class KeyHash {
    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private KeyHash() {}

    static long add(long h, int c) {
        return (h ^ c) * PRIME;
    }

    /** Adds b[from, to) as characters (the bytes are ASCII). */
    static long add(long h, byte[] b, int from, int to) {
        for (int i = from; i < to; i++) h = (h ^ (b[i] & 0xFF)) * PRIME;
        return h;
    }

    static long of(String key) {
        long h = START;
        for (int i = 0; i < key.length(); i++) h = add(h, key.charAt(i));
        return h;
    }
}
