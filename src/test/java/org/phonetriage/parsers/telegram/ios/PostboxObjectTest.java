package org.phonetriage.parsers.telegram.ios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PostboxObjectTest {

    @Test
    void aUserPeerReadsFieldByFieldWhateverElseItHolds() throws Exception {
        byte[] user = fields(f -> {
            int64(f, "i", (5000000001L >>> 32) << 35 | (5000000001L & 0xFFFFFFFFL)); // packed as PeerIds are
            key(f, "ph", 8);                              // an object array: one photo object
            f.writeBytes(le(4).putInt(1).array());
            f.writeBytes(le(4).putInt(0x1234).array());
            f.writeBytes(le(4).putInt(3).array());
            f.writeBytes(new byte[] {1, 2, 3});
            string(f, "fn", "Rafa");
            key(f, "bi", 11);                             // nil
            string(f, "p", "33612345678");
        });
        PostboxPeer peer = PostboxPeer.decode(root(user));
        assertEquals(new PostboxPeerId(0, 5000000001L), peer.id());
        assertEquals("Rafa", peer.firstName());
        assertEquals("33612345678", peer.phone());
        assertNull(peer.username());
    }

    @Test
    void lengthsPastTheEndTypesItDoesNotKnowAndDeepNestingAreRefused() {
        byte[] tooLong = fields(f -> {
            key(f, "fn", 4);
            f.writeBytes(le(4).putInt(1000).array());
            f.writeBytes("Rafa".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(assertThrows(PostboxException.class, () -> PostboxObject.root(root(tooLong)))
                .getMessage().contains("length of 1000"));
        byte[] unknown = fields(f -> key(f, "x", 42));
        assertTrue(assertThrows(PostboxException.class, () -> PostboxObject.root(root(unknown)))
                .getMessage().contains("unknown type 42"));
        // objects are read when asked for, each level one deeper: past the limit, the reader stops
        PostboxException deep = assertThrows(PostboxException.class, () -> {
            PostboxObject at = PostboxObject.root(root(nestedOf(PostboxObject.MAX_DEPTH + 2)));
            while (at != null) {
                at = at.object("o");
            }
        });
        assertTrue(deep.getMessage().contains("deeper than"), deep.getMessage());
    }

    @Test
    void peerIdsUnpackAsPostboxPacksThem() {
        assertEquals(new PostboxPeerId(0, 777000111L), PostboxPeerId.of(777000111L));
        // a 64-bit-era user id: its high bits above the namespace
        long thiago = 6100000003L;
        long packed = (thiago >>> 32) << 35 | (thiago & 0xFFFFFFFFL);
        assertEquals(new PostboxPeerId(0, thiago), PostboxPeerId.of(packed));
        assertEquals(new PostboxPeerId(2, 1987654321L), PostboxPeerId.of(2L << 32 | 1987654321L));
        assertEquals(new PostboxPeerId(3, -5), PostboxPeerId.of(3L << 32 | 0xFFFFFFFBL));
    }

    private static byte[] nestedOf(int depth) {
        byte[] inner = fields(f -> int64(f, "i", 1));
        for (int i = 0; i < depth; i++) {
            byte[] in = inner;
            inner = fields(f -> object(f, "o", in));
        }
        return inner;
    }

    private interface Fields {
        void write(ByteArrayOutputStream f);
    }

    private static byte[] fields(Fields w) {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        w.write(f);
        return f.toByteArray();
    }

    private static byte[] root(byte[] fields) {
        return fields(f -> object(f, "_", fields));
    }

    private static void object(ByteArrayOutputStream f, String key, byte[] fields) {
        key(f, key, 5);
        f.writeBytes(le(4).putInt(0x5eed).array());
        f.writeBytes(le(4).putInt(fields.length).array());
        f.writeBytes(fields);
    }

    private static void int64(ByteArrayOutputStream f, String key, long v) {
        key(f, key, 1);
        f.writeBytes(le(8).putLong(v).array());
    }

    private static void string(ByteArrayOutputStream f, String key, String v) {
        key(f, key, 4);
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        f.writeBytes(le(4).putInt(b.length).array());
        f.writeBytes(b);
    }

    private static void key(ByteArrayOutputStream f, String key, int type) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        f.write(k.length);
        f.writeBytes(k);
        f.write(type);
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
