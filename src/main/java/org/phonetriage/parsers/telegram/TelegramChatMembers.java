package org.phonetriage.parsers.telegram;

import java.util.ArrayList;
import java.util.List;
import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * The member list of a basic group, from the TL ChatFull that Telegram on Android keeps in cache4.db
 * {@code chat_settings_v2.info} (Telegram's published schema, core.telegram.org/schema): only the
 * start of a ChatFull is read — {@code flags, id, about, participants} (layers with 64-bit ids:
 * {@code id:long}; earlier ones {@code id:int}; the first layers neither flags nor about) — and in
 * {@code participants} each member's user id. A layout is taken only when the ChatParticipants'
 * own {@code chat_id} repeats the ChatFull's id and the row's: a misread shows itself. The table also
 * holds supergroups' and channels' ChannelFull, which list no members (theirs are in
 * channel_users_v2): an object whose id is the row's but that has no member list is one of those.
 */
public final class TelegramChatMembers {

    /** More members than a basic group can have (200 for years; bounded so a misread cannot run away). */
    private static final int MAX_MEMBERS = 100_000;

    // ChatParticipants: the list (64-bit chat_id from layer 133, 32-bit before) and the forbidden form
    private static final int PARTICIPANTS_LONG = 0x3cbc93f8;
    private static final int PARTICIPANTS_INT = 0x3f460fed;
    private static final int FORBIDDEN_LONG = 0x8763d3e1;
    private static final int FORBIDDEN_INT = 0xfc900c2b;
    private static final int VECTOR = 0x1cb5c415;

    private TelegramChatMembers() {
    }

    /** What a chat_settings_v2 object holds: a basic group's members, or none (another kind of chat). */
    public record Members(boolean basicGroup, List<Long> userIds) {
    }

    /**
     * The members listed in the object of the row of chat {@code chatId}.
     *
     * @throws TlException when no known layout of a ChatFull or ChannelFull of that chat fits it
     */
    public static Members decode(byte[] data, long chatId) throws TlException {
        // layer 133 on (flags, id:long, about), before (flags, id:int, about), the first layers (id:int)
        for (int layout = 0; layout < 3; layout++) {
            TlReader r = participantsOf(data, chatId, layout);
            if (r == null) {
                continue;
            }
            int ctor = r.int32();
            if (ctor == FORBIDDEN_LONG || ctor == FORBIDDEN_INT) {
                return new Members(true, List.of()); // the user left or was removed: no list kept
            }
            long listed = ctor == PARTICIPANTS_LONG ? r.int64() : r.int32();
            if (listed != chatId) {
                throw new TlException("a member list of chat " + listed + " in the object of chat " + chatId);
            }
            return new Members(true, participants(r, ctor == PARTICIPANTS_LONG));
        }
        if (isChannelFull(data, chatId)) {
            return new Members(false, List.of());
        }
        throw new TlException("no ChatFull of chat " + chatId + " this version knows");
    }

    /**
     * A reader at the ChatParticipants of this layout of a ChatFull of the chat, or null when the
     * layout does not fit (another id, or no ChatParticipants constructor where it would be).
     */
    private static TlReader participantsOf(byte[] data, long chatId, int layout) {
        TlReader r = new TlReader(data);
        try {
            r.int32(); // the ChatFull's constructor: which layout it has is told by what follows
            if (layout < 2) {
                r.int32(); // flags: none of those before participants is read
            }
            long id = layout == 0 ? r.int64() : r.int32();
            if (id != chatId) {
                return null;
            }
            if (layout < 2) {
                r.string(); // about
            }
            int at = r.position();
            int ctor = r.int32();
            r.seek(at);
            boolean participants = ctor == PARTICIPANTS_LONG || ctor == PARTICIPANTS_INT
                    || ctor == FORBIDDEN_LONG || ctor == FORBIDDEN_INT;
            return participants ? r : null;
        } catch (TlException e) {
            return null;
        }
    }

    /** The members of a Vector<ChatParticipant>: each constructor says the width of its ids. */
    private static List<Long> participants(TlReader r, boolean longIds) throws TlException {
        if (r.int32() != VECTOR) {
            throw new TlException("member list without its vector");
        }
        int n = r.int32();
        if (n < 0 || n > MAX_MEMBERS) {
            throw new TlException("member count " + n + " out of bounds");
        }
        List<Long> ids = new ArrayList<>(Math.min(n, 256));
        for (int i = 0; i < n; i++) {
            int ctor = r.int32();
            switch (ctor) {
                // chatParticipant / chatParticipantAdmin: user_id, inviter_id, date
                case 0xc8d7493e, 0xe2d6e436 -> {
                    ids.add((long) r.int32());
                    r.int32();
                    r.int32();
                }
                case 0xc02d4007, 0xa0933f5b -> {
                    ids.add(r.int64());
                    r.int64();
                    r.int32();
                }
                // the same with flags and an optional rank (flags.0)
                case 0x38e79fde, 0x0360d5d2 -> {
                    int flags = r.int32();
                    ids.add(r.int64());
                    r.int64();
                    r.int32();
                    if ((flags & 1) != 0) {
                        r.string();
                    }
                }
                // chatParticipantCreator: user_id (and, latest, flags and a rank)
                case 0xda13538a -> ids.add((long) r.int32());
                case 0xe46bcee4 -> ids.add(r.int64());
                case 0xe1f867b8 -> {
                    int flags = r.int32();
                    ids.add(r.int64());
                    if ((flags & 1) != 0) {
                        r.string();
                    }
                }
                default -> throw new TlException(String.format("member of unknown constructor %08x", ctor));
            }
        }
        return ids;
    }

    /** A ChannelFull of this chat (flags, flags2 from layer 139, then the id; or flags and the id before). */
    private static boolean isChannelFull(byte[] data, long chatId) {
        try {
            TlReader r = new TlReader(data);
            r.int32();
            r.int32();
            int at = r.position();
            if (r.int64() == chatId) {
                return true;
            }
            r.seek(at);
            if (r.int32() == chatId) {
                return true;
            }
            r.seek(at + 4);
            return r.int64() == chatId;
        } catch (TlException e) {
            return false;
        }
    }
}
