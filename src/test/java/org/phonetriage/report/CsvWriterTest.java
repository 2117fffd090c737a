package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

class CsvWriterTest {

    private final CsvWriter writer = new CsvWriter();

    @Test
    void emptyInputStillGetsEveryHeader(@TempDir Path out) throws IOException {
        Path csv = writer.write(SampleReports.empty(), List.of(), out);
        assertEquals(out.resolve("csv"), csv);
        assertEquals(List.of(String.join(",", CsvWriter.DEVICES_HEADER)), lines(csv, "devices.csv"));
        assertEquals(List.of("key,type,confidence,owner_of,device,level,rule,roles,occurrences,"
                + "names,raw,first_seen,last_seen"), lines(csv, "identifiers.csv"));
        assertEquals(List.of("device_a,device_b,level,via,calls,messages,contact_entries"),
                lines(csv, "links.csv"));
        assertEquals(List.of("evidence,path,reason,code,severity"), lines(csv, "problems.csv"));
    }

    @Test
    void oneIdentifierRowPerIdentifierAndDevice(@TempDir Path out) throws IOException {
        XrefReport report = SampleReports.full();
        Path csv = writer.write(report, SampleReports.problems(), out);
        int expected = report.identifiers().stream().mapToInt(i -> i.devices().size()).sum();
        List<String> rows = lines(csv, "identifiers.csv");
        assertEquals(1 + expected, rows.size());
        assertTrue(rows.get(1).startsWith("+5511987654321,phone,A,D05-iphone,D01-android,strong,"
                + "e164,contact | call | sms,34,"), rows.get(1));
        // The candidate row's raw "=1+1" comes from the phone, so it is formula-guarded.
        assertEquals("+5511987654321,phone,A,D05-iphone,D05-iphone,candidate,br-ninth-digit,call,2,"
                + ",'=1+1,,", rows.get(2));
        assertTrue(rows.get(3).contains(",\"Alice, \"\"the boss\"\"\","), rows.get(3));
    }

    @Test
    void identifierWithoutDevicesKeepsOneRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("identifiers.csv");
        writer.writeIdentifiers(List.of(new SharedIdentifier("+33612345678", "phone", "A",
                List.of("D01-android"), List.of())), file);
        assertEquals(List.of(String.join(",", CsvWriter.IDENTIFIERS_HEADER),
                "+33612345678,phone,A,D01-android,,,,,,,,,"), Files.readAllLines(file));
    }

    @Test
    void devicesLinksAndProblemsRows(@TempDir Path out) throws IOException {
        Path csv = writer.write(SampleReports.full(), SampleReports.problems(), out);
        List<String> devices = lines(csv, "devices.csv");
        assertEquals("D01-android,android,D01-android.tar,"
                + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,android-fs-tar,"
                + "FR,sim-mcc,+33612345678,120,3400,5600,410", devices.get(1));
        assertEquals("D05-iphone,ios,D05 iphone.zip," + "ab".repeat(32) + ",ios-ffs-zip,,unknown,,"
                + "0,1,2,3", devices.get(2));
        assertEquals(List.of(String.join(",", CsvWriter.LINKS_HEADER),
                "D01-android,D05-iphone,strong,+5511987654321,12,40,2"), lines(csv, "links.csv"));
        assertEquals("D01-android,data/data/com.whatsapp/databases/msgstore.db,database is encrypted (crypt14),"
                + "key-missing,warning", lines(csv, "problems.csv").get(1));
        assertEquals("D05-iphone,,archive truncated,item-unreadable,error", lines(csv, "problems.csv").get(2));
    }

    @Test
    void filesAreUtf8WithoutBomAndLfOnly(@TempDir Path out) throws IOException {
        Path csv = writer.write(SampleReports.full(), List.of(), out);
        byte[] bytes = Files.readAllBytes(csv.resolve("identifiers.csv"));
        assertArrayEquals("key,".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(bytes, 4));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("مدير 😀"));
        assertTrue(!text.contains("\r"));
    }

    private static List<String> lines(Path dir, String name) throws IOException {
        return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
