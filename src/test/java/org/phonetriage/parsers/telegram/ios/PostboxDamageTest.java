package org.phonetriage.parsers.telegram.ios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged values (bytes flipped, cut short, lengthened with noise) never get past the decoders as
 * anything but a {@link PostboxException}: no runtime exception, no allocation a length field asks for.
 */
class PostboxDamageTest {

    private static final int ROUNDS = 5000;

    @Test
    void damagedMessagesAndPeersAreRefusedOrRead() throws PostboxException {
        Random random = new Random(19);
        byte[] key = ByteBuffer.allocate(20).putLong(777000111L).putInt(0).putInt(1710277200).putInt(101).array();
        byte[] message = message();
        byte[] peer = peer();
        // undamaged, both read whole: the damage below starts from valid values
        PostboxMessage read = PostboxMessage.decode(key, message);
        assertEquals("Documento do porto", read.text());
        assertEquals(new PostboxMessage.PhoneCall(false, null, null), read.call());
        assertEquals("5511987654321", PostboxPeer.decode(peer).phone());
        for (int i = 0; i < ROUNDS; i++) {
            byte[] m = damage(message, random);
            byte[] p = damage(peer, random);
            try {
                PostboxMessage.decode(key, m);
            } catch (PostboxException expected) {
                // refused, with a reason
            } catch (RuntimeException e) {
                fail("message " + Arrays.toString(m) + ": " + e);
            }
            try {
                PostboxPeer.decode(p);
            } catch (PostboxException expected) {
                // refused, with a reason
            } catch (RuntimeException e) {
                fail("peer " + Arrays.toString(p) + ": " + e);
            }
        }
    }

    private static byte[] damage(byte[] valid, Random random) {
        byte[] b = valid.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
            default -> {
                b = Arrays.copyOf(b, b.length + 1 + random.nextInt(64));
                for (int j = valid.length; j < b.length; j++) {
                    b[j] = (byte) random.nextInt(256);
                }
                b[random.nextInt(b.length)] = (byte) 0x7f;   // a length field's high byte, now and then
            }
        }
        return b;
    }

    /** A message with a forward header and a call in its embedded media, as D19 has them. */
    private static byte[] message() {
        byte[] text = "Documento do porto".getBytes(StandardCharsets.UTF_8);
        byte[] action = root(fields -> fields.put((byte) 9).put("_rawValue".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0).putInt(14).put((byte) 1).put((byte) 'i').put((byte) 1).putLong(9101L));
        ByteBuffer b = le(256);
        b.put((byte) 0).putInt(1).putInt(0).put((byte) 1).putLong(42L).putInt(4).putInt(0);
        b.put((byte) (1 | 1 << 3)).putLong(777000111L).putInt(1710486000).putInt(2).put(new byte[] {'o', 'k'});
        b.put((byte) 1).putLong(777000111L).putInt(text.length).put(text);
        b.putInt(0).putInt(1).putInt(action.length).put(action).putInt(0);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] peer() {
        return root(fields -> {
            fields.put((byte) 1).put((byte) 'i').put((byte) 1).putLong(777000111L);
            fields.put((byte) 2).put("fn".getBytes(StandardCharsets.US_ASCII)).put((byte) 4).putInt(4)
                    .put("Chef".getBytes(StandardCharsets.US_ASCII));
            fields.put((byte) 2).put("ph".getBytes(StandardCharsets.US_ASCII)).put((byte) 8).putInt(0);
            fields.put((byte) 1).put((byte) 'p').put((byte) 4).putInt(13)
                    .put("5511987654321".getBytes(StandardCharsets.US_ASCII));
        });
    }

    private interface Fields {
        void write(ByteBuffer fields);
    }

    private static byte[] root(Fields w) {
        ByteBuffer fields = le(256);
        w.write(fields);
        ByteBuffer root = le(fields.position() + 11);
        root.put((byte) 1).put((byte) '_').put((byte) 5).putInt(0x1234).putInt(fields.position())
                .put(fields.array(), 0, fields.position());
        return root.array();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
