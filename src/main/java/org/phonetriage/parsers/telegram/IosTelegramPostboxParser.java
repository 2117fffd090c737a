package org.phonetriage.parsers.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * Telegram on the iPhone keeps everything in its Postbox, {@code telegram-data/account-*}/postbox/db/db_sqlite},
 * a SQLCipher database whose key is kept beside it in {@code .tempkeyEncrypted} (itself encrypted with a key
 * derived from the app's passcode, or a fixed one when none is set), and whose rows are Postbox's own binary
 * coding of peers and messages. Neither the decryption nor that coding is read yet: this parser names the
 * database and why it is not read, instead of leaving it an anonymous unread file, so the examiner knows the
 * phone has Telegram and where its data is.
 */
public final class IosTelegramPostboxParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("ios.telegram.postbox",
            "Telegram on iOS (postbox/db/db_sqlite): recognised, not read (SQLCipher, Postbox coding)", "ios", "1",
            "ios-telegram-postbox");
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    public IosTelegramPostboxParser() {
        super(DESCRIPTOR, "message");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return path.endsWith("/postbox/db/db_sqlite") && path.contains("telegram-data/");
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        byte[] header = in.readNBytes(SQLITE.length);
        String reason = Arrays.equals(header, SQLITE)
                ? "Telegram's Postbox database, here unencrypted; its peers and messages are in Postbox's binary"
                        + " coding, which phonetriage does not decode yet: not read"
                : "Telegram's Postbox database, encrypted with SQLCipher (the key is in .tempkeyEncrypted beside"
                        + " postbox/, itself encrypted with the app's passcode or a fixed key); phonetriage does not"
                        + " decrypt it yet: not read";
        sink.problem(new Problem(source.evidenceLabel(), source.path(), reason, ProblemCode.CONTENT_NOT_READ));
    }
}
