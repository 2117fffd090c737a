package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * The phone's own normalised form of a number, where it is another number than the raw value
 * reads as: both stay, ours as the occurrence's key, the phone's as a candidate saying so
 * (INVENTORY §1.2 andriller's call log, §1.3 plaso's Viber database).
 */
class PhoneNormalizedFormTest {

    private static final String SQL = "SELECT key || ' ' || rule || ' ' || level || ' ' || raw FROM occurrence_details"
            + " WHERE record_table = '%s' ORDER BY id";

    @TempDir
    Path tmp;

    @Test
    void theCallLogsNormalisedNumberThatIsAnotherNumberIsACandidate() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--label", "andriller",
                RealData.path("den4uk__andriller/tests/data").toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        // number +441234567890, normalized_number +48608654276 (a Polish mobile)
        assertEquals(List.of("+441234567890 e164 strong +441234567890",
                "+48608654276 alternative:device-normalized candidate +441234567890"), column(out, "calls"));
        assertEquals(List.of("the phone normalised it as +48608654276; the raw value reads as +441234567890"),
                CaseQuery.column(out.resolve("case.db"), "SELECT reason FROM readings WHERE rule LIKE '%device-normalized'"));
        assertEquals(List.of("+441234567890"), CaseQuery.column(out.resolve("case.db"),
                "SELECT DISTINCT a.key FROM occurrence_details a JOIN occurrence_details b ON a.record_id = b.record_id"
                        + " AND a.record_table = b.record_table WHERE b.key = '+48608654276' AND a.rule = 'e164'"));
    }

    @Test
    void vibersE164BesideANumberWithoutItsRegion() throws Exception {
        // Viber's address book alone: no SIM, no call country, so a national number has no valid reading
        // of our own; Viber's data2 says which number it took it for.
        Path phone = Files.createDirectories(tmp.resolve("viber/data/data/com.viber.voip/databases"));
        Files.copy(RealData.path("log2timeline__plaso/test_data/android/viber_data"), phone.resolve("viber_data"));
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                tmp.resolve("viber").toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(List.of(
                "invalid:9195790479 no-region candidate 9195790479",
                "+19195790479 alternative:device-normalized candidate 9195790479",
                "invalid:9193912507 no-region candidate 9193912507",
                "+19193912507 alternative:device-normalized candidate 9193912507",
                "+19192084530 e164 strong +19192084530",
                "invalid:9198887386 no-region candidate 9198887386",
                "+19198887386 alternative:device-normalized candidate 9198887386",
                "invalid:9198027080 no-region candidate 9198027080",
                "+19198027080 alternative:device-normalized candidate 9198027080"), column(out, "contacts"));
        // read with the examiner's region, the same numbers agree with Viber's: nothing more is added
        Path us = tmp.resolve("us");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("triage", "--out", us.toString(), "--region", "US",
                tmp.resolve("viber").toString())).exit());
        assertEquals(List.of("+19195790479", "+19193912507", "+19192084530", "+19198887386", "+19198027080"),
                CaseQuery.column(us.resolve("case.db"), "SELECT key FROM occurrence_details WHERE record_table ="
                        + " 'contacts' ORDER BY id"));
    }

    private static List<String> column(Path out, String table) throws Exception {
        return CaseQuery.column(out.resolve("case.db"), SQL.formatted(table));
    }
}
