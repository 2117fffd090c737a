package org.phonetriage.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whole values shaped like identifiers, and the names and values that give none. */
class ValueShapesTest {

    @Test
    void numbersInTheFormsAppsWriteThem() {
        for (String v : new String[] {"+55 11 98765-4321", "(11) 98765-4321", "+55 (21) 97654-3210", "5511987654321",
            "0034612345678", "06 12 34 56 78", "tel:+33612345678", "+351 912 345 678"}) {
            assertEquals(ValueShapes.PHONE, ValueShapes.kindOf(v), v);
        }
        assertEquals(ValueShapes.JID, ValueShapes.kindOf("5511987654321@s.whatsapp.net"));
        assertEquals(ValueShapes.EMAIL, ValueShapes.kindOf("suporte@zapfrete.example.com"));
        assertEquals("+33612345678", ValueShapes.readable("tel:+33612345678"));
    }

    @Test
    void datesVersionsAddressesAndTextAreNoNumbers() {
        for (String v : new String[] {"2024-03-10", "10/03/2024", "192.168.10.1", "4.2.1", "150.75", "0000000000",
            "Recogida a las 7", "12345", "paco-7731", "120363025246125486@g.us", "+55+11987654321", "1234567890123456"}) {
            assertNull(ValueShapes.kindOf(v), v);
        }
    }

    @Test
    void idCounterAndTimeColumnsGiveNothing() {
        for (String c : new String[] {"_id", "remote_id", "userId", "ZSENDERID", "seq", "unread_count", "sent_at",
            "lastSync", "criado_em_ts", "timestamp", "Z_PK", "map/ultimo_login_time", "date_read", "ZDATE_DELIVERED"}) {
            assertTrue(ColumnNames.neverIdentifiers(c), c);
        }
        for (String c : new String[] {"fone", "phone_number", "ZPHONENUMBER", "peer", "origem_fone", "activeLine"}) {
            assertFalse(ColumnNames.neverIdentifiers(c), c);
        }
        assertEquals(1.0, ColumnNames.nameScore("ZPHONENUMBER"));
        assertEquals(1.0, ColumnNames.nameScore("peer_jid"));
        assertEquals(0.5, ColumnNames.nameScore("fone"));
        assertTrue(ColumnVerdict.isEpoch("1710054000"));
        assertTrue(ColumnVerdict.isEpoch("1710054000000"));
        assertFalse(ColumnVerdict.isEpoch("5511987654321"));
    }
}
