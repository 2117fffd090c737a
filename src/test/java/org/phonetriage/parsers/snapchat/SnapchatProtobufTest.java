package org.phonetriage.parsers.snapchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapchatProtobufTest {

    @Test
    void theTextIsAtFourFourTwoOne() throws Exception {
        byte[] content = nest(ByteString.copyFromUtf8("Olá"), 1, 2, 4, 4).toByteArray();
        assertEquals("Olá", SnapchatProtobuf.text(content));
        // the same text one level off is no text
        assertNull(SnapchatProtobuf.text(nest(ByteString.copyFromUtf8("Olá"), 1, 2, 4).toByteArray()));
    }

    @Test
    void participantsAreSixteenByteUuidsInRepeatedFieldThree() throws Exception {
        byte[] raw = new byte[16];
        raw[0] = (byte) 0x8a;
        raw[15] = 0x1e;
        UnknownFieldSet entry = nest(ByteString.copyFrom(raw), 1, 1);
        UnknownFieldSet.Field three = UnknownFieldSet.Field.newBuilder()
                .addLengthDelimited(entry.toByteString()).addLengthDelimited(entry.toByteString())
                .addLengthDelimited(nest(ByteString.copyFromUtf8("short"), 1, 1).toByteString()).build();
        byte[] metadata = UnknownFieldSet.newBuilder().addField(3, three).build().toByteArray();
        assertEquals(List.of("8a000000-0000-0000-0000-00000000001e"), SnapchatProtobuf.participants(metadata));
    }

    @Test
    void aTruncatedBlobIsRefused() {
        // field 1, length-delimited, 5 bytes announced, 1 present
        assertThrows(InvalidProtocolBufferException.class, () -> SnapchatProtobuf.text(new byte[] {0x0A, 0x05, 0x01}));
    }

    /** value at the path written innermost first: nest(v, 1, 2, 4, 4) is 4 > 4 > 2 > 1. */
    private static UnknownFieldSet nest(ByteString value, int... innermostFirst) {
        UnknownFieldSet set = null;
        ByteString current = value;
        for (int field : innermostFirst) {
            set = UnknownFieldSet.newBuilder()
                    .addField(field, UnknownFieldSet.Field.newBuilder().addLengthDelimited(current).build()).build();
            current = set.toByteString();
        }
        return set;
    }
}
