package org.phonetriage.parsers.telegram.ios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.signal.SqlCipher;
import org.phonetriage.parsers.sqlite.CollectingSink;

/** The parser on D19-ios-telegram: a Postbox encrypted as Telegram does, opened by the bundled SQLCipher driver. */
class IosTelegramPostboxParserTest {

    private static final String DATA = "filesystem1/private/var/mobile/Containers/Shared/AppGroup/"
            + "5D7F9B1D-3F5A-4C7E-9A1B-2D4F6A8C0E2B/telegram-data/";
    private static final String DB = DATA + "account-1628376410274501127/postbox/db/db_sqlite";
    private static final String KEY = DATA + ".tempkeyEncrypted";
    private static final Map<String, byte[]> D19 = new HashMap<>();

    @BeforeAll
    static void readImage() throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(
                Path.of("test-images/D19-ios-telegram.tar")))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile()) {
                    D19.put(e.getName().replaceFirst("^\\./", ""), tar.readAllBytes());
                }
            }
        }
    }

    @Test
    void theOwnAccountPeersAndMessagesAreRead() throws IOException {
        CollectingSink sink = parse(D19);
        assertEquals(List.of("app:telegram|5000000077", "name|Bruno", "phone|+5521998765432"),
                sink.owners.stream().map(o -> o.kind() + "|" + o.value()).sorted().toList());
        // each account in one record with the phone it shows, so the id and the number are tied
        assertEquals(List.of("Bruno|5000000077|+5521998765432", "Lucas|777000222@lucas_mad|",
                        "Marcos Paris|777000333|+33756983142",
                        "Patrão|777000111|+5511987654321", "Rafa Teixeira|5000000001|+33612345678",
                        "Thiago Ferreira|6100000003@thiago_lx|+351912345678"),
                sink.contacts.stream().map(c -> c.name() + "|" + value(c.values(), "app:telegram") + "|"
                        + value(c.values(), "telegram")).sorted().toList());
        assertTrue(sink.contacts.stream().allMatch(c -> "ph.telegra.Telegraph".equals(c.account())));
        assertEquals(List.of(
                        "incoming|2024-03-12T21:00:00Z|from:777000111|Bruno, a carga sai sexta",
                        "outgoing|2024-03-12T21:05:00Z|to:777000111|Entendido, patrão",
                        "incoming|2024-03-13T09:00:00Z|from:777000333|Bruno, tudo certo pra sexta?",
                        "incoming|2024-03-14T10:30:00Z|from:5000000001|Manda o endereço de Paris",
                        "incoming|2024-03-15T07:45:00Z|from:6100000003|Documento do porto",
                        "incoming|2024-03-16T18:00:00Z|group:group:1987654321 from:777000222|Saindo de Madrid agora",
                        "outgoing|2024-03-16T18:02:00Z|group:group:1987654321|Ok, aviso o Rafa",
                        "incoming|2024-03-17T23:10:00Z|from:777000111|Apaga depois de ler"),
                sink.messages.stream().map(IosTelegramPostboxParserTest::line).sorted((a, b) ->
                        a.split("\\|")[1].compareTo(b.split("\\|")[1])).toList());
        // a service message whose embedded action is a phone call is a call, as Android's are
        assertEquals(List.of("telegram-call|777000111|incoming|95|hangup|2024-03-19T20:00:00Z",
                        "telegram-video-call|6100000003|missed|null|missed|2024-03-19T22:30:00Z"),
                sink.calls.stream().map(c -> c.kind() + "|" + c.number() + "|" + c.direction() + "|"
                        + c.durationSeconds() + "|" + c.result() + "|" + c.time().iso()).sorted().toList());
        assertEquals(List.of("content-not-read|1 messages could not be decoded (the value ends 27 bytes early): left out"),
                sink.problems.stream().map(p -> p.code().code() + "|" + p.reason()).toList());
    }

    @Test
    void aKeyFileThatDoesNotOpenIsAProblemOfThatFileAndNothingIsGuessed() throws IOException {
        Map<String, byte[]> damaged = new HashMap<>(D19);
        byte[] key = damaged.get(KEY).clone();
        key[5] ^= 0x40;
        damaged.put(KEY, key);
        CollectingSink sink = parse(damaged);
        assertEquals(0, sink.contacts.size() + sink.messages.size() + sink.owners.size());
        assertEquals(1, sink.problems.size());
        assertEquals(ProblemCode.DECRYPTION_FAILED, sink.problems.get(0).code());
        assertEquals(KEY, sink.problems.get(0).path());
        assertTrue(sink.problems.get(0).reason().startsWith("Telegram's key file: it does not open with Telegram's"
                + " default key: the user set a local passcode, or the file is damaged (give the app's passcode:"
                + " --telegram-passcode); the Postbox "), sink.problems.get(0).reason());
    }

    @Test
    void anotherAccountsKeyOrNoKeyFileIsSaid() throws IOException {
        Map<String, byte[]> other = new HashMap<>(D19);
        other.put(KEY, TelegramKeyFileTest.VECTOR); // opens, but holds another key
        CollectingSink wrong = parse(other);
        assertEquals(List.of("decryption-failed|the key of " + KEY + " does not open this Postbox (another account's"
                + " key, or a damaged database): not read"),
                wrong.problems.stream().map(p -> p.code().code() + "|" + p.reason()).toList());
        Map<String, byte[]> none = new HashMap<>(D19);
        none.remove(KEY);
        CollectingSink missing = parse(none);
        assertEquals(List.of("key-missing"), missing.problems.stream().map(p -> p.code().code()).toList());
        assertTrue(missing.problems.get(0).reason().contains(KEY + " is not in the extraction"));
    }

    @Test
    void aLocalPasscodeGivenOpensTheKeyFileItProtects() throws Exception {
        TelegramKeyFile.DatabaseKey key = TelegramKeyFile.decrypt(D19.get(KEY), TelegramKeyFile.DEFAULT_PASSCODE);
        Map<String, byte[]> protectedByPasscode = new HashMap<>(D19);
        protectedByPasscode.put(KEY, KeyFiles.encrypt(key, "2580"));
        CollectingSink without = parse(protectedByPasscode, new IosTelegramPostboxParser());
        assertTrue(without.problems.get(0).reason().contains("(give the app's passcode: --telegram-passcode)"),
                without.problems.get(0).reason());
        assertEquals(0, without.messages.size());
        CollectingSink wrong = parse(protectedByPasscode, new IosTelegramPostboxParser("1111"));
        assertTrue(wrong.problems.get(0).reason().contains("does not open with the --telegram-passcode given"),
                wrong.problems.get(0).reason());
        CollectingSink with = parse(protectedByPasscode, new IosTelegramPostboxParser("2580"));
        assertEquals(8, with.messages.size());
        // the default key is still tried after the passcode given: a phone without a passcode reads as before
        assertEquals(8, parse(D19, new IosTelegramPostboxParser("2580")).messages.size());
    }

    /** Telegram keeps its Postbox in WAL mode: rows not yet checkpointed are read from the copied WAL. */
    @Test
    void rowsOnlyInTheWalAreRead(@TempDir Path dir) throws Exception {
        TelegramKeyFile.DatabaseKey key = TelegramKeyFile.decrypt(TelegramKeyFileTest.VECTOR,
                TelegramKeyFile.DEFAULT_PASSCODE);
        Path db = dir.resolve("db_sqlite");
        Map<String, byte[]> files = new HashMap<>();
        try (Connection c = SqlCipher.open(db, key.sqlCipherRawKey(), SqlCipher.Settings.TELEGRAM_IOS);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("CREATE TABLE t2 (key INTEGER PRIMARY KEY, value BLOB)");
            st.execute("CREATE TABLE t7 (key BLOB PRIMARY KEY, value BLOB)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t2 VALUES (?, ?)")) {
                insert.setLong(1, 42L);
                insert.setBytes(2, userPeer(42L, "Ana", "5511912345678"));
                insert.executeUpdate();
            }
            // copied while the app holds it open: the rows are in the WAL only
            files.put(DB, Files.readAllBytes(db));
            files.put(DB + "-wal", Files.readAllBytes(dir.resolve("db_sqlite-wal")));
        }
        files.put(KEY, TelegramKeyFileTest.VECTOR);
        CollectingSink sink = parse(files);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("Ana|app:telegram:42|telegram:+5511912345678"), sink.contacts.stream()
                .map(c -> c.name() + "|" + c.values().stream().map(v -> v.kind() + ":" + v.raw())
                        .collect(Collectors.joining("|"))).toList());
    }

    /** A TelegramUser root object: fields i (the PeerId), fn and p, in Postbox's coding. */
    private static byte[] userPeer(long id, String first, String phone) {
        ByteBuffer fields = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        fields.put((byte) 1).put((byte) 'i').put((byte) 1).putLong(id);
        for (String[] f : new String[][] {{"fn", first}, {"p", phone}}) {
            byte[] v = f[1].getBytes(StandardCharsets.UTF_8);
            fields.put((byte) f[0].length()).put(f[0].getBytes(StandardCharsets.US_ASCII)).put((byte) 4)
                    .putInt(v.length).put(v);
        }
        ByteBuffer root = ByteBuffer.allocate(fields.position() + 11).order(ByteOrder.LITTLE_ENDIAN);
        root.put((byte) 1).put((byte) '_').put((byte) 5).putInt(0x1234).putInt(fields.position())
                .put(fields.array(), 0, fields.position());
        return root.array();
    }

    @Test
    void theKeyFileIsReadWithTheDatabasesNeverOnItsOwn() {
        IosTelegramPostboxParser parser = new IosTelegramPostboxParser();
        assertTrue(parser.accepts(DB, null));
        assertTrue(!parser.accepts(KEY, null) && parser.readsBeside(KEY));
        assertEquals(KEY, IosTelegramPostboxParser.keyFileOf(DB));
    }

    private static CollectingSink parse(Map<String, byte[]> files) throws IOException {
        return parse(files, new IosTelegramPostboxParser());
    }

    private static CollectingSink parse(Map<String, byte[]> files, IosTelegramPostboxParser parser) throws IOException {
        CollectingSink sink = new CollectingSink();
        FileParser.Siblings siblings = new FileParser.Siblings() {
            @Override
            public List<String> under(String folder) {
                return new ArrayList<>(files.keySet().stream().filter(p -> p.startsWith(folder)).sorted().toList());
            }

            @Override
            public byte[] read(String path) throws IOException {
                byte[] b = files.get(path);
                if (b == null) {
                    throw new IOException(path + " is not in the item");
                }
                return b;
            }
        };
        try (InputStream in = new ByteArrayInputStream(files.get(DB))) {
            parser.parse(in, new FileParser.Source("D19", DB, siblings), sink);
        }
        return sink;
    }

    private static String value(List<ContactValue> values, String kind) {
        return values.stream().filter(v -> v.kind().equals(kind))
                .map(v -> v.raw() + (v.label() != null && v.label().startsWith("@") ? v.label() : ""))
                .collect(Collectors.joining(","));
    }

    private static String line(Message m) {
        return m.direction() + "|" + m.time().iso() + "|" + m.parties().stream().map(p -> p.role() + ":" + p.raw())
                .collect(Collectors.joining(" ")) + "|" + m.body();
    }
}
