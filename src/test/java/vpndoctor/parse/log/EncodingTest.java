package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/** Charsets, line endings, binary input, NULs, tabs and curly quotes. */
class EncodingTest {
    private static final String LINE = "ISAKMP (0:1): SA not acceptable!";

    private static void assertOneEvent(Ingest in, long lines) {
        assertThat(in.events()).extracting(LogEvent::getKind).containsExactly("SA_NOT_ACCEPTABLE");
        assertThat(in.acct.getLines()).isEqualTo(lines);
    }

    @Test
    void crLfCrAndMixedEndings() {
        assertOneEvent(new Ingest().read("t", "a\r\n" + LINE + "\r\nb\r\n"), 3);
        assertOneEvent(new Ingest().read("t", "a\r" + LINE + "\rb"), 3);
        assertOneEvent(new Ingest().read("t", "a\n" + LINE + "\r\n\r\nb\r"), 4);
    }

    @Test
    void utf16WithAndWithoutBom() {
        String text = "login ok\r\n" + LINE + "\r\n";
        assertOneEvent(new Ingest().read("t", text.getBytes(StandardCharsets.UTF_16)), 2); // BE with BOM
        assertOneEvent(new Ingest().read("t", text.getBytes(StandardCharsets.UTF_16LE)), 2);
        assertOneEvent(new Ingest().read("t", text.getBytes(StandardCharsets.UTF_16BE)), 2);
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertOneEvent(new Ingest().read("t", withBom), 2);
    }

    @Test
    void utf8BomIsIgnored() {
        byte[] b = ("\uFEFF" + LINE + "\n").getBytes(StandardCharsets.UTF_8);
        Ingest in = new Ingest().read("t", b);
        assertOneEvent(in, 1);
        assertThat(in.events().get(0).getOrigin().getText()).isEqualTo(LINE);
    }

    @Test
    void invalidUtf8FallsBackToLatin1PerLine() {
        byte[] latin1 = ("caf\u00e9 " + LINE + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = ("caf\u00e9 ok\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[latin1.length + utf8.length];
        System.arraycopy(latin1, 0, all, 0, latin1.length);
        System.arraycopy(utf8, 0, all, latin1.length, utf8.length);
        Ingest in = new Ingest().read("t", all);
        assertOneEvent(in, 2);
        assertThat(in.events().get(0).getOrigin().getText()).startsWith("caf\u00e9 ");
    }

    @Test
    void binaryInputIsSkippedAsAWhole() {
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 13);
        Ingest in = new Ingest().read("core.bin", b);
        assertThat(in.acct.getLines()).isZero();
        assertThat(in.acct.getSkipped()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo("core.bin");
            assertThat(s.line()).isZero();
            assertThat(s.reason()).startsWith("binary file:");
        });
    }

    @Test
    void strayNulInTextIsDropped() {
        Ingest in = new Ingest().read("t", ("ISAKMP (0:1): SA\u0000 not acceptable!\n" + "ok\n".repeat(200)).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(in.events()).extracting(LogEvent::getKind).containsExactly("SA_NOT_ACCEPTABLE");
    }

    @Test
    void tabsAndCurlyQuotesAreNormalised() {
        Ingest in = Ingest.of("ISAKMP:\tencaps is 1",
                "%ASA-5-713257: Phase 1 failure:  Mismatched attribute types for class Encryption:  Rcv\u2019d: 3DES-CBC  Cfg\u2019d: AES-CBC");
        assertThat(in.events()).extracting(LogEvent::getKind).containsExactly("IKE_TRACE", "MISMATCHED_ATTRIBUTE");
        assertThat(in.events().get(1).getAttrs()).containsEntry("received", "3DES-CBC");
    }

    @Test
    void overlongLineIsSkippedOnceAndReadingContinues() {
        String text = "a".repeat(65537) + "\n" + LINE + "\n" + "b".repeat(300000);
        Ingest in = new Ingest().read("t", text);
        assertOneEvent(in, 3);
        assertThat(in.acct.getSkippedLines()).isEqualTo(2);
        assertThat(in.acct.getSkipped()).extracting(s -> s.line()).containsExactly(1, 3);
    }
}
