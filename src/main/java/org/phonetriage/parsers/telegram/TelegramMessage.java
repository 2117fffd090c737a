package org.phonetriage.parsers.telegram;

import java.util.Set;
import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * What a stored Telegram message (a TL {@code Message}) says beyond the columns of its row: who
 * sent it in a group and its text. The row's own columns give the chat, time and direction.
 *
 * @param from    the sender when the object names one (a group's member), else null
 * @param text    the text (a caption for media; "" when there is none), or null when not found
 * @param service a service message (joined, left, call, pinned …), which has no text
 */
public record TelegramMessage(TlPeer from, String text, boolean service, PhoneCall call) {

    /**
     * A call, as the service message Telegram keeps for it (messageActionPhoneCall#80e11a7f).
     *
     * @param duration seconds, or null when the call was not answered
     * @param reason   how it ended: missed, disconnect, hangup, busy, or null
     */
    public record PhoneCall(boolean video, Long duration, String reason) {
    }

    TelegramMessage(TlPeer from, String text, boolean service) {
        this(from, text, service, null);
    }

    /** message constructors with a second flags word (layer 179 on) and those without. */
    private static final Set<Integer> WITH_FLAGS2 = Set.of(0x95ef6f2b, 0x3ae56482, 0x9cb490e9, 0xb92f76cf,
            0x9815cec8, 0xeabcdd4d, 0x96fdbbe9, 0x94345242, 0xbde09c2e, 0x2357bf25);
    private static final Set<Integer> WITHOUT_FLAGS2 = Set.of(0xa66c7efc, 0x1e4c8a69, 0x76bec211, 0x38116ee0,
            0x85d6cbe2, 0xbce383d2, 0x58ae39c9, 0xf52e6b7f, 0x452c0e65, 0x44f9b43d);
    /** messageService constructors that start flags id from_id? peer_id. */
    private static final Set<Integer> SERVICE = Set.of(0x7a800e0a, 0xd3d28540, 0x2b085862, 0x286fa604,
            0x9e19a1f6, 0xc06b9607, 0x1d86f70e);

    private static final int FORWARDED = 1 << 2;
    private static final int REPLY = 1 << 3;
    private static final int HAS_FROM = 1 << 8;
    private static final int VIA_BOT = 1 << 11;
    private static final int SAVED_PEER = 1 << 28;
    private static final int BOOSTS = 1 << 29;

    /**
     * Decodes one message object.
     *
     * @param date the row's date column (Unix seconds), or null: the text follows the object's own
     *             date field, so where a forward or reply header (nested objects of many layers)
     *             lies before it, the text is found after the first place that holds this date and
     *             is followed by a well-formed string — the date only anchors, it is never guessed
     */
    static TelegramMessage decode(byte[] data, Long date) throws TlException {
        TlReader r = new TlReader(data);
        int constructor = r.int32();
        if (SERVICE.contains(constructor)) {
            int flags = r.int32();
            r.int32();                                    // id
            TlPeer from = (flags & HAS_FROM) != 0 ? sender(r) : null;
            return new TelegramMessage(from, null, true, serviceCall(r, constructor, flags));
        }
        boolean flags2 = WITH_FLAGS2.contains(constructor);
        if (!flags2 && !WITHOUT_FLAGS2.contains(constructor)) {
            throw new TlException(String.format("Message constructor %08x is not known to this version", constructor));
        }
        int flags = r.int32();
        int moreFlags = flags2 ? r.int32() : 0;
        r.int32();                                        // id
        TlPeer from = (flags & HAS_FROM) != 0 ? sender(r) : null;
        if (flags2 && (flags & BOOSTS) != 0) {
            r.int32();                                    // from_boosts_applied
        }
        int peerAt = r.position();
        TlPeer.read(r);                                   // peer_id: the row's dialog says it too
        boolean legacy = TlPeer.isLegacy(new TlReader(data, peerAt).int32());
        int afterPeer = r.position();
        String text = null;
        if ((flags & (FORWARDED | REPLY)) == 0) {
            text = straight(r, flags, moreFlags, flags2, legacy, date);
        }
        if (text == null && date != null) {
            text = afterDate(data, afterPeer, date);
        }
        return new TelegramMessage(from, text, false);
    }

    private static final int PHONE_CALL = 0x80e11a7f;

    /**
     * The call a service message records, or null (another action, or a header this reader does
     * not step over: a reply's, which nests objects). The reader stands after the sender.
     */
    private static PhoneCall serviceCall(TlReader r, int constructor, int flags) throws TlException {
        if (constructor == 0x1d86f70e || (flags & REPLY) != 0 && constructor != 0x9e19a1f6) {
            return null;
        }
        TlPeer.read(r);                                   // peer_id
        if (constructor == 0x7a800e0a && (flags & SAVED_PEER) != 0) {
            TlPeer.read(r);
        }
        if (constructor == 0x9e19a1f6 && (flags & REPLY) != 0) {
            r.int32();                                    // reply_to_msg_id, a bare int in layer 118
        }
        r.int32();                                        // date: the row's column has it
        if (r.int32() != PHONE_CALL) {
            return null;
        }
        int callFlags = r.int32();
        r.int64();                                        // call_id
        String reason = null;
        if ((callFlags & 1) != 0) {
            reason = switch (r.int32()) {
                case 0x85e42301 -> "missed";
                case 0xe095c1a0 -> "disconnect";
                case 0x57adc690 -> "hangup";
                case 0xfaf7e8c9 -> "busy";
                default -> "other";
            };
        }
        Long duration = (callFlags & 2) != 0 ? Long.valueOf(r.int32()) : null;
        return new PhoneCall((callFlags & 4) != 0, duration, reason);
    }

    /** A from_id: a Peer since layer 119, a bare user id before. */
    private static TlPeer sender(TlReader r) throws TlException {
        int at = r.position();
        int next = r.int32();
        if (isPeer(next)) {
            r.seek(at);
            return TlPeer.read(r);
        }
        return new TlPeer(TlPeer.Kind.USER, Integer.toUnsignedLong(next));
    }

    private static boolean isPeer(int constructor) {
        return constructor == 0x59511722 || constructor == 0x36c6019a || constructor == 0xa2a5371e
                || TlPeer.isLegacy(constructor);
    }

    /** The text of a message with no forward or reply header: the fields before it are all flat. */
    private static String straight(TlReader r, int flags, int moreFlags, boolean flags2, boolean legacy, Long date)
            throws TlException {
        if ((flags & SAVED_PEER) != 0 && flags2) {
            TlPeer.read(r);
        }
        if ((flags & VIA_BOT) != 0) {
            if (legacy) {
                r.int32();
            } else {
                r.int64();
            }
        }
        if (flags2 && (moreFlags & 1) != 0) {
            r.int64();                                    // via_business_bot_id
        }
        int stored = r.int32();
        if (date != null && stored != date.intValue()) {
            return null;                                  // a field this reader does not know: anchor on the date
        }
        return r.string();
    }

    /** The first well-formed string (zero padding, UTF-8) right after the row's date, from {@code from} on. */
    private static String afterDate(byte[] data, int from, long date) {
        int d = (int) date;
        for (int i = from; i + 5 <= data.length; i++) {
            if ((data[i] & 0xFF) == (d & 0xFF) && (data[i + 1] & 0xFF) == (d >>> 8 & 0xFF)
                    && (data[i + 2] & 0xFF) == (d >>> 16 & 0xFF) && (data[i + 3] & 0xFF) == (d >>> 24 & 0xFF)) {
                try {
                    TlReader r = new TlReader(data, i + 4);
                    String s = r.string();
                    if (zeroPadded(data, i + 4, r.position())) {
                        return s;
                    }
                } catch (TlException notHere) {
                    // the date's bytes occur elsewhere too: keep looking
                }
            }
        }
        return null;
    }

    private static boolean zeroPadded(byte[] data, int start, int end) {
        int len = data[start] & 0xFF;
        int header = len == 254 ? 4 : 1;
        if (header == 4) {
            len = (data[start + 1] & 0xFF) | (data[start + 2] & 0xFF) << 8 | (data[start + 3] & 0xFF) << 16;
        }
        for (int i = start + header + len; i < end; i++) {
            if (data[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
