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
 * fields), an author byte (1 and the author's PeerId) and the text (int32 length, UTF-8); then the
 * attributes and the embedded media (each a count, then length-prefixed root objects), of which only a
 * call's action is read.
 */
record PostboxMessage(PostboxPeerId chat, int namespace, long timestamp, int id, boolean incoming,
                      PostboxPeerId author, String text, PhoneCall call) {

    /**
     * A call, as the service message Telegram keeps for it: an embedded TelegramMediaAction of type 14
     * ({@code _rawValue}) with the call id ({@code i}), how it ended ({@code dr}: 0 missed, 1
     * disconnect, 2 hangup, 3 busy), its duration in seconds ({@code d}, absent when not answered) and
     * whether it was a video call ({@code vc}).
     */
    record PhoneCall(boolean video, Long duration, String reason) {
    }

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
            return new PostboxMessage(chat, namespace, timestamp, id, (flags & INCOMING) != 0, author, text, call(v));
        } catch (java.nio.BufferUnderflowException e) {
            throw new PostboxException("a message value that ends early");
        }
    }

    private static final int PHONE_CALL = 14;

    /**
     * The call among the embedded media, or null. What follows the text is read only for this: a tail
     * that does not decode (another layout) leaves the message as it is, with its text.
     */
    private static PhoneCall call(ByteBuffer v) {
        try {
            skipObjects(v);                               // attributes
            int media = count(v);
            for (int i = 0; i < media; i++) {
                int length = count(v);
                byte[] object = new byte[length];
                v.get(object);
                PostboxObject action = PostboxObject.root(object);
                Integer type = action.int32("_rawValue");
                if (type != null && type == PHONE_CALL && action.int64("i") != null) {
                    Integer reason = action.int32("dr");
                    Integer duration = action.int32("d");
                    Integer video = action.int32("vc");
                    return new PhoneCall(video != null && video == 1, duration == null ? null : Long.valueOf(duration),
                            reason == null ? null : switch (reason) {
                                case 0 -> "missed";
                                case 1 -> "disconnect";
                                case 2 -> "hangup";
                                case 3 -> "busy";
                                default -> "other";
                            });
                }
            }
        } catch (PostboxException | java.nio.BufferUnderflowException notACall) {
            // no media tail of this layout: the message has no call
        }
        return null;
    }

    private static void skipObjects(ByteBuffer v) throws PostboxException {
        int n = count(v);
        for (int i = 0; i < n; i++) {
            skip(v, count(v));
        }
    }

    /** A count or length of the tail: never negative, never more than the bytes left (an object takes 4 at least). */
    private static int count(ByteBuffer v) throws PostboxException {
        int n = v.getInt();
        if (n < 0 || n > v.remaining()) {
            throw new PostboxException("a count of " + n);
        }
        return n;
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
