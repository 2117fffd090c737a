package org.phonetriage.testimages;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Writes values in Telegram-iOS's Postbox coding, as its PostboxEncoder does: each field a key (one
 * length byte, UTF-8), a type byte and the little-endian value; an object is its type's name hashed
 * (MurmurHash3 x86 32, Postbox's seed), its length and its fields. Only the types the D19 image needs.
 */
final class PostboxWriter {

    private static final int SEED = 0xF7CA7FD2;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PostboxWriter int32(String key, int v) {
        key(key, 0);
        return raw(le(4).putInt(v));
    }

    PostboxWriter int64(String key, long v) {
        key(key, 1);
        return raw(le(8).putLong(v));
    }

    PostboxWriter string(String key, String v) {
        key(key, 4);
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        raw(le(4).putInt(b.length));
        out.writeBytes(b);
        return this;
    }

    PostboxWriter nil(String key) {
        key(key, 11);
        return this;
    }

    PostboxWriter emptyObjectArray(String key) {
        key(key, 8);
        return raw(le(4).putInt(0));
    }

    PostboxWriter object(String key, String typeName, PostboxWriter fields) {
        key(key, 5);
        byte[] inner = fields.bytes();
        raw(le(4).putInt(typeHash(typeName)));
        raw(le(4).putInt(inner.length));
        out.writeBytes(inner);
        return this;
    }

    /** A table's value: the object as the root (the field "_"). */
    static byte[] root(String typeName, PostboxWriter fields) {
        return new PostboxWriter().object("_", typeName, fields).bytes();
    }

    static int typeHash(String typeName) {
        byte[] b = typeName.getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash32x86(b, 0, b.length, SEED);
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private void key(String key, int type) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        out.write(k.length);
        out.writeBytes(k);
        out.write(type);
    }

    private PostboxWriter raw(ByteBuffer b) {
        out.writeBytes(b.array());
        return this;
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
