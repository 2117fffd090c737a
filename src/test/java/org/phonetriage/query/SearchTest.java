package org.phonetriage.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.normalize.NormalizedId.Alternative;

class SearchTest {

    @TempDir
    static Path tmp;
    static Connection db;

    @BeforeAll
    static void createCase() throws Exception {
        db = SmallCase.create(tmp.resolve("case.db"));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void anOccurrenceOnlyAsAReadingNotChosenIsFoundAndSaysSo() throws Exception {
        List<OccurrenceHit> hits = hits("+33612345678");
        assertEquals(1, hits.size());
        OccurrenceHit h = hits.get(0);
        assertTrue(h.alternativeOnly());
        assertEquals("+34612345678", h.chosenKey());
        assertEquals("612345678", h.raw());
        assertEquals("A-phone", h.device());
        assertEquals("messages:1", h.source().record());
    }

    @Test
    void aChosenReadingListsWhatItCouldAlsoBe() throws Exception {
        List<OccurrenceHit> hits = hits("+34612345678");
        assertEquals(List.of("A-phone", "B-phone"), hits.stream().map(OccurrenceHit::device).toList());
        OccurrenceHit sms = hits.get(0);
        assertFalse(sms.alternativeOnly());
        assertNull(sms.chosenKey());
        assertEquals(List.of(new Alternative("+33612345678", "region-fanout")), sms.alternatives());
        assertEquals("from", sms.partyRole());
        assertEquals("sms", sms.source().srcTable());
        assertEquals(21L, sms.source().srcRow());
    }

    @Test
    void perDeviceTheAddressBookComesBeforeTheCommunicationsInTimeOrder() throws Exception {
        List<String> roles = new ArrayList<>();
        for (OccurrenceHit h : hits("+5511987654321")) {
            roles.add(h.device() + " " + h.role() + " " + h.name());
        }
        assertEquals(List.of("A-phone call null", "B-phone contact Boss", "B-phone call Tio", "B-phone mms null"), roles);
    }

    @Test
    void theSearchReportsValuesFoundNowhere() throws Exception {
        KeyResolver resolver = KeyResolver.forCase(db, "FR");
        List<ResolvedValue> notFound = new Search(db, resolver).run(List.of("06 12 34 56 78", "+44 20 7946 0000"),
                new Search.Listener() {
                    @Override
                    public void begin(ResolvedValue value) {
                    }

                    @Override
                    public void hit(OccurrenceHit hit) {
                    }

                    @Override
                    public void end(ResolvedValue value, long hits) {
                    }
                });
        assertEquals(List.of("+44 20 7946 0000"), notFound.stream().map(ResolvedValue::input).toList());
    }

    private static List<OccurrenceHit> hits(String key) throws Exception {
        List<OccurrenceHit> hits = new ArrayList<>();
        new OccurrenceQuery(db).forEach(key, hits::add);
        return hits;
    }
}
