package org.phonetriage.testimages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes Telegram TL objects (core.telegram.org/mtproto/serialize) for the generated cache4.db. */
public final class TlBlob {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public TlBlob int32(int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i) & 0xFF);
        }
        return this;
    }

    public TlBlob int64(long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i) & 0xFF));
        }
        return this;
    }

    public TlBlob string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int header;
        if (b.length < 254) {
            out.write(b.length);
            header = 1;
        } else {
            out.write(254);
            out.write(b.length & 0xFF);
            out.write(b.length >>> 8 & 0xFF);
            out.write(b.length >>> 16 & 0xFF);
            header = 4;
        }
        out.writeBytes(b);
        for (int i = (header + b.length) % 4; i != 0 && i < 4; i++) {
            out.write(0);
        }
        return this;
    }

    /** peerUser#59511722 user_id:long */
    public TlBlob peerUser(long id) {
        return int32(0x59511722).int64(id);
    }

    /** peerChannel#a2a5371e channel_id:long */
    public TlBlob peerChannel(long id) {
        return int32(0xa2a5371e).int64(id);
    }

    /** peerUser#9db1bc6d user_id:int (layers before 133) */
    public TlBlob legacyPeerUser(int id) {
        return int32(0x9db1bc6d).int32(id);
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    /**
     * A TL User of the given constructor: flags (access_hash, names, username, phone as present;
     * bit 10 for the own account), flags2 and a 64-bit id for the layers that have them.
     */
    public static byte[] user(int constructor, boolean flags2, boolean longId, long id, String first, String last,
                       String username, String phone, boolean self) {
        int flags = 1 | (first != null ? 2 : 0) | (last != null ? 4 : 0) | (username != null ? 8 : 0)
                | (phone != null ? 16 : 0) | (self ? 1 << 10 : 0) | 1 << 11;
        TlBlob b = new TlBlob().int32(constructor).int32(flags);
        if (flags2) {
            b.int32(0);
        }
        if (longId) {
            b.int64(id);
        } else {
            b.int32((int) id);
        }
        b.int64(0x5a5a5a5a5a5a5a5aL ^ id); // access_hash
        if (first != null) {
            b.string(first);
        }
        if (last != null) {
            b.string(last);
        }
        if (username != null) {
            b.string(username);
        }
        if (phone != null) {
            b.string(phone);
        }
        return b.bytes();
    }
}
