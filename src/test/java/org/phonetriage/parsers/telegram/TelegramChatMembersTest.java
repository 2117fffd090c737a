package org.phonetriage.parsers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.parsers.telegram.TlReader.TlException;
import org.phonetriage.testimages.TlBlob;

/** A basic group's members from the ChatFull layouts of the layers Telegram's schema has had. */
class TelegramChatMembersTest {

    private static final int VECTOR = 0x1cb5c415;

    @Test
    void layersWith64BitIds() throws Exception {
        byte[] chatFull = new TlBlob().int32(0x2633421b).int32(1 << 7).int64(9_000_000_001L).string("")
                .int32(0x3cbc93f8).int64(9_000_000_001L).int32(VECTOR).int32(2)
                .int32(0xe46bcee4).int64(6_000_000_001L)
                .int32(0x38e79fde).int32(0).int64(6_000_000_002L).int64(6_000_000_001L).int32(1_700_000_000)
                .int32(7).bytes();
        TelegramChatMembers.Members m = TelegramChatMembers.decode(chatFull, 9_000_000_001L);
        assertTrue(m.basicGroup());
        assertEquals(List.of(6_000_000_001L, 6_000_000_002L), m.userIds());
    }

    @Test
    void layersWith32BitIdsAndTheFirstLayersWithoutFlags() throws Exception {
        byte[] withAbout = new TlBlob().int32(0x2e02a614).int32(0).int32(123_456).string("sobre o grupo")
                .int32(0x3f460fed).int32(123_456).int32(VECTOR).int32(2)
                .int32(0xda13538a).int32(1001)
                .int32(0xe2d6e436).int32(1002).int32(1001).int32(1_500_000_000).int32(3).bytes();
        assertEquals(List.of(1001L, 1002L), TelegramChatMembers.decode(withAbout, 123_456).userIds());
        byte[] first = new TlBlob().int32(0x630e61be).int32(123_456)
                .int32(0x3f460fed).int32(123_456).int32(VECTOR).int32(1)
                .int32(0xc8d7493e).int32(1003).int32(1001).int32(1_500_000_000).int32(3).bytes();
        assertEquals(List.of(1003L), TelegramChatMembers.decode(first, 123_456).userIds());
    }

    @Test
    void aGroupLeftListsNoneAndAChannelIsNoBasicGroup() throws Exception {
        byte[] forbidden = new TlBlob().int32(0x2633421b).int32(0).int64(77L).string("")
                .int32(0x8763d3e1).int32(0).int64(77L).bytes();
        TelegramChatMembers.Members left = TelegramChatMembers.decode(forbidden, 77L);
        assertTrue(left.basicGroup() && left.userIds().isEmpty());
        byte[] channelFull = new TlBlob().int32(0xe4e0b29d).int32(1).int32(0).int64(5_000L).string("canal")
                .int32(12).bytes();
        assertFalse(TelegramChatMembers.decode(channelFull, 5_000L).basicGroup());
    }

    @Test
    void whatNoLayoutFitsIsAnErrorNeverAGuess() {
        assertThrows(TlException.class, () -> TelegramChatMembers.decode(new byte[] {1, 2, 3}, 1L));
        assertThrows(TlException.class, () -> TelegramChatMembers.decode(
                new TlBlob().int32(0x0badbeef).int32(7).bytes(), 9L));
        // a list of another chat, a member of no known constructor, a count past the bound
        assertThrows(TlException.class, () -> TelegramChatMembers.decode(new TlBlob().int32(0x2633421b).int32(0)
                .int64(8L).string("").int32(0x3cbc93f8).int64(9L).int32(VECTOR).int32(0).int32(1).bytes(), 8L));
        assertThrows(TlException.class, () -> TelegramChatMembers.decode(new TlBlob().int32(0x2633421b).int32(0)
                .int64(8L).string("").int32(0x3cbc93f8).int64(8L).int32(VECTOR).int32(1).int32(0x12345678)
                .int64(1L).bytes(), 8L));
        assertThrows(TlException.class, () -> TelegramChatMembers.decode(new TlBlob().int32(0x2633421b).int32(0)
                .int64(8L).string("").int32(0x3cbc93f8).int64(8L).int32(VECTOR).int32(Integer.MAX_VALUE).bytes(), 8L));
    }
}
