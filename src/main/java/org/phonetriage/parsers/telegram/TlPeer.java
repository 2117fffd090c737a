package org.phonetriage.parsers.telegram;

import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * A TL {@code Peer}: a user, a basic group or a channel. Layer 133 made ids 64-bit under new
 * constructors; messages stored by older app versions keep the 32-bit ones.
 */
record TlPeer(Kind kind, long id) {

    enum Kind { USER, CHAT, CHANNEL }

    static TlPeer read(TlReader r) throws TlException {
        int constructor = r.int32();
        return switch (constructor) {
            case 0x59511722 -> new TlPeer(Kind.USER, r.int64());
            case 0x36c6019a -> new TlPeer(Kind.CHAT, r.int64());
            case 0xa2a5371e -> new TlPeer(Kind.CHANNEL, r.int64());
            case 0x9db1bc6d -> new TlPeer(Kind.USER, r.int32());
            case 0xbad0e5bb -> new TlPeer(Kind.CHAT, r.int32());
            case 0xbddde532 -> new TlPeer(Kind.CHANNEL, r.int32());
            default -> throw new TlException(String.format("no Peer (constructor %08x)", constructor));
        };
    }

    /** True for the 32-bit constructors of layers before 133. */
    static boolean isLegacy(int constructor) {
        return constructor == 0x9db1bc6d || constructor == 0xbad0e5bb || constructor == 0xbddde532;
    }
}
