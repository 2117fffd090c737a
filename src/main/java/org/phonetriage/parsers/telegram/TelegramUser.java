package org.phonetriage.parsers.telegram;

import java.util.Map;
import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * A Telegram account as the app stores it (a TL {@code User}): its numeric id — the key that never
 * changes — names, username and, when the account lets it be seen, its phone number (international
 * digits without '+', as the server sends it).
 *
 * @param self true for the phone's own account (flag 10)
 */
public record TelegramUser(long id, String firstName, String lastName, String username, String phone,
                           boolean self) {

    /**
     * The User constructors this reader knows, by layer (Telegram-Android's TLRPC, the public
     * schema): whether a second flags word follows the first, and whether the id is 64-bit. Every
     * one starts flags [flags2] id access_hash? first_name? last_name? username? phone?, flags 0–4.
     */
    private record Layout(boolean flags2, boolean longId) {
    }

    private static final Map<Integer, Layout> USERS = Map.ofEntries(
            Map.entry(0xd10d979a, new Layout(false, false)),  // layer 65
            Map.entry(0x2e13f4c3, new Layout(false, false)),  // layer 104
            Map.entry(0x938458c1, new Layout(false, false)),  // layer 131
            Map.entry(0x3ff6ecb0, new Layout(false, true)),   // layers 133–144
            Map.entry(0x5d99adee, new Layout(true, true)),    // usernames (flags2) from here on
            Map.entry(0x8f97c628, new Layout(true, true)),
            Map.entry(0xabb5f120, new Layout(true, true)),
            Map.entry(0xeb602f25, new Layout(true, true)),
            Map.entry(0x215c4438, new Layout(true, true)),    // layer 184
            Map.entry(0x4fe9cce0, new Layout(true, true)),    // layer 185
            Map.entry(0x83314fca, new Layout(true, true)),
            Map.entry(0x4b46c37e, new Layout(true, true)),
            Map.entry(0x020b1422, new Layout(true, true)),
            Map.entry(0x31774388, new Layout(true, true)));   // layer 227

    /** Decodes one TL User; an unknown constructor or a malformed object is a {@link TlException}. */
    static TelegramUser decode(byte[] data) throws TlException {
        TlReader r = new TlReader(data);
        int constructor = r.int32();
        if (constructor == 0xd3bc4b7a) {          // userEmpty, 64-bit id
            return new TelegramUser(r.int64(), null, null, null, null, false);
        }
        if (constructor == 0x200250ba) {          // userEmpty, 32-bit id
            return new TelegramUser(r.int32(), null, null, null, null, false);
        }
        Layout layout = USERS.get(constructor);
        if (layout == null) {
            throw new TlException(String.format("User constructor %08x is not known to this version", constructor));
        }
        int flags = r.int32();
        if (layout.flags2()) {
            r.int32();
        }
        long id = layout.longId() ? r.int64() : Integer.toUnsignedLong(r.int32());
        if ((flags & 1) != 0) {
            r.int64();                            // access_hash
        }
        String first = (flags & 2) != 0 ? r.string() : null;
        String last = (flags & 4) != 0 ? r.string() : null;
        String username = (flags & 8) != 0 ? r.string() : null;
        String phone = (flags & 16) != 0 ? r.string() : null;
        if (id <= 0 || phone != null && !phone.isEmpty() && !phone.matches("\\d{4,20}")) {
            throw new TlException(String.format("User %08x does not read as one (id %d, phone %s)", constructor, id, phone));
        }
        return new TelegramUser(id, blankToNull(first), blankToNull(last), blankToNull(username), blankToNull(phone),
                (flags & (1 << 10)) != 0);
    }

    /** "First Last", or whichever the account has. */
    public String name() {
        String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return n.isEmpty() ? null : n;
    }

    /** The phone number in international form, or null. */
    public String internationalPhone() {
        return phone == null ? null : "+" + phone;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
