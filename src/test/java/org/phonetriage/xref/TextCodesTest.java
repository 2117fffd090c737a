package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The numbers SQLite gives with a {@link TextCodes} expression are the values' own, as SQLite compares text. */
class TextCodesTest {

    @Test
    void sqliteGivesEachLearntValueItsNumberAndAnyOtherZero() throws Exception {
        TextCodes codes = new TextCodes(31);
        assertEquals(0, code(codes, "call"), "nothing learnt yet");
        assertEquals(31, code(codes, null));
        codes.learn("call");
        codes.learn("it's");
        codes.learn("call");
        codes.learn("r\u00f4le"); // not ASCII: read as text each time
        codes.learn(null);
        assertTrue(codes.grown());
        assertEquals(1, code(codes, "call"));
        assertFalse(codes.grown(), "the SQL made holds what was learnt");
        assertEquals("call", codes.value(1));
        assertEquals(2, code(codes, "it's"));
        assertEquals("it's", codes.value(2));
        assertNull(codes.value(31));
        assertEquals(31, code(codes, null));
        assertEquals(0, code(codes, "CALL"), "text compared byte for byte");
        assertEquals(0, code(codes, "call "));
        assertEquals(0, code(codes, "r\u00f4le"));
        assertEquals(0, code(codes, ""));
    }

    @Test
    void valuesBeyondTheLimitStayUnnumbered() throws Exception {
        TextCodes codes = new TextCodes(3);
        codes.learn("a");
        codes.learn("b");
        codes.learn("c");
        assertEquals(2, code(codes, "b"));
        assertEquals(0, code(codes, "c"));
        assertEquals(3, code(codes, null));
    }

    @Test
    void aNumberOrBlobIsNotTheTextItsDigitsSpell() throws Exception {
        TextCodes codes = new TextCodes(31);
        codes.learn("5");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
             PreparedStatement st = db.prepareStatement("SELECT " + codes.sql("5") + ", " + codes.sql("x'35'")
                     + ", " + codes.sql("'5'"));
             ResultSet rs = st.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1));
            assertEquals(0, rs.getInt(2));
            assertEquals(1, rs.getInt(3));
        }
    }

    private static int code(TextCodes codes, String value) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
             PreparedStatement st = db.prepareStatement("SELECT " + codes.sql("v") + " FROM (SELECT ? AS v)")) {
            st.setString(1, value);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
