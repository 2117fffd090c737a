package org.phonetriage.parsers.snapchat;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Snapchat's protobufs in arroyo.db, read field by field: no schema is published, so only the
 * paths public write-ups found (ALEAPP's Snapchat module: a text message's text at 4 > 4 > 2 > 1 of
 * {@code conversation_message.message_content}, a conversation's participants as 16-byte UUIDs at
 * 3 > 1 > 1 of {@code conversation.conversation_metadata}, field 3 repeated) are read.
 */
final class SnapchatProtobuf {

    private SnapchatProtobuf() {
    }

    /** The text of a text message's content, or null when the path holds none. */
    static String text(byte[] content) throws InvalidProtocolBufferException {
        ByteString text = walk(UnknownFieldSet.parseFrom(content), 4, 4, 2, 1);
        return text == null || text.isEmpty() ? null : text.toStringUtf8();
    }

    /** The participants' user ids of a conversation's metadata, in their order. */
    static List<String> participants(byte[] metadata) throws InvalidProtocolBufferException {
        List<String> ids = new ArrayList<>();
        UnknownFieldSet set = UnknownFieldSet.parseFrom(metadata);
        UnknownFieldSet.Field entries = set.getField(3);
        if (entries == null) {
            return ids;
        }
        for (ByteString entry : entries.getLengthDelimitedList()) {
            ByteString raw = walk(UnknownFieldSet.parseFrom(entry), 1, 1);
            if (raw != null && raw.size() == 16) {
                ByteBuffer b = raw.asReadOnlyByteBuffer();
                String id = new UUID(b.getLong(), b.getLong()).toString();
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The bytes at a path of length-delimited fields (the first occurrence of each), or null. */
    private static ByteString walk(UnknownFieldSet set, int... path) throws InvalidProtocolBufferException {
        UnknownFieldSet current = set;
        for (int i = 0; i < path.length; i++) {
            UnknownFieldSet.Field f = current.getField(path[i]);
            if (f == null || f.getLengthDelimitedList().isEmpty()) {
                return null;
            }
            ByteString bytes = f.getLengthDelimitedList().get(0);
            if (i == path.length - 1) {
                return bytes;
            }
            current = UnknownFieldSet.parseFrom(bytes);
        }
        return null;
    }
}
