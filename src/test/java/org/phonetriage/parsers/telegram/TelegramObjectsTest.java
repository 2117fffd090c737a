package org.phonetriage.parsers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.phonetriage.parsers.telegram.TlReader.TlException;
import org.phonetriage.testimages.TlBlob;

/** Telegram's TL objects as cache4.db and userconfing.xml keep them, of several layers. */
class TelegramObjectsTest {

    @Test
    void usersOfEachLayoutGiveIdNamesAndPhone() throws Exception {
        TelegramUser old = TelegramUser.decode(TlBlob.user(0x938458c1, false, false, 777000111L, "Patrão", null, null,
                "5511987654321", false));
        assertEquals(777000111L, old.id());
        assertEquals("Patrão", old.name());
        assertEquals("+5511987654321", old.internationalPhone());
        assertFalse(old.self());
        TelegramUser layer144 = TelegramUser.decode(TlBlob.user(0x3ff6ecb0, false, true, 5_000_000_001L, "Rafa", "Paris",
                null, "33612345678", false));
        assertEquals(5_000_000_001L, layer144.id());
        assertEquals("Rafa Paris", layer144.name());
        TelegramUser current = TelegramUser.decode(TlBlob.user(0x83314fca, true, true, 777000222L, "Lucas", null,
                "lucas_mad", null, true));
        assertEquals("lucas_mad", current.username());
        assertNull(current.phone());
        assertTrue(current.self());
    }

    @Test
    void anUnknownConstructorOrAShortObjectIsAnExceptionNeverGarbage() {
        byte[] user = TlBlob.user(0x83314fca, true, true, 777000222L, "Lucas", null, "lucas_mad", "34722418809", false);
        TlException unknown = assertThrows(TlException.class,
                () -> TelegramUser.decode(new TlBlob().int32(0x0badf00d).int32(0).bytes()));
        assertTrue(unknown.getMessage().contains("0badf00d"), unknown.getMessage());
        for (int cut = 0; cut < user.length - 4; cut += 3) {
            byte[] truncated = Arrays.copyOf(user, cut);
            assertThrows(TlException.class, () -> TelegramUser.decode(truncated), "cut at " + cut);
        }
        // a layout read with the wrong constructor shows itself: the "phone" is no number
        byte[] misread = TlBlob.user(0x83314fca, true, true, 1L, "A", "B", "c", "not a number", false);
        assertThrows(TlException.class, () -> TelegramUser.decode(misread));
    }

    @Test
    void aPlainMessageIsReadField_by_fieldAndAForwardedOneByItsDate() throws Exception {
        int date = 1_709_632_800;
        TelegramMessage plain = TelegramMessage.decode(new TlBlob().int32(0x94345242).int32(256).int32(0).int32(7)
                .peerUser(777000222L).peerChannel(1_987_654_321L).int32(date).string("Chego às 22h.").bytes(), (long) date);
        assertEquals("Chego às 22h.", plain.text());
        assertEquals(new TlPeer(TlPeer.Kind.USER, 777000222L), plain.from());
        TelegramMessage forwarded = TelegramMessage.decode(new TlBlob().int32(0x85d6cbe2).int32(2 | 4 | 256).int32(8)
                .peerUser(1L).peerUser(2L).int32(0x12345678).int32(1).peerUser(3L).int32(date - 86_400)
                .int32(date).string("Endereço").bytes(), (long) date);
        assertEquals("Endereço", forwarded.text());
        // before layer 119 the sender was a bare user id
        TelegramMessage legacy = TelegramMessage.decode(new TlBlob().int32(0x452c0e65).int32(256).int32(9)
                .int32(777000111).legacyPeerUser(777000333).int32(date).string("velho").bytes(), (long) date);
        assertEquals(new TlPeer(TlPeer.Kind.USER, 777000111L), legacy.from());
        assertEquals("velho", legacy.text());
        // a long text takes the four-byte length form
        String longText = "x".repeat(300);
        assertEquals(longText, TelegramMessage.decode(new TlBlob().int32(0x85d6cbe2).int32(0).int32(10)
                .peerUser(2L).int32(date).string(longText).bytes(), (long) date).text());
    }

    @Test
    void withoutItsDateAForwardedMessageHasNoTextRatherThanAGuess() throws Exception {
        TelegramMessage m = TelegramMessage.decode(new TlBlob().int32(0x85d6cbe2).int32(4).int32(8).peerUser(2L)
                .int32(0x12345678).int32(0).int32(5).int32(6).string("x").bytes(), null);
        assertNull(m.text());
        assertThrows(TlException.class, () -> TelegramMessage.decode(new byte[] {1, 2}, 5L));
    }

    @Test
    void aCallIsTheServiceMessageOfActionPhoneCall() throws Exception {
        TelegramMessage video = TelegramMessage.decode(new TlBlob().int32(0x7a800e0a).int32(256).int32(11)
                .peerUser(1L).peerUser(2L).int32(5).int32(0x80e11a7f).int32(1 | 4).int64(9L).int32(0x85e42301).bytes(), 5L);
        assertEquals(new TelegramMessage.PhoneCall(true, null, "missed"), video.call());
        TelegramMessage joined = TelegramMessage.decode(new TlBlob().int32(0x2b085862).int32(256).int32(12)
                .peerUser(1L).peerChannel(3L).int32(5).int32(0x031224c3).int64(1L).bytes(), 5L);
        assertTrue(joined.service());
        assertNull(joined.call());
    }

    @Test
    void secretChatDialogsAreToldApart() {
        assertTrue(TelegramMessageRows.secret(0x4000000000000005L));
        assertTrue(TelegramMessageRows.secret(5L << 32));
        assertFalse(TelegramMessageRows.secret(777000111L));
        assertFalse(TelegramMessageRows.secret(5_000_000_001L));
        assertFalse(TelegramMessageRows.secret(-1_987_654_321L));
    }
}
