package org.phonetriage.testimages;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.MurmurHash3;
import org.phonetriage.parsers.signal.SqlCipher;

/**
 * Writes D19-ios-telegram.tar: Bruno's iPhone (the Rio contact, +55 21 99876-5432) as a full-file-system
 * extraction with Telegram's Postbox as the app keeps it: {@code telegram-data/account-<id>/postbox/db/db_sqlite},
 * SQLCipher 4 with a 32-byte plain header, keyed with a raw key and salt that {@code telegram-data/.tempkeyEncrypted}
 * holds encrypted under the default passcode. The tables are Postbox's key/value tables (t0 metadata, t2 peers,
 * t7 messages) with values in its own coding. The SQLCipher driver writes the database; its pages are then
 * encrypted again with IVs derived from the page number ({@link SqlCipherPages}) so the image never changes.
 */
final class TelegramIosImageGenerator {

    static final String OWN = "+5521998765432";
    static final long TG_OWN = 5000000077L;
    static final long TG_BOSS = 777000111L;       // the boss's Telegram id on D13 too
    static final long TG_LUCAS = 777000222L;      // D13's
    static final long TG_RAFA = 5000000001L;      // D13's
    static final long TG_MARCOS = 777000333L;     // D13's owner
    static final long TG_THIAGO = 6100000003L;    // 64-bit era id, above 2^32
    static final long GROUP = 1987654321L;        // D13's supergroup "Rota Paris"
    static final int SECRET_CHAT = 424242;
    private static final String APP_GROUP = "5D7F9B1D-3F5A-4C7E-9A1B-2D4F6A8C0E2B";
    private static final String ACCOUNT = "account-1628376410274501127";
    static final byte[] DB_KEY = digest("D19 Telegram Postbox key", 32);
    static final byte[] DB_SALT = digest("D19 Telegram Postbox salt", 16);

    private TelegramIosImageGenerator() {
    }

    /** Writes the image into out; returns its README section. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path var = staging.resolve("d19/filesystem1/private/var");
        AppsIosImageGenerator.commcenter(var, OWN, SimInfoWriter.withLuhn("8955053124000777120"), "724053124077712");
        Path group = var.resolve("mobile/Containers/Shared/AppGroup/" + APP_GROUP);
        Files.createDirectories(group);
        NSDictionary meta = new NSDictionary();
        meta.put("MCMMetadataIdentifier", "group.ph.telegra.Telegraph");
        meta.put("MCMMetadataContentClass", 7);
        Files.writeString(group.resolve(".com.apple.mobile_container_manager.metadata.plist"),
                meta.toXMLPropertyList(), StandardCharsets.UTF_8);
        Path data = group.resolve("telegram-data");
        Files.createDirectories(data);
        Files.write(data.resolve(".tempkeyEncrypted"), keyFile(DB_KEY, DB_SALT, "no-matter-key"));
        postbox(data.resolve(ACCOUNT + "/postbox/db/db_sqlite"));
        Path tar = out.resolve("D19-ios-telegram.tar");
        Files.deleteIfExists(tar);
        Packager.tar(staging.resolve("d19"), tar);
        return """

                ## D19 — Bruno's iPhone: Telegram

                Made by `TelegramIosImageGenerator` (run by `scripts/make-test-images`). `D19-ios-telegram.tar`, a
                full-file-system extraction of Bruno's iPhone (the Rio contact, `+5521998765432` in
                `com.apple.commcenter.plist`, seized in this image only) with **Telegram** in its app group
                (`group.ph.telegra.Telegraph`): `telegram-data/.tempkeyEncrypted` (the database key and salt,
                encrypted under the default passcode `no-matter-key`) and
                `telegram-data/account-1628376410274501127/postbox/db/db_sqlite`, SQLCipher 4 with a 32-byte plain
                header keyed with that raw key and salt (written by the SQLCipher driver, its page IVs then derived
                from the page number so the bytes never change; no WAL). Postbox's tables: `t0` the account state
                (own user `5000000077`), `t2` 8 peers — 6 users: Bruno himself (phone 5521998765432), the boss
                `777000111` (phone 5511987654321, D13's id), Marcos `777000333` (33756983142, D13's owner), Rafa
                `5000000001` (33612345678), Lucas `777000222` (username `lucas_mad`, no phone), Thiago `6100000003`
                (a 64-bit-era id, phone 351912345678, username `thiago_lx`); the supergroup "Rota Paris"
                `1987654321` (D13's) and a secret chat with the boss — and `t7` 11 rows: 2 messages with the boss
                (1 received, 1 sent), 1 from Marcos, 1 from Rafa, 1 forwarded to Bruno by Thiago (a forward header
                before the text), 1 from Lucas and 1 sent by Bruno in the group, 1 received in the secret chat; 2
                calls (service messages with a phone-call action): a 95 s voice call from the boss and a missed
                video call from Thiago; and 1 message whose value is cut short (counted as not read).
                """;
    }

    /** The key file as Telegram writes it: key, salt, their MurmurHash3 and zero padding, AES-CBC under SHA-512(passcode). */
    static byte[] keyFile(byte[] key, byte[] salt, String passcode) {
        ByteBuffer plain = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        plain.put(key).put(salt);
        byte[] keyAndSalt = Arrays.copyOf(plain.array(), 48);
        plain.putInt(MurmurHash3.hash32x86(keyAndSalt, 0, 48, 0xF7CA7FD2));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-512").digest(passcode.getBytes(StandardCharsets.UTF_8));
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(hash, 32), "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(hash, 48, 64)));
            return aes.doFinal(plain.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void postbox(Path file) throws IOException, SQLException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        String rawKey = "x'" + HexFormat.of().formatHex(DB_KEY) + HexFormat.of().formatHex(DB_SALT) + "'";
        try (Connection c = SqlCipher.open(file, rawKey, SqlCipher.Settings.TELEGRAM_IOS)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=DELETE");
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE __meta_tables (name INTEGER, keyType INTEGER)");
                st.execute("CREATE TABLE t0 (key INTEGER PRIMARY KEY, value BLOB)");
                st.execute("CREATE TABLE t2 (key INTEGER PRIMARY KEY, value BLOB)");
                st.execute("CREATE TABLE t7 (key BLOB PRIMARY KEY, value BLOB)");
                st.execute("INSERT INTO __meta_tables VALUES (0, 1), (2, 1), (7, 0)");
            }
            metadata(c);
            peers(c);
            messages(c);
            c.commit();
        }
        try {
            SqlCipherPages.withDerivedIvs(file, DB_KEY, DB_SALT, SqlCipher.Settings.TELEGRAM_IOS.plaintextHeader(),
                    "D19 postbox");
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void metadata(Connection c) throws SQLException {
        insert(c, "t0", 1L, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(25).array());
        PostboxWriter state = new PostboxWriter().int32("pts", 1204).int32("qts", 0).int32("date",
                (int) Instant.parse("2024-03-20T08:00:00Z").getEpochSecond()).int32("seq", 88);
        insert(c, "t0", 2L, PostboxWriter.root("AuthorizedAccountState", new PostboxWriter()
                .int32("isTestingEnvironment", 0).int32("masterDatacenterId", 2).int64("peerId", peerId(0, TG_OWN))
                .object("state", "State", state).emptyObjectArray("invalidatedChannels")));
    }

    private static void peers(Connection c) throws SQLException {
        user(c, TG_OWN, 7001L, "Bruno", null, null, "5521998765432");
        user(c, TG_BOSS, 7002L, "Patrão", null, null, "5511987654321");
        user(c, TG_RAFA, 7003L, "Rafa", "Teixeira", null, "33612345678");
        user(c, TG_LUCAS, 7004L, "Lucas", null, "lucas_mad", null);
        user(c, TG_MARCOS, 7006L, "Marcos", "Paris", null, "33756983142");
        user(c, TG_THIAGO, 7005L, "Thiago", "Ferreira", "thiago_lx", "351912345678");
        insert(c, "t2", peerId(2, GROUP), PostboxWriter.root("TelegramChannel", new PostboxWriter()
                .int64("i", peerId(2, GROUP)).int64("ah", 9001L).string("t", "Rota Paris").nil("un")));
        insert(c, "t2", peerId(3, SECRET_CHAT), PostboxWriter.root("TelegramSecretChat", new PostboxWriter()
                .int64("i", peerId(3, SECRET_CHAT)).int64("r", peerId(0, TG_BOSS)).int64("ah", 9002L)));
    }

    private static void user(Connection c, long id, long accessHash, String first, String last, String username,
                             String phone) throws SQLException {
        PostboxWriter w = new PostboxWriter().int64("i", peerId(0, id)).int64("ah", accessHash).int32("aht", 0)
                .string("fn", first);
        if (last != null) {
            w.string("ln", last);
        }
        if (username != null) {
            w.string("un", username);
        }
        if (phone != null) {
            w.string("p", phone);
        }
        w.emptyObjectArray("ph").nil("bi").nil("ri").int32("fl", 0);
        insert(c, "t2", peerId(0, id), PostboxWriter.root("TelegramUser", w));
    }

    private static void messages(Connection c) throws SQLException {
        long boss = peerId(0, TG_BOSS);
        long own = peerId(0, TG_OWN);
        message(c, boss, 101, "2024-03-12T21:00:00Z", true, boss, null, "Bruno, a carga sai sexta");
        message(c, boss, 102, "2024-03-12T21:05:00Z", false, own, null, "Entendido, patrão");
        message(c, peerId(0, TG_MARCOS), 151, "2024-03-13T09:00:00Z", true, peerId(0, TG_MARCOS), null,
                "Bruno, tudo certo pra sexta?");
        message(c, peerId(0, TG_RAFA), 201, "2024-03-14T10:30:00Z", true, peerId(0, TG_RAFA), null,
                "Manda o endereço de Paris");
        message(c, peerId(0, TG_THIAGO), 301, "2024-03-15T07:45:00Z", true, peerId(0, TG_THIAGO),
                peerId(0, TG_BOSS), "Documento do porto");
        message(c, peerId(2, GROUP), 401, "2024-03-16T18:00:00Z", true, peerId(0, TG_LUCAS), null,
                "Saindo de Madrid agora");
        message(c, peerId(2, GROUP), 402, "2024-03-16T18:02:00Z", false, own, null, "Ok, aviso o Rafa");
        message(c, peerId(3, SECRET_CHAT), 1, "2024-03-17T23:10:00Z", true, boss, null, "Apaga depois de ler");
        // calls: service messages whose embedded media is a phone-call action (TelegramMediaAction 14)
        insert(c, "t7", key(boss, 104, "2024-03-19T20:00:00Z"), value(true, boss, null, "", call(9101L, 2, 95, false)));
        insert(c, "t7", key(peerId(0, TG_THIAGO), 302, "2024-03-19T22:30:00Z"),
                value(true, peerId(0, TG_THIAGO), null, "", call(9102L, 0, null, true)));
        // a value cut short: its text length says more bytes than there are
        byte[] damaged = Arrays.copyOf(value(true, boss, null, "Esta mensagem está cortada", null), 40);
        insert(c, "t7", key(boss, 103, "2024-03-18T09:00:00Z"), damaged);
    }

    private static void message(Connection c, long chat, int id, String utc, boolean incoming, long author,
                                Long forwardedFrom, String text) throws SQLException {
        insert(c, "t7", key(chat, id, utc), value(incoming, author, forwardedFrom, text, null));
    }

    /** The history key: chat, namespace 0 (cloud), timestamp and id, big-endian. */
    private static byte[] key(long chat, int id, String utc) {
        return ByteBuffer.allocate(20).order(ByteOrder.BIG_ENDIAN).putLong(chat).putInt(0)
                .putInt((int) Instant.parse(utc).getEpochSecond()).putInt(id).array();
    }

    /** An intermediate message: type 0, stable id and version, data flags (a globally unique id), flags, tags, forward, author, text. */
    private static byte[] value(boolean incoming, long author, Long forwardedFrom, String text, byte[] media) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(128 + t.length + (media == null ? 0 : media.length))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0).putInt(text.length()).putInt(0);
        b.put((byte) 1).putLong(0x5EED0000L + t.length);             // globally unique id
        b.putInt(incoming ? 4 | 16 : 16).putInt(0);                    // flags (incoming, top-indexable), tags
        if (forwardedFrom == null) {
            b.put((byte) 0);
        } else {
            b.put((byte) (1 | 1 << 3)).putLong(forwardedFrom)
                    .putInt((int) Instant.parse("2024-03-15T07:00:00Z").getEpochSecond());
            byte[] signature = "Patrão".getBytes(StandardCharsets.UTF_8);
            b.putInt(signature.length).put(signature);
        }
        b.put((byte) 1).putLong(author);
        b.putInt(t.length).put(t);
        b.putInt(0);                                                   // attributes
        if (media == null) {
            b.putInt(0);
        } else {
            b.putInt(1).putInt(media.length).put(media);               // one embedded medium
        }
        b.putInt(0);                                                   // referenced media
        return Arrays.copyOf(b.array(), b.position());
    }

    /** A phone call's action: type 14, the call id, how it ended, its duration (none: not answered), video. */
    private static byte[] call(long callId, int discardReason, Integer duration, boolean video) {
        PostboxWriter w = new PostboxWriter().int32("_rawValue", 14).int64("i", callId).int32("dr", discardReason);
        if (duration == null) {
            w.nil("d");
        } else {
            w.int32("d", duration);
        }
        return PostboxWriter.root("TelegramMediaAction", w.int32("vc", video ? 1 : 0));
    }

    private static void insert(Connection c, String table, Object key, byte[] value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table + " (key, value) VALUES (?, ?)")) {
            st.setObject(1, key);
            st.setBytes(2, value);
            st.executeUpdate();
        }
    }

    /** A PeerId packed as Postbox packs it: namespace in bits 32–34, the id's high bits from bit 35. */
    static long peerId(int namespace, long id) {
        long low = id & 0xFFFFFFFFL;
        long high = id >>> 32;
        return high << 35 | (long) namespace << 32 | low;
    }

    private static byte[] digest(String seed, int length) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)),
                    length);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
