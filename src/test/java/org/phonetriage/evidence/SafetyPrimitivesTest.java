package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class SafetyPrimitivesTest {

    @Test
    void namesAreCleanedOrRefused() {
        assertEquals("private/var/x.db", EntryNames.clean("/private/var/x.db").path());
        assertEquals("private/var/x.db", EntryNames.clean("\\private\\var\\x.db").path());
        assertEquals("Users/x", EntryNames.clean("C:\\Users\\x").path());
        assertEquals("a/b", EntryNames.clean("./a//b/.").path());
        assertEquals("a..b/c..", EntryNames.clean("a..b/c..").path(), "'..' inside a name is fine");
        assertFalse(EntryNames.clean("a/../b").accepted());
        assertFalse(EntryNames.clean("..\\evil").accepted());
        assertFalse(EntryNames.clean("/").accepted());
        assertFalse(EntryNames.clean("a\0b").accepted());
    }

    @Test
    void linkTargetsAreResolvedLexically() {
        assertEquals("data/x", EntryNames.resolveLink("data/link", "x"));
        assertEquals("x", EntryNames.resolveLink("data/link", "../x"));
        assertNull(EntryNames.resolveLink("data/link", "../../x"));
        assertNull(EntryNames.resolveLink("data/link", "/etc/passwd"));
        assertEquals("", EntryNames.resolveLink("data/link", ".."), "the root itself is inside");
    }

    @Test
    void ratioIsOnlyCheckedAboveTheFloor() {
        ExtractionLimits limits = ExtractionLimits.defaults();
        assertFalse(limits.ratioExceeded(ExtractionLimits.MIB, 1));
        assertTrue(limits.ratioExceeded(ExtractionLimits.MIB + 1, 1));
        assertFalse(limits.ratioExceeded(200 * ExtractionLimits.MIB, ExtractionLimits.MIB));
        assertTrue(limits.ratioExceeded(201 * ExtractionLimits.MIB, ExtractionLimits.MIB));
        assertFalse(limits.ratioExceeded(Long.MAX_VALUE, Long.MAX_VALUE), "no overflow");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ExtractionLimits d = ExtractionLimits.defaults();
        assertEquals(64 * ExtractionLimits.GIB, d.maxTotalBytes());
        assertEquals(16 * ExtractionLimits.GIB, d.maxEntryBytes());
        assertEquals(200, d.maxRatio());
        assertEquals(ExtractionLimits.MIB, d.ratioFloorBytes());
        assertEquals(2_000_000, d.maxEntries());
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(0, 1, 1, 1, 1));
    }

    @Test
    void limitedStreamCountsBytesActuallyRead() throws Exception {
        ExtractionLimits limits = new ExtractionLimits(1 << 30, 1 << 30, 10, 1000, 10);
        InputStream ratio = new ExpansionLimitedInputStream(
                new ByteArrayInputStream(new byte[5000]), 1 << 20, "too big", 100, limits);
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> ratio.transferTo(OutputStream.nullOutputStream()));
        assertTrue(e.getMessage().contains("10:1 (zip bomb?)"), e.getMessage());
        assertThrows(LimitExceededException.class, ratio::read, "stays tripped");

        InputStream capped = new ExpansionLimitedInputStream(
                new ByteArrayInputStream(new byte[5000]), 4000, "too big", 0, limits);
        assertEquals("too big", assertThrows(LimitExceededException.class,
                () -> capped.skip(5000)).getMessage());

        InputStream fine = new ExpansionLimitedInputStream(
                new ByteArrayInputStream(new byte[5000]), 5000, "too big", 1000, limits);
        assertEquals(5000, fine.readAllBytes().length);
    }
}
