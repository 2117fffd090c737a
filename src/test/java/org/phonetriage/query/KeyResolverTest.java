package org.phonetriage.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.normalize.RegionContext;
import org.phonetriage.normalize.RegionHint;

class KeyResolverTest {

    private final KeyResolver french = new KeyResolver(RegionContext.of(List.of(new RegionHint("FR", "examiner", true))));

    @Test
    void aValueIsReadAsIngestReadsIt() {
        ResolvedValue v = french.resolve("0055 11 98765 4321");
        assertEquals("+5511987654321", v.key());
        assertEquals("idd", v.reading().rule());
        assertEquals(List.of("+5511987654321"), v.keys());
        assertEquals("+33612345678", french.resolve("06 12 34 56 78").key());
    }

    @Test
    void typedKeysAreLookedUpAsGiven() {
        ResolvedValue iccid = french.resolve(" iccid:89330124030001234569 ");
        assertEquals("iccid:89330124030001234569", iccid.key());
        assertEquals("iccid", iccid.reading().type());
        assertEquals("as-typed", iccid.reading().rule());
        assertEquals(List.of("iccid:89330124030001234569"), iccid.keys());
        assertEquals(List.of("wa-group:120363041234567890"), french.resolve("wa-group:120363041234567890").keys());
        assertEquals(List.of("net:001-01:6766266"), french.resolve("net:001-01:6766266").keys());
        assertEquals(List.of("+5511987654321"), french.resolve("+5511987654321").keys());
    }

    @Test
    void theReadingsNotChosenAreSearchedToo() {
        KeyResolver fanOut = new KeyResolver(new RegionContext(List.of(), List.of("FR", "ES"), null));
        ResolvedValue v = fanOut.resolve("612345678");
        assertEquals("+33612345678", v.key());
        assertEquals(List.of("+33612345678", "+34612345678"), v.keys());
    }

    @Test
    void aPlaceholderHasNothingToLookUp() {
        ResolvedValue v = french.resolve("Unknown");
        assertNull(v.key());
        assertEquals(List.of(), v.keys());
    }
}
