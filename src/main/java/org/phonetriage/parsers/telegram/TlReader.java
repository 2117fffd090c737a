package org.phonetriage.parsers.telegram;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Telegram's TL wire format (core.telegram.org/mtproto/serialize): little-endian 32- and 64-bit
 * integers, and strings as a length (one byte, or 0xFE and three bytes) followed by the bytes and
 * padding to a multiple of four. Anything out of bounds or not UTF-8 is a {@link TlException}:
 * a misread layout shows itself instead of yielding garbage.
 */
final class TlReader {

    private final ByteBuffer buf;

    TlReader(byte[] data) {
        this(data, 0);
    }

    TlReader(byte[] data, int offset) {
        this.buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        this.buf.position(offset);
    }

    int position() {
        return buf.position();
    }

    void seek(int offset) {
        buf.position(offset);
    }

    int int32() throws TlException {
        need(4);
        return buf.getInt();
    }

    long int64() throws TlException {
        need(8);
        return buf.getLong();
    }

    String string() throws TlException {
        need(1);
        int start = buf.position();
        int len = buf.get() & 0xFF;
        int header = 1;
        if (len == 254) {
            need(3);
            len = (buf.get() & 0xFF) | (buf.get() & 0xFF) << 8 | (buf.get() & 0xFF) << 16;
            header = 4;
        } else if (len == 255) {
            throw new TlException("no string at offset " + start);
        }
        need(len);
        byte[] bytes = new byte[len];
        buf.get(bytes);
        int padding = (4 - (header + len) % 4) % 4;
        need(padding);
        buf.position(buf.position() + padding);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TlException("no UTF-8 string at offset " + start);
        }
    }

    private void need(int n) throws TlException {
        if (n > buf.remaining()) {
            throw new TlException("the object ends before offset " + (buf.position() + n));
        }
    }

    /** A blob that is not the object its constructor says, or a constructor this reader does not know. */
    static final class TlException extends Exception {
        TlException(String message) {
            super(message);
        }
    }
}
