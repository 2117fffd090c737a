package org.phonetriage.parsers.telegram.ios;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A message of the Postbox history table ({@code t7}). The key, big-endian, is the chat's PeerId
 * (8 bytes), the message namespace (4: 0 cloud, 1 local …), the timestamp (4, Unix seconds) and the
 * message id (4). The value, little-endian, is Postbox's intermediate message: a type byte (0), stable
 * id and version (4 + 4), a byte of data flags saying which optional fields follow (globally unique
 * id 8, global tags 4, grouping key 8, group info 4, local tags 4, thread id 8, in that order), the
 * message flags (4: bit 2 incoming), tags (4), a forward-info byte (0, or flags and the forward's
 * fields), an author byte (1 and the author's PeerId) and the text (int32 length, UTF-8); attributes
 * and media follow and are not read.
 */
record PostboxMessage(PostboxPeerId chat, int namespace, long timestamp, int id, boolean incoming,
                      PostboxPeerId author, String text) {

    static final int KEY_LENGTH = 20;
    private static final int INCOMING = 4;

    static PostboxMessage decode(byte[] key, byte[] value) throws PostboxException {
        if (key == null || key.length != KEY_LENGTH) {
            throw new PostboxException("a message key of " + (key == null ? 0 : key.length) + " bytes, not "
                    + KEY_LENGTH);
        }
        ByteBuffer k = ByteBuffer.wrap(key).order(ByteOrder.BIG_ENDIAN);
        PostboxPeerId chat = PostboxPeerId.of(k.getLong());
        int namespace = k.getInt();
        long timestamp = Integer.toUnsignedLong(k.getInt());
        int id = k.getInt();
        ByteBuffer v = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (v.get() != 0) {
                throw new PostboxException("a message value of another type than 0");
            }
            v.getInt();                                   // stable id
            v.getInt();                                   // stable version
            int dataFlags = v.get() & 0xFF;
            int[] optional = {8, 4, 8, 4, 4, 8};          // the optional fields, by flag bit
            for (int bit = 0; bit < optional.length; bit++) {
                if ((dataFlags & 1 << bit) != 0) {
                    skip(v, optional[bit]);
                }
            }
            int flags = v.getInt();
            v.getInt();                                   // tags
            skipForwardInfo(v);
            PostboxPeerId author = v.get() == 1 ? PostboxPeerId.of(v.getLong()) : null;
            int length = v.getInt();
            String text = PostboxObject.utf8(v, length);
            return new PostboxMessage(chat, namespace, timestamp, id, (flags & INCOMING) != 0, author, text);
        } catch (java.nio.BufferUnderflowException e) {
            throw new PostboxException("a message value that ends early");
        }
    }

    /** The forward header: a flags byte (0: none), the original author and date, then what the flags name. */
    private static void skipForwardInfo(ByteBuffer v) throws PostboxException {
        int flags = v.get() & 0xFF;
        if (flags == 0) {
            return;
        }
        skip(v, 8 + 4);                                   // author, date
        if ((flags & 1 << 1) != 0) {
            skip(v, 8);                                   // source peer
        }
        if ((flags & 1 << 2) != 0) {
            skip(v, 8 + 4 + 4);                           // source message id
        }
        for (int bit : new int[] {3, 4}) {                // author signature, PSA type: strings
            if ((flags & 1 << bit) != 0) {
                int n = v.getInt();
                if (n < 0) {
                    throw new PostboxException("a negative string length in a forward header");
                }
                skip(v, n);
            }
        }
        if ((flags & 1 << 5) != 0) {
            skip(v, 4);                                   // forward flags
        }
    }

    private static void skip(ByteBuffer v, int n) throws PostboxException {
        if (n > v.remaining()) {
            throw new PostboxException("a message value that ends early");
        }
        v.position(v.position() + n);
    }
}
