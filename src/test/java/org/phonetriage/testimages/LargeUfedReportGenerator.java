package org.phonetriage.testimages;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.io.output.CountingOutputStream;

/**
 * Writes a large Cellebrite-style report.xml for the speed and memory benchmark (scripts/bench-ufdr):
 * Device Info, then models in turn — a contact, a call, an SMS, and every tenth turn a WhatsApp
 * chat of 50 messages — until the file reaches the requested size. Deterministic (fixed seed).
 * Not committed: a 1 GB file is made on demand.
 *
 * <p>Usage: {@code LargeUfedReportGenerator OUT_FILE [MEGABYTES]} (default 1024).
 */
public final class LargeUfedReportGenerator {

    private final Random random = new Random(2026);
    private long ids;
    private long models;

    private LargeUfedReportGenerator() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        Path out = Path.of(args[0]);
        long target = (args.length > 1 ? Long.parseLong(args[1]) : 1024) * 1024 * 1024;
        LargeUfedReportGenerator g = new LargeUfedReportGenerator();
        try (CountingOutputStream counted = new CountingOutputStream(new BufferedOutputStream(
                Files.newOutputStream(out), 1 << 16))) {
            g.write(counted, target);
            System.out.printf("%s: %,d bytes, %,d models (nested included)%n", out, counted.getByteCount(), g.models);
        }
    }

    private void write(CountingOutputStream counted, long target) throws XMLStreamException, IOException {
        UfedXmlWriter w = new UfedXmlWriter(counted);
        w.startProject("00000000-0000-4000-8000-000000000000", "bench", "7.60.0.114", "FileSystem");
        w.startMetadata("Device Info");
        w.item("IMEI", "0", "353918051234561");
        w.item("MSISDN", "0", "+34722418809");
        w.end();
        w.raw().writeStartElement("decodedData");
        w.startModelType("Mixed");
        OutputStream flushable = counted;
        for (long turn = 0; counted.getByteCount() < target; turn++) {
            contact(w);
            call(w);
            sms(w);
            if (turn % 10 == 0) {
                chat(w);
            }
            if (turn % 1000 == 0) {
                w.raw().flush();
                flushable.flush();
            }
        }
        w.end();
        w.end();
        w.close();
    }

    private String id() {
        models++;
        return String.format("00000000-0000-4000-8000-%012d", ++ids);
    }

    private String number() {
        return String.format("+3461%07d", random.nextInt(10_000_000));
    }

    private String time() {
        return String.format("2024-03-%02dT%02d:%02d:%02d", 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(60), random.nextInt(60));
    }

    private void contact(UfedXmlWriter w) throws XMLStreamException {
        w.startModel("Contact", id(), random.nextInt(20) == 0);
        w.field("Source", "String", null);
        w.field("Name", "String", "Contacto " + random.nextInt(100_000));
        w.startModelField("Entries", "ContactEntry", true);
        w.entry("PhoneNumber", id(), "Mobile", number());
        w.end();
        w.end();
    }

    private void call(UfedXmlWriter w) throws XMLStreamException {
        w.startModel("Call", id(), false);
        w.field("Source", "String", null);
        w.field("Direction", "ModelDirections", random.nextBoolean() ? "Incoming" : "Outgoing");
        w.field("Status", "TelephonyCallStatus", "Established");
        w.time("TimeStamp", time());
        w.field("Duration", "TimeSpan", String.format("00:%02d:%02d", random.nextInt(60), random.nextInt(60)));
        w.startModelField("Parties", "Party", true);
        w.party(id(), number(), "To", null, false);
        w.end();
        w.end();
    }

    private void sms(UfedXmlWriter w) throws XMLStreamException {
        w.startModel("SMS", id(), false);
        w.field("Folder", "String", "Inbox");
        w.time("TimeStamp", time());
        w.field("Body", "String", "Mensagem de teste número " + random.nextInt(1_000_000) + ", até amanhã.");
        w.startModelField("Parties", "Party", true);
        w.party(id(), number(), "From", null, false);
        w.end();
        w.end();
    }

    private void chat(UfedXmlWriter w) throws XMLStreamException {
        String other = number().substring(1) + "@s.whatsapp.net";
        w.startModel("Chat", id(), false);
        w.field("Source", "String", "WhatsApp");
        w.field("Id", "String", other);
        w.startModelField("Participants", "Party", true);
        w.party(id(), "34722418809@s.whatsapp.net", "General", null, true);
        w.party(id(), other, "General", null, false);
        w.end();
        w.startModelField("Messages", "InstantMessage", true);
        for (int i = 0; i < 50; i++) {
            boolean mine = random.nextBoolean();
            w.startModel("InstantMessage", id(), false);
            w.field("Source", "String", "WhatsApp");
            w.startModelField("From", "Party", false);
            w.party(id(), mine ? "34722418809@s.whatsapp.net" : other, "From", null, mine);
            w.end();
            w.field("Body", "String", "msg " + random.nextInt(1_000_000));
            w.time("TimeStamp", time());
            w.end();
        }
        w.end();
        w.end();
    }
}
