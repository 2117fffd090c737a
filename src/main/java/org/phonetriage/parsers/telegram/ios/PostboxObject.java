package org.phonetriage.parsers.telegram.ios;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One object in Postbox's own coding (Telegram-iOS {@code PostboxEncoder}): a run of fields, each
 * a key (one length byte, UTF-8), a type byte and the value, little-endian — Int32 (0), Int64 (1),
 * Bool (2, one byte), Double (3), String (4, int32 length and UTF-8), Object (5: int32 type hash,
 * int32 length, the object's own fields), Int32Array (6), Int64Array (7), ObjectArray (8),
 * ObjectDictionary (9), Bytes (10), Nil (11), StringArray (12), BytesArray (13). A root object, as
 * the tables store one, is a single Object field keyed {@code _}. Reading is bounded: every length
 * is checked against what is left, nested objects are read only when asked for and never deeper
 * than {@link #MAX_DEPTH}, and an object of more than {@link #MAX_FIELDS} fields is refused.
 */
final class PostboxObject {

    static final int MAX_DEPTH = 8;
    static final int MAX_FIELDS = 1024;

    private static final int INT32 = 0, INT64 = 1, BOOL = 2, DOUBLE = 3, STRING = 4, OBJECT = 5, INT32_ARRAY = 6,
            INT64_ARRAY = 7, OBJECT_ARRAY = 8, OBJECT_DICTIONARY = 9, BYTES = 10, NIL = 11, STRING_ARRAY = 12,
            BYTES_ARRAY = 13;

    /** A field's type and where its value lies in the data. */
    private record Field(int type, int offset, int length) {
    }

    private final byte[] data;
    private final int typeHash;
    private final int depth;
    private final Map<String, Field> fields = new HashMap<>();

    private PostboxObject(byte[] data, int offset, int length, int typeHash, int depth) throws PostboxException {
        if (depth > MAX_DEPTH) {
            throw new PostboxException("objects nested deeper than " + MAX_DEPTH);
        }
        this.data = data;
        this.typeHash = typeHash;
        this.depth = depth;
        ByteBuffer in = ByteBuffer.wrap(data, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        while (in.hasRemaining()) {
            if (fields.size() >= MAX_FIELDS) {
                throw new PostboxException("an object of more than " + MAX_FIELDS + " fields");
            }
            String key = utf8(in, in.get() & 0xFF);
            need(in, 1);
            int type = in.get();
            int start = in.position();
            skip(in, type);
            fields.put(key, new Field(type, start, in.position() - start));
        }
    }

    /** The object a table stores: a root object (the field {@code _}) read from a whole value. */
    static PostboxObject root(byte[] value) throws PostboxException {
        PostboxObject wrapper = new PostboxObject(value, 0, value.length, 0, 0);
        PostboxObject root = wrapper.object("_");
        if (root == null) {
            throw new PostboxException("no root object");
        }
        return root;
    }

    /** The MurmurHash3 of the Swift type's name the encoder wrote before the object. */
    int typeHash() {
        return typeHash;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** An Int64 field, or null when absent or of another type. */
    Long int64(String key) {
        Field f = fields.get(key);
        return f == null || f.type() != INT64 ? null : buffer(f).getLong();
    }

    /** An Int32 field, or null when absent or of another type. */
    Integer int32(String key) {
        Field f = fields.get(key);
        return f == null || f.type() != INT32 ? null : buffer(f).getInt();
    }

    /** A String field, or null when absent or of another type. */
    String string(String key) throws PostboxException {
        Field f = fields.get(key);
        if (f == null || f.type() != STRING) {
            return null;
        }
        ByteBuffer b = buffer(f);
        return utf8(b, b.getInt());
    }

    /** A nested Object field, or null when absent or of another type. */
    PostboxObject object(String key) throws PostboxException {
        Field f = fields.get(key);
        if (f == null || f.type() != OBJECT) {
            return null;
        }
        ByteBuffer b = buffer(f);
        int hash = b.getInt();
        int length = b.getInt();
        return new PostboxObject(data, b.position(), length, hash, depth + 1);
    }

    private ByteBuffer buffer(Field f) {
        return ByteBuffer.wrap(data, f.offset(), f.length()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Steps over one value of the type, checking every length against what is left. */
    private static void skip(ByteBuffer in, int type) throws PostboxException {
        switch (type) {
            case INT32 -> advance(in, 4);
            case INT64, DOUBLE -> advance(in, 8);
            case BOOL -> advance(in, 1);
            case NIL -> { }
            case STRING, BYTES -> advance(in, count(in));
            case OBJECT -> {
                advance(in, 4);
                advance(in, count(in));
            }
            case INT32_ARRAY -> advance(in, 4L * count(in));
            case INT64_ARRAY -> advance(in, 8L * count(in));
            case OBJECT_ARRAY -> {
                int n = count(in);
                for (int i = 0; i < n; i++) {
                    advance(in, 4);
                    advance(in, count(in));
                }
            }
            case OBJECT_DICTIONARY -> {
                int n = count(in);
                for (int i = 0; i < n * 2; i++) {
                    advance(in, 4);
                    advance(in, count(in));
                }
            }
            case STRING_ARRAY, BYTES_ARRAY -> {
                int n = count(in);
                for (int i = 0; i < n; i++) {
                    advance(in, count(in));
                }
            }
            default -> throw new PostboxException("a field of unknown type " + type);
        }
    }

    /** A length or count: never negative, never more than the bytes left (each element takes one at least). */
    private static int count(ByteBuffer in) throws PostboxException {
        need(in, 4);
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new PostboxException("a length of " + n + " where " + in.remaining() + " bytes are left");
        }
        return n;
    }

    private static void advance(ByteBuffer in, long n) throws PostboxException {
        need(in, n);
        in.position(in.position() + (int) n);
    }

    private static void need(ByteBuffer in, long n) throws PostboxException {
        if (n > in.remaining()) {
            throw new PostboxException("the value ends " + (n - in.remaining()) + " bytes early");
        }
    }

    static String utf8(ByteBuffer in, int length) throws PostboxException {
        if (length < 0) {
            throw new PostboxException("a negative string length");
        }
        need(in, length);
        ByteBuffer slice = in.slice(in.position(), length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw new PostboxException("a string that is not UTF-8");
        }
    }
}
