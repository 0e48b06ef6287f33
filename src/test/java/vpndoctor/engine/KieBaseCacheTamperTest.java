package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compiled-rules cache entry is deserialised through an allow-list: a planted object of any other
 * class is refused before its readObject runs, and the entry is compiled afresh and rewritten. A
 * cache folder others can write is neither read nor written.
 */
class KieBaseCacheTamperTest {
    /** Stands for a gadget: its readObject would run attacker-chosen code. */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        static volatile boolean ran;
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            ran = true;
        }
    }

    private static final String DRL = "package my.tamper;\n"
            + "declare Marker\n  name : String\nend\n"
            + "rule \"Marker seen\"\n  @description(\"test\")\nwhen\n  Marker()\nthen\nend\n";

    private List<RuleFile> files;

    @BeforeEach
    void rules() {
        Gadget.ran = false;
        files = List.of(new RuleFile("tamper.drl", "tamper.drl", DRL, false));
    }

    private Path entry(Path cache) throws IOException {
        try (var l = Files.list(cache)) {
            return l.filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
    }

    private static byte[][] parts(Path entry) throws IOException {
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)));
        byte[] meta = new byte[d.readInt()];
        d.readFully(meta);
        byte[] pkgs = new byte[d.readInt()];
        d.readFully(pkgs);
        return new byte[][] {meta, pkgs};
    }

    private static void writeEntry(Path entry, byte[] meta, byte[] pkgs) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(meta.length);
        d.write(meta);
        d.writeInt(pkgs.length);
        d.write(pkgs);
        Files.write(entry, b.toByteArray());
    }

    private static byte[] serialised(Object o, boolean metaHeader) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o2 = new ObjectOutputStream(b)) {
            if (metaHeader) o2.writeUTF("vpndoctor-kiebase-1");
            o2.writeObject(o);
        }
        return b.toByteArray();
    }

    private RuleCompiler.Compiled read(Path entry) throws Exception {
        try (InputStream in = Files.newInputStream(entry)) {
            return KieBaseCache.read(in, files);
        }
    }

    @Test
    void anUntamperedEntryWithDeclaredTypesIsReadBack(@TempDir Path cache) throws Exception {
        new KieBaseCache(cache).compile(files);
        RuleCompiler.Compiled c = read(entry(cache));
        assertThat(c.kieBase().getFactType("my.tamper", "Marker")).as("the declared type passes the filter").isNotNull();
    }

    @Test
    void aGadgetPlantedInTheMetadataIsRefusedAndTheEntryRebuilt(@TempDir Path cache) throws Exception {
        new KieBaseCache(cache).compile(files);
        Path entry = entry(cache);
        Map<String, Object> declared = new HashMap<>();
        declared.put("x", new Gadget());
        writeEntry(entry, serialised(declared, true), parts(entry)[1]);
        assertThatThrownBy(() -> read(entry)).isInstanceOf(InvalidClassException.class);
        assertThat(Gadget.ran).isFalse();

        RuleCompiler.Compiled c = new KieBaseCache(cache).compile(files);
        assertThat(Gadget.ran).isFalse();
        assertThat(c.kieBase().getFactType("my.tamper", "Marker")).isNotNull();
        assertThat(read(entry).kieBase().getFactType("my.tamper", "Marker")).as("rebuilt and rewritten").isNotNull();
    }

    @Test
    void aGadgetPlantedInThePackagesIsRefusedAndTheEntryRebuilt(@TempDir Path cache) throws Exception {
        new KieBaseCache(cache).compile(files);
        Path entry = entry(cache);
        List<Object> pkgs = new ArrayList<>();
        pkgs.add(new Gadget());
        writeEntry(entry, parts(entry)[0], serialised(pkgs, false));
        assertThatThrownBy(() -> read(entry)).isInstanceOf(InvalidClassException.class);
        assertThat(Gadget.ran).isFalse();

        new KieBaseCache(cache).compile(files);
        assertThat(Gadget.ran).isFalse();
        assertThat(read(entry).kieBase().getFactType("my.tamper", "Marker")).as("rebuilt and rewritten").isNotNull();
    }

    @Test
    void aFolderOthersCanWriteIsNeitherReadNorWritten(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        new KieBaseCache(cache).compile(files);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).as("created private").isEqualTo("rwx------");
        Path entry = entry(cache);
        byte[] planted = "not an entry".getBytes();
        Files.write(entry, planted);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        RuleCompiler.Compiled c = new KieBaseCache(cache).compile(files);
        assertThat(c.kieBase().getFactType("my.tamper", "Marker")).as("compiled instead").isNotNull();
        assertThat(Files.readAllBytes(entry)).as("the shared folder is not written").isEqualTo(planted);

        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));
        new KieBaseCache(cache).compile(files);
        assertThat(Files.readAllBytes(entry)).as("nor an entry others can write").isEqualTo(planted);

        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-------"));
        new KieBaseCache(cache).compile(files);
        assertThat(Files.readAllBytes(entry)).as("a private folder is used again: the bad entry is rebuilt").isNotEqualTo(planted);
    }
}
