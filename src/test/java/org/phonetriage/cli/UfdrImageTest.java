package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed Cellebrite UFDR test-images/D06-ufdr.ufdr (a Zip64 zip; see test-images/README.md)
 * triaged with the two Android phones whose owners Lucas knows.
 */
class UfdrImageTest {

    @TempDir
    static Path tmp;
    private static BadInputTest.Run run;

    @BeforeAll
    static void triage() {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D02-android.zip", "test-images/D03-android", "test-images/D06-ufdr.ufdr"));
    }

    @Test
    void theUfdrIsAPhoneWithItsOwnIdentifiersAndLinks() throws Exception {
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertEquals(List.of("+34722418809", "iccid:89340123456789012341", "imei:353918051234561",
                "imsi:214011234567890", "telegram:777000222"), column("SELECT DISTINCT i.key FROM owner_identifiers ow"
                + " JOIN identifiers i ON i.id = ow.identifier_id JOIN devices d ON d.id = ow.device_id"
                + " WHERE d.label = 'D06-ufdr' ORDER BY i.key"));
        assertEquals(List.of("D02-android|D06-ufdr|communication", "D03-android|D06-ufdr|communication"),
                links());
        assertEquals(List.of("zip"), column("SELECT format FROM evidence_items i JOIN devices d ON d.id = i.device_id"
                + " WHERE d.label = 'D06-ufdr'"));
    }

    @Test
    void appsKeepTheirOwnContactsCallsAndMessages() throws Exception {
        assertEquals(List.of("contact|4", "telegram-contact|1", "whatsapp-contact|1"),
                column("SELECT role || '|' || count(*) FROM occurrence_details o JOIN devices d ON d.id = o.device_id"
                        + " WHERE d.label = 'D06-ufdr' AND o.record_table = 'contacts' GROUP BY role ORDER BY role"));
        assertEquals(List.of("cellular|outgoing|95", "cellular|missed|0", "whatsapp-call|incoming|312"),
                column("SELECT kind || '|' || direction || '|' || duration_s FROM calls c JOIN devices d"
                        + " ON d.id = c.device_id WHERE d.label = 'D06-ufdr' ORDER BY c.id"));
        assertEquals(List.of("telegram|2", "whatsapp|3", "sms|3"), column("SELECT kind || '|' || count(*) FROM messages m"
                + " JOIN devices d ON d.id = m.device_id WHERE d.label = 'D06-ufdr' GROUP BY kind ORDER BY min(m.id) DESC"));
    }

    @Test
    void deletedRecordsAndBrokenXmlAreSaid() throws Exception {
        assertEquals(List.of("Zé furgo"), column("SELECT name FROM contacts c JOIN devices d ON d.id = c.device_id"
                + " WHERE d.label = 'D06-ufdr' AND deleted = 1"));
        assertEquals(1, column("SELECT body FROM messages WHERE src_table LIKE 'SMS id=% (deleted)'"
                + " AND body LIKE 'Movistar%' AND deleted = 1").size(), "deleted_state=Deleted is kept as data");
        assertEquals(List.of("1"), column("SELECT count(*) FROM messages WHERE deleted = 1"));
        assertEquals(List.of("Carga pronta, sai amanhã&#x1;"),
                column("SELECT body FROM messages WHERE body LIKE 'Carga%'"));
        assertTrue(run.err().contains("D06-ufdr: report.xml: 1 models of types phonetriage does not read are not in"
                + " the case (they stay in the report): Location 1"), run.err());
        assertEquals(2, column("SELECT f.path FROM evidence_files f JOIN evidence_items i ON i.id = f.item_id"
                + " JOIN devices d ON d.id = i.device_id WHERE d.label = 'D06-ufdr'").size(),
                "report.xml and the tagged file are both listed");
    }

    @Test
    void theReportsOtherDeviceInfoIsKeptAsFacts() throws Exception {
        assertEquals(List.of("DeviceInfoDetectedModel|Samsung SM-A525F Galaxy A52", "Installed applications (1)|Telegram"),
                column("SELECT f.name || '|' || f.value FROM device_facts f JOIN devices d ON d.id = f.device_id"
                        + " WHERE d.label = 'D06-ufdr' ORDER BY f.id"));
    }

    /** The device links of xref.json that involve the UFDR. */
    private static List<String> links() throws Exception {
        List<String> links = new java.util.ArrayList<>();
        for (JsonNode link : new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile()).get("device_links")) {
            String pair = link.get("devices").get(0).asText() + "|" + link.get("devices").get(1).asText();
            if (pair.contains("D06-ufdr")) {
                links.add(pair + "|" + link.get("relation").asText());
            }
        }
        return links;
    }

    private static List<String> column(String sql) throws Exception {
        return CaseQuery.column(tmp.resolve("out/case.db"), sql);
    }
}
