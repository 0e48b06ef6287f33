package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vpndoctor.bench.SyslogGenerator;

/**
 * The store trusts a scanned line's key hash ({@link LineScan}, from byte ranges) to equal the hash of
 * the same event made by a parser ({@link KeyHash#of(Parsed)}): a line whose hash matched none of a
 * full group's variants folds into the overflow event without its key being made. So the two ways
 * must agree on every scanned event, upper-case values (hashed lower-cased in place) included, and
 * the hash must still tell the keys apart.
 */
class KeyHashTest {
    @Test
    void scannedHashEqualsTheParsedEventsHash() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(20_000, 30, 5, 0.05).write(out);
        String[] lines = out.toString(StandardCharsets.ISO_8859_1).split("\n");
        SplittableRandom rnd = new SplittableRandom(3);
        LineScan scan = new LineScan();
        Parsed parsed = new Parsed();
        Map<String, Long> hashOfKey = new HashMap<>();
        Set<Long> hashes = new HashSet<>();
        int events = 0;
        for (String line : lines) {
            for (String variant : new String[] {line, shuffledCase(line, rnd)}) {
                byte[] b = variant.getBytes(StandardCharsets.ISO_8859_1);
                // the line sits inside a larger array, as in a batch: the hash must not read past its end
                byte[] padded = new byte[b.length + 16];
                java.util.Arrays.fill(padded, (byte) 'Z');
                System.arraycopy(b, 0, padded, 3, b.length);
                scan.scan(padded, 3, b.length);
                if (scan.verdict() != LineScan.Verdict.SYSLOG_EVENT) continue;
                events++;
                scan.toParsed(padded, parsed);
                assertThat(scan.keyHash).as(variant).isEqualTo(KeyHash.of(parsed));
                String key = scan.key(padded);
                Long before = hashOfKey.putIfAbsent(key, scan.keyHash);
                if (before != null) assertThat(scan.keyHash).as(variant).isEqualTo(before);
                hashes.add(scan.keyHash);
            }
        }
        assertThat(events).isGreaterThan(10_000);
        // distinct keys, distinct hashes (a collision would only cost time, but many would mean a broken mix)
        assertThat(hashes).hasSameSizeAs(hashOfKey.keySet());
        assertThat(hashOfKey).hasSizeGreaterThan(1_000);
    }

    @Test
    void wordLowerCasingIsAsciiBytesLowerOnEveryByte() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) b[i] = (byte) (round < 32 ? round * 8 + i : rnd.nextInt(256));
            long w = 0;
            for (int i = 7; i >= 0; i--) w = w << 8 | (b[i] & 0xFF);
            long lowered = KeyHash.lower(w);
            for (int i = 0; i < 8; i++) assertThat((byte) (lowered >>> 8 * i)).isEqualTo((byte) AsciiBytes.lower(b[i]));
        }
    }

    @Test
    void lowerCaseHashEqualsTheHashOfTheLowerCasedText() {
        SplittableRandom rnd = new SplittableRandom(4);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[rnd.nextInt(0, 40)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) rnd.nextInt(0x20, 0x7F);
            byte[] lower = new byte[b.length];
            for (int i = 0; i < b.length; i++) lower[i] = (byte) AsciiBytes.lower(b[i]);
            int from = b.length == 0 ? 0 : rnd.nextInt(b.length);
            int to = rnd.nextInt(from, b.length + 1);
            assertThat(KeyHash.lowerBytes(b, from, to)).isEqualTo(KeyHash.bytes(lower, from, to));
            assertThat(KeyHash.bytes(b, from, to)).isEqualTo(KeyHash.text(new String(b, from, to - from, StandardCharsets.ISO_8859_1)));
        }
    }

    private static String shuffledCase(String line, SplittableRandom rnd) {
        StringBuilder s = new StringBuilder(line);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (rnd.nextInt(4) == 0) s.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return s.toString();
    }
}
