package org.phonetriage.parsers.telegram.ios;

/**
 * A Postbox PeerId as Telegram-iOS packs it into 64 bits: the namespace in bits 32–34 (0 a user,
 * 1 a basic group, 2 a channel or supergroup, 3 a secret chat), the id's low 32 bits in bits 0–31
 * and its high bits from bit 35 on (64-bit ids, 2021 on); a secret chat's id is a signed 32-bit number.
 */
record PostboxPeerId(int namespace, long id) {

    static final int USER = 0;
    static final int GROUP = 1;
    static final int CHANNEL = 2;
    static final int SECRET_CHAT = 3;

    static PostboxPeerId of(long packed) {
        int namespace = (int) ((packed >>> 32) & 0x7);
        long low = packed & 0xFFFFFFFFL;
        long high = (packed >>> 35) & 0xFFFFFFFFL;
        if (high == 0 && namespace == SECRET_CHAT) {
            return new PostboxPeerId(namespace, (int) low);
        }
        return new PostboxPeerId(namespace, high << 32 | low);
    }

    boolean isUser() {
        return namespace == USER && id > 0;
    }

    boolean isGroup() {
        return (namespace == GROUP || namespace == CHANNEL) && id > 0;
    }
}
