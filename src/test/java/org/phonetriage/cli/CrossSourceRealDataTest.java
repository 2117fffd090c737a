package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * INVENTORY §5: the same people across real iOS and Android images. "This Is DFIR Two"
 * (+1 919 888 7386) is in Josh Hickman's iPhone address book as "(919) 888-7386", in its WhatsApp
 * chats as a JID, and in the Android image's Viber contacts and calls; Liz (+1 919 208 4530) is in
 * both address books. The iPhone's address book alone has no SIM, so its national numbers are read
 * with the examiner's region: a candidate, never a certainty.
 */
class CrossSourceRealDataTest {

    @TempDir
    Path tmp;

    @Test
    void thePeopleOfTheIosAndAndroidImagesMeet() throws Exception {
        String ileapp = "abrignoni__iLEAPP/admin/test/cases/data/";
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--region", "US",
                "--label", "josh-addressbook", "--label", "josh-whatsapp", "--label", "plaso-android",
                RealData.path(ileapp + "addressBook/testdata.addressBook.addressBook.josh_ios15_ffs.zip").toString(),
                RealData.path(ileapp + "whatsApp/testdata.whatsApp.whatsAppMessages.josh_ios15_ffs.zip").toString(),
                RealData.path("log2timeline__plaso/test_data/android").toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
        assertEquals(List.of("josh-addressbook candidate This Is DFIR Two", "josh-whatsapp strong -",
                "plaso-android strong This Is DFIR Two"), onDevices(xref, "+19198887386"));
        assertEquals(List.of("josh-addressbook strong Liz", "plaso-android strong Liz"), onDevices(xref, "+19192084530"));
    }

    private static List<String> onDevices(JsonNode xref, String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode i : xref.get("identifiers")) {
            if (i.get("key").asText().equals(key)) {
                i.get("devices").forEach(d -> out.add(d.get("label").asText() + " " + d.get("level").asText() + " "
                        + (d.get("names").isEmpty() ? "-" : d.get("names").get(0).asText())));
            }
        }
        return out;
    }
}
