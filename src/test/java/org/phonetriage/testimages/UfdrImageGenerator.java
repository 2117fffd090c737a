package org.phonetriage.testimages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes D06-ufdr.ufdr: Lucas' phone (+34 722 41 88 09, the Madrid–Lisbon driver, not one of the
 * three seized Android phones' owners) as a Cellebrite UFDR — a Zip64 zip holding report.xml and
 * one tagged file. The report holds what PA writes and what breaks naive readers: Device Info
 * from a SIM extraction, a phone-book contact, WhatsApp and Telegram contacts, a cellular and a
 * WhatsApp call, SMS (one deleted, one with a character reference XML 1.0 forbids), a WhatsApp
 * chat whose messages name the owner by IsPhoneOwner, a Telegram chat addressed by user id, the
 * WhatsApp account, and model types the tool does not read (Location, InstalledApplication).
 */
final class UfdrImageGenerator {

    static final String LABEL = "D06-ufdr";
    static final String BOSS_JID = "5511987654321@s.whatsapp.net";
    static final String OWNER_JID = "34722418809@s.whatsapp.net";
    static final String TELEGRAM_BOSS = "777000111";
    static final String TELEGRAM_OWNER = "777000222";

    private int ids;

    private UfdrImageGenerator() {
    }

    /** Writes the image under out and returns its README section. */
    static String generate(Path out, Path staging) throws IOException {
        Path report = staging.resolve("report.xml");
        try (OutputStream o = Files.newOutputStream(report); UfedXmlWriter w = new UfedXmlWriter(o)) {
            new UfdrImageGenerator().write(w);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        Path ufdr = out.resolve(LABEL + ".ufdr");
        Files.deleteIfExists(ufdr);
        long dosMidnight = LocalDateTime.of(2024, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(ufdr)) {
            zip.setUseZip64(Zip64Mode.Always); // as PA writes UFDRs that outgrow 4 GB
            zip.setMethod(ZipArchiveEntry.STORED); // stored: the committed hash must not depend on zlib
            for (String[] entry : new String[][] {{"report.xml", null}, {"files/Text/notes.txt", "ponto 14h\n"}}) {
                ZipArchiveEntry e = new ZipArchiveEntry(entry[0]);
                e.setTime(dosMidnight);
                zip.putArchiveEntry(e);
                if (entry[1] == null) {
                    Files.copy(report, zip);
                } else {
                    zip.write(entry[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                zip.closeArchiveEntry();
            }
            zip.finish();
        }
        return """

                ## D06-ufdr — a Cellebrite UFDR

                Made by `UfdrImageGenerator` (run by `scripts/make-test-images`). `D06-ufdr.ufdr` is
                Lucas' phone (the Madrid–Lisbon driver, +34 722 41 88 09), seized in Spain and extracted
                with Cellebrite: a **Zip64** zip holding `report.xml` (namespace
                `http://pa.cellebrite.com/report/2.0`) and `files/Text/notes.txt`.
                - Device Info: IMEI `353918051234561`, and from the SIM extraction ICCID
                  `89340123456789012341`, IMSI `214011234567890`, MSISDN `722 41 88 09` (national form).
                - Contacts: "Jefe" `(11) 98765-4321` (the boss, without +55), "Diego" `612 34 56 78`,
                  "Thiago Lisboa" `00351 912 345 678`, "Zé furgo" `+351936402718` (deleted); a WhatsApp
                  contact "Patrão" `5511987654321@s.whatsapp.net`; a Telegram contact with user id
                  `777000111`.
                - Calls: outgoing to `+34612345678` (Diego, 95 s), missed from `+5511987654321`, a
                  WhatsApp call from the boss's JID (Direction Incoming, Status Established, 312 s).
                - SMS: from `+351912345678` (Thiago), sent to `612345678` (Diego), a deleted one from
                  `Movistar`; one body holds `&#x1;`, which XML 1.0 forbids.
                - Chats: WhatsApp with the boss (3 messages, the owner is `IsPhoneOwner`, one message names
                  no recipient); Telegram with user id `777000111` (2 messages, owner id `777000222`).
                - The WhatsApp account `34722418809@s.whatsapp.net`; an InstalledApplication (Telegram),
                  kept as a device fact; a Location model, which phonetriage does not read and lists as a
                  problem.
                """;
    }

    private String id() {
        return String.format("00000000-0000-4000-8000-%012d", ++ids);
    }

    private void write(UfedXmlWriter w) throws XMLStreamException {
        w.startProject("6f1b0a9e-0000-4000-8000-d06000000000", "D06 Lucas", "7.60.0.114", "FileSystem");
        w.raw().writeStartElement("sourceExtractions");
        w.extraction("0", "File System", "FileSystem", "SM-A525F");
        w.extraction("1", "SIM", "SIM", "SIM");
        w.end();
        w.startMetadata("Device Info");
        w.item("DeviceInfoDetectedModel", "0", "Samsung SM-A525F Galaxy A52");
        w.item("IMEI", "0", "353918051234561");
        w.item("DeviceInfoOwnerName", "0", "Lucas");
        w.item("ICCID", "1", "89340123456789012341");
        w.item("IMSI", "1", "214011234567890");
        w.item("MSISDN", "1", "722 41 88 09");
        w.end();
        w.raw().writeStartElement("decodedData");
        contacts(w);
        calls(w);
        sms(w);
        chats(w);
        account(w);
        w.startModelType("Location");
        w.startModel("Location", id(), false);
        w.time("TimeStamp", "2024-03-12T06:40:00");
        w.end();
        w.end();
        w.startModelType("InstalledApplication");
        w.startModel("InstalledApplication", id(), false);
        w.field("Name", "String", "Telegram");
        w.end();
        w.end();
        w.end();
    }

    private void contacts(UfedXmlWriter w) throws XMLStreamException {
        w.startModelType("Contact");
        contact(w, "Phone", "Jefe", false, "PhoneNumber", "Mobile", "(11) 98765-4321");
        contact(w, "Phone", "Diego", false, "PhoneNumber", "Mobile", "612 34 56 78");
        contact(w, "Phone", "Thiago Lisboa", false, "PhoneNumber", "Mobile", "00351 912 345 678");
        contact(w, "Phone", "Zé furgo", true, "PhoneNumber", "Mobile", "+351936402718");
        contact(w, "WhatsApp", "Patrão", false, "UserID", "WhatsApp", BOSS_JID);
        contact(w, "Telegram", "Patrão TG", false, "UserID", "Telegram Id", TELEGRAM_BOSS);
        w.end();
    }

    private void contact(UfedXmlWriter w, String source, String name, boolean deleted, String entryType,
                         String category, String value) throws XMLStreamException {
        w.startModel("Contact", id(), deleted);
        w.field("Source", "String", source.equals("Phone") ? null : source);
        w.field("Name", "String", name);
        w.startModelField("Entries", "ContactEntry", true);
        w.entry(entryType, id(), category, value);
        w.end();
        w.end();
    }

    private void calls(UfedXmlWriter w) throws XMLStreamException {
        w.startModelType("Call");
        call(w, null, "Outgoing", "Established", "2024-03-11T19:02:00", "00:01:35", "+34612345678", "Diego");
        call(w, null, "Incoming", "Missed", "2024-03-11T21:15:00", "00:00:00", "+5511987654321", "Jefe");
        call(w, "WhatsApp", "Incoming", "Established", "2024-03-12T00:30:00", "00:05:12", BOSS_JID, "Patrão");
        w.end();
    }

    private void call(UfedXmlWriter w, String source, String direction, String status, String time, String duration,
                      String other, String name) throws XMLStreamException {
        w.startModel("Call", id(), false);
        w.field("Source", "String", source);
        w.field("Direction", "ModelDirections", direction);
        w.field("Status", "TelephonyCallStatus", status);
        w.time("TimeStamp", time);
        w.field("Duration", "TimeSpan", duration);
        w.startModelField("Parties", "Party", true);
        w.party(id(), other, direction.equals("Outgoing") ? "To" : "From", name, false);
        w.party(id(), source == null ? "+34722418809" : OWNER_JID, direction.equals("Outgoing") ? "From" : "To",
                null, true);
        w.end();
        w.end();
    }

    private void sms(UfedXmlWriter w) throws XMLStreamException {
        w.startModelType("SMS");
        sms(w, "Inbox", "2024-03-11T08:10:00", "Carga pronta, sai amanhã", "+351912345678", "From", false);
        sms(w, "Sent", "2024-03-11T08:20:00", "Ok, chego 22h", "612345678", "To", false);
        sms(w, "Inbox", "2024-03-10T10:00:00", "Movistar: saldo 5,00 EUR", "Movistar", "From", true);
        w.end();
    }

    private void sms(UfedXmlWriter w, String folder, String time, String body, String party, String role,
                     boolean deleted) throws XMLStreamException {
        w.startModel("SMS", id(), deleted);
        w.field("Folder", "String", folder);
        w.time("TimeStamp", time);
        if (role.equals("From") && !deleted) {
            // the body breaks XML 1.0 with a control character reference, as PA writes them
            w.raw().writeStartElement("field");
            w.raw().writeAttribute("name", "Body");
            w.raw().writeAttribute("type", "String");
            w.raw().writeStartElement("value");
            w.raw().writeAttribute("type", "String");
            w.raw().writeCharacters(body);
            w.raw().writeEntityRef("#x1");
            w.end();
            w.end();
        } else {
            w.field("Body", "String", body);
        }
        w.field("SMSC", "String", role.equals("From") ? "+34607003110" : null);
        w.startModelField("Parties", "Party", true);
        w.party(id(), party, role, null, false);
        w.end();
        w.end();
    }

    private void chats(UfedXmlWriter w) throws XMLStreamException {
        w.startModelType("Chat");
        w.startModel("Chat", id(), false);
        w.field("Source", "String", "WhatsApp");
        w.field("Id", "String", BOSS_JID);
        w.startModelField("Participants", "Party", true);
        w.party(id(), OWNER_JID, "General", "Lucas", true);
        w.party(id(), BOSS_JID, "General", "Patrão", false);
        w.end();
        w.startModelField("Messages", "InstantMessage", true);
        message(w, "WhatsApp", "2024-03-12T00:20:00", "Amanhã 6h no posto", BOSS_JID, OWNER_JID, false);
        message(w, "WhatsApp", "2024-03-12T00:21:00", "Beleza chefe", OWNER_JID, BOSS_JID, true);
        message(w, "WhatsApp", "2024-03-12T00:40:00", "Liga quando sair", BOSS_JID, null, false);
        w.end();
        w.end();
        w.startModel("Chat", id(), false);
        w.field("Source", "String", "Telegram");
        w.field("Id", "String", TELEGRAM_BOSS);
        w.startModelField("Participants", "Party", true);
        w.party(id(), TELEGRAM_OWNER, "General", "Lucas", true);
        w.party(id(), TELEGRAM_BOSS, "General", "Patrão TG", false);
        w.end();
        w.startModelField("Messages", "InstantMessage", true);
        message(w, "Telegram", "2024-03-12T01:00:00", "Apaga o WhatsApp", TELEGRAM_BOSS, TELEGRAM_OWNER, false);
        message(w, "Telegram", "2024-03-12T01:01:00", "Feito", TELEGRAM_OWNER, TELEGRAM_BOSS, true);
        w.end();
        w.end();
        w.end();
    }

    private void message(UfedXmlWriter w, String source, String time, String body, String from, String to,
                         boolean fromOwner) throws XMLStreamException {
        w.startModel("InstantMessage", id(), false);
        w.field("Source", "String", source);
        w.startModelField("From", "Party", false);
        w.party(id(), from, "From", null, fromOwner);
        w.end();
        if (to != null) {
            w.startModelField("To", "Party", true);
            w.party(id(), to, "To", null, !fromOwner);
            w.end();
        }
        w.field("Body", "String", body);
        w.time("TimeStamp", time);
        w.end();
    }

    private void account(UfedXmlWriter w) throws XMLStreamException {
        w.startModelType("UserAccount");
        w.startModel("UserAccount", id(), false);
        w.field("Source", "String", "WhatsApp");
        w.field("Name", "String", "Lucas");
        w.startModelField("Entries", "ContactEntry", true);
        w.entry("PhoneNumber", id(), "Phone", "+34 722 41 88 09");
        w.entry("UserID", id(), "WhatsApp User Id", OWNER_JID);
        w.end();
        w.end();
        w.end();
    }
}
