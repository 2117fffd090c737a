package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * A phone's own WhatsApp number (its shared preferences) makes it the owner of the chats another
 * phone holds with that number: the real Italian thesis msgstore.db on one side, a phone whose
 * WhatsApp is registered to its counterpart on the other.
 */
class WhatsAppOwnerTest {

    @TempDir
    Path tmp;

    @Test
    void theRegisteredNumberIsAnOwnerAndLinksTheTwoPhones() throws Exception {
        Path italian = Files.createDirectories(tmp.resolve("IT-phone/data/data/com.whatsapp/databases"));
        RealData.copyDatabase("Er-Simon__Sqlite3-restore-deleted-records/msgstore.db", italian);
        Path prefs = Files.createDirectories(tmp.resolve("counterpart/data/data/com.whatsapp/shared_prefs"));
        Files.writeString(prefs.resolve("com.whatsapp_preferences_light.xml"), """
                <?xml version='1.0' encoding='utf-8' standalone='yes' ?>
                <map>
                    <string name="registration_jid">393482606211</string>
                    <string name="cc">39</string>
                    <string name="ph">3482606211</string>
                    <string name="push_name">Tizio</string>
                </map>
                """);
        Path broken = Files.createDirectories(tmp.resolve("broken/data/data/com.whatsapp/shared_prefs"));
        Files.writeString(broken.resolve("com.whatsapp_preferences.xml"), "<map><string name=\"cc\">39");
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--region", "IT",
                tmp.resolve("IT-phone").toString(), tmp.resolve("counterpart").toString(), tmp.resolve("broken").toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("problem: broken: data/data/com.whatsapp/shared_prefs/com.whatsapp_preferences.xml:"
                + " failed while reading with android.whatsapp.preferences"), run.err());
        JsonNode xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
        JsonNode counterpart = xref.get("devices").get(2);
        assertEquals("counterpart", counterpart.get("label").asText(), "devices are sorted by label");
        assertEquals("+393482606211", counterpart.get("owner_identifiers").get(0).get("key").asText());
        assertEquals("IT", counterpart.get("home_region").asText());
        assertEquals("own-number", counterpart.get("region_basis").asText());
        JsonNode link = xref.get("device_links").get(0);
        assertEquals("[\"IT-phone\",\"counterpart\"]", link.get("devices").toString());
        assertEquals(9, link.get("messages").asInt(), "the chat's messages: ids 9-14, 16, 17, 19");
        assertEquals("strong", link.get("level").asText());
    }
}
