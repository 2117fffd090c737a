package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * WhatsApp's encrypted Android backups (msgstore.db.crypt12/14/15): AES-256-GCM over a
 * zlib-compressed SQLite database, decrypted and inflated as a stream so a backup of any size
 * needs only a few buffers of memory (the JDK's GCM would hold all of it until the tag is
 * checked; Bouncy Castle's checks the tag at the end). The tag authenticates every byte, so the
 * output is the database only when {@link #decrypt} returns; after an {@link Undecryptable} it
 * must be thrown away.
 * <ul>
 * <li>crypt12: IV at bytes 51–66, data from 67; the tag, then 20 bytes (MD5 and a piece of the
 * phone number) end the file.
 * <li>crypt14: IV at bytes 67–82; the header's length changed between WhatsApp versions, so the
 * start of the data is found by trying the offsets seen (190 to 399) on the first few KB: only
 * the right start decrypts to a zlib stream. The tag, then an MD5, end the file.
 * <li>crypt15: a length-prefixed protobuf header holding the IV; the key is derived from the
 * 32-byte root key of {@code encrypted_backup.key} (or its 64-hex-digit form) by HMAC-SHA256.
 * The tag, then an MD5, end the file.
 * </ul>
 * Key files are Java-serialised byte arrays; the key is their last 32 bytes.
 */
public final class WhatsAppCrypt {

    /** A backup that cannot be decrypted; the message says why in one line. */
    public static final class Undecryptable extends IOException {
        private static final long serialVersionUID = 1L;

        Undecryptable(String message) {
            super(message);
        }
    }

    private static final int TAG = 16;
    /** The shortest encrypted data: an empty zlib stream and the tag. */
    private static final int MINIMUM_DATA = 8 + TAG;
    private static final int BUFFER = 1 << 16;
    /** Ciphertext decrypted at each candidate start to see whether a zlib stream begins there. */
    private static final int PROBE = 4096;
    private static final int CRYPT14_FIRST_START = 190;
    private static final int CRYPT14_LAST_START = 399;
    /** Enough of the file for every header and the probe after the last candidate start. */
    private static final int HEAD = CRYPT14_LAST_START + 1 + PROBE;

    private WhatsAppCrypt() {
    }

    /**
     * Decrypts the backup read from {@code in} and writes the database to {@code out}. The stream
     * is read up to the end of the encrypted data, or only its head when the key is wrong.
     */
    public static void decrypt(InputStream in, byte[] keyFile, int version, OutputStream out) throws IOException {
        byte[] key = keyOf(keyFile);
        byte[] head = in.readNBytes(HEAD);
        Layout layout;
        try {
            layout = switch (version) {
                case 12 -> new Layout(key, Arrays.copyOfRange(head, 51, 67), 67, 67, 20);
                case 14 -> new Layout(key, Arrays.copyOfRange(head, 67, 83), CRYPT14_FIRST_START, CRYPT14_LAST_START,
                        16);
                case 15 -> crypt15(key, head);
                default -> throw new Undecryptable("unknown WhatsApp backup format crypt" + version);
            };
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new Undecryptable("not a crypt" + version + " file (its header is cut short)");
        }
        if (head.length < layout.firstStart + MINIMUM_DATA + layout.trailer) {
            throw new Undecryptable("not a crypt" + version + " file, or truncated (" + head.length + " bytes)");
        }
        for (int start = layout.firstStart; start <= layout.lastStart; start++) {
            if (zlibCouldStartAt(layout, head, start)) {
                new Decryption(layout, out).run(head, start, in);
                return;
            }
        }
        throw new Undecryptable("cannot decrypt: wrong key, or not a crypt" + version + " file");
    }

    /** Where a format keeps its key, IV, data and trailer. */
    private record Layout(byte[] key, byte[] iv, int firstStart, int lastStart, int trailer) {
    }

    private static Layout crypt15(byte[] rootKey, byte[] head) throws Undecryptable {
        int size = head[0] & 0xFF;
        int at = head[1] == 1 ? 2 : 1; // a flag byte follows the size when the feature table is present
        if (at + size > head.length) {
            throw new ArrayIndexOutOfBoundsException("header longer than the file");
        }
        byte[] iv = ivFromPrefix(Arrays.copyOfRange(head, at, at + size));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] prk = mac.doFinal(rootKey);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update("backup encryption".getBytes(StandardCharsets.US_ASCII));
            byte[] key = mac.doFinal(new byte[] {1});
            return new Layout(key, iv, at + size, at + size, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime must provide HmacSHA256", e);
        }
    }

    /** The IV in the backup prefix: field 3 (a message) holding field 1 (16 bytes). */
    private static byte[] ivFromPrefix(byte[] proto) throws Undecryptable {
        int i = 0;
        while (i < proto.length) {
            int tag = proto[i++] & 0xFF;
            if ((tag & 7) == 0) {
                do {
                    checkInHeader(proto, i, tag);
                } while ((proto[i++] & 0x80) != 0); // skip a varint
            } else if ((tag & 7) == 2) {
                int len = 0;
                int shift = 0;
                int b;
                do {
                    checkInHeader(proto, i, tag);
                    b = proto[i++] & 0xFF;
                    len |= (b & 0x7F) << shift;
                    shift += 7;
                } while ((b & 0x80) != 0);
                if (len < 0 || len > proto.length - i) {
                    // a length past the header (or one that wrapped negative and would loop back)
                    throw new Undecryptable("not a crypt15 file (its header's field " + (tag >> 3) + " runs past it)");
                }
                if (tag >> 3 == 3 && len >= 18 && proto[i] == 0x0A && proto[i + 1] == 16) {
                    return Arrays.copyOfRange(proto, i + 2, i + 18);
                }
                i += len;
            } else {
                break;
            }
        }
        throw new Undecryptable("no IV in the crypt15 header");
    }

    private static void checkInHeader(byte[] proto, int i, int tag) throws Undecryptable {
        if (i >= proto.length) {
            throw new Undecryptable("not a crypt15 file (its header's field " + (tag >> 3) + " runs past it)");
        }
    }

    /**
     * Whether the data decrypted from {@code start} (the first few KB, in the head) begins as a
     * zlib stream: false means a wrong key or a wrong start, with a chance of the contrary below
     * one in a million. True when too little is there to tell; the tag decides then.
     */
    private static boolean zlibCouldStartAt(Layout layout, byte[] head, int start) {
        int end = Math.min(start + PROBE, head.length - layout.trailer);
        if (end - start < MINIMUM_DATA) {
            return false;
        }
        GCMModeCipher gcm = cipher(layout);
        byte[] plain = new byte[gcm.getUpdateOutputSize(end - start)];
        int n = gcm.processBytes(head, start, end - start, plain, 0);
        if (n < 2) {
            return true;
        }
        if (!isZlibHeader(plain)) {
            return false;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(plain, 0, n);
            byte[] sink = new byte[4 * PROBE];
            while (inflater.inflate(sink) > 0) {
                // only whether it inflates matters
            }
            return !inflater.needsDictionary();
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    /** RFC 1950: deflate with a window of at most 32 KB, no preset dictionary, check bits right. */
    private static boolean isZlibHeader(byte[] b) {
        int cmf = b[0] & 0xFF;
        int flg = b[1] & 0xFF;
        return (cmf & 0x0F) == 8 && cmf >> 4 <= 7 && (flg & 0x20) == 0 && (cmf << 8 | flg) % 31 == 0;
    }

    private static GCMModeCipher cipher(Layout layout) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(false, new AEADParameters(new KeyParameter(layout.key), TAG * 8, layout.iv));
        return gcm;
    }

    /** One pass over the data: decrypt, inflate, write, then check the tag. */
    private static final class Decryption {
        private final Layout layout;
        private final GCMModeCipher gcm;
        private final Inflater inflater = new Inflater();
        private final OutputStream out;
        private final byte[] plain = new byte[BUFFER + 4 * TAG]; // the cipher holds back up to two blocks
        private final byte[] inflated = new byte[BUFFER];

        Decryption(Layout layout, OutputStream out) {
            this.layout = layout;
            this.gcm = cipher(layout);
            this.out = out;
        }

        void run(byte[] head, int start, InputStream rest) throws IOException {
            try {
                // the last `trailer` bytes read are held back: they follow the tag, so the cipher never sees them
                byte[] buf = new byte[BUFFER + layout.trailer];
                int pending = head.length - start;
                System.arraycopy(head, start, buf, 0, pending);
                while (true) {
                    int ready = pending - layout.trailer;
                    if (ready > 0) {
                        inflate(gcm.processBytes(buf, 0, ready, plain, 0));
                        System.arraycopy(buf, ready, buf, 0, layout.trailer);
                        pending = layout.trailer;
                    }
                    int n = rest.read(buf, pending, buf.length - pending);
                    if (n < 0) {
                        break;
                    }
                    pending += n;
                }
                try {
                    inflate(gcm.doFinal(plain, 0));
                } catch (InvalidCipherTextException e) {
                    // the key is right (its data began as zlib), so the bytes are not those WhatsApp wrote
                    throw new Undecryptable("cannot decrypt: the file is truncated or altered (the key is right, but"
                            + " its authentication tag does not match)");
                }
                if (!inflater.finished()) {
                    throw new Undecryptable("cannot decrypt: its compressed database ends early, although the file"
                            + " authenticates");
                }
            } catch (DataFormatException e) {
                // a prefix of WhatsApp's data always inflates: these bytes were changed
                throw new Undecryptable("cannot decrypt: the file is altered or damaged (the key is right, but its"
                        + " data does not inflate: " + e.getMessage() + ")");
            } finally {
                inflater.end();
            }
        }

        private void inflate(int length) throws IOException, DataFormatException {
            if (inflater.finished()) {
                return; // what follows the zlib stream is not part of the database
            }
            inflater.setInput(plain, 0, length);
            int n;
            while ((n = inflater.inflate(inflated)) > 0) {
                out.write(inflated, 0, n);
            }
            if (inflater.needsDictionary()) {
                throw new DataFormatException("a preset dictionary is asked for");
            }
        }
    }

    /** A key file's 32-byte key: the end of a Java-serialised array, or 64 hex digits. */
    static byte[] keyOf(byte[] keyFile) throws IOException {
        String text = new String(keyFile, StandardCharsets.US_ASCII).strip();
        if (text.matches("[0-9a-fA-F]{64}")) {
            return HexFormat.of().parseHex(text);
        }
        if (keyFile.length < 32) {
            throw new Undecryptable("not a WhatsApp key file (" + keyFile.length + " bytes)");
        }
        return Arrays.copyOfRange(keyFile, keyFile.length - 32, keyFile.length);
    }
}
