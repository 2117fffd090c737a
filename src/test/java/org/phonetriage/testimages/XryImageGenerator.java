package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Writes D07-xry/: Marcos' phone (the Paris courier, +33 7 56 98 31 42) as an MSAB XRY text export,
 * one UTF-16LE file per report type, in the layout Autopsy's XRY processor documents: a 5-line
 * header with the report type on line 3, then records separated by blank lines, "Key:	Value"
 * lines, and "From"/"To" lines scoping the keys after them. Only line 3 of the header is relied
 * on; the other four lines here are placeholders, as no public sample shows them.
 */
final class XryImageGenerator {

    static final String LABEL = "D07-xry";

    private XryImageGenerator() {
    }

    /** Writes the image under out and returns its README section. */
    static String generate(Path out) throws IOException {
        Path root = out.resolve(LABEL);
        Packager.deleteRecursively(root);
        Files.createDirectories(root);
        write(root.resolve("Device - General Information.txt"), "Device/General Information", List.of(
                "General Information #\t1\nAttribute:\tMobile ID (IMEI)\nData:\t356789104567894",
                "General Information #\t2\nAttribute:\tSubscriber ID (IMSI)\nData:\t208150123456789",
                "General Information #\t3\nAttribute:\tModel\nData:\tiPhone 12"));
        write(root.resolve("Calls.txt"), "Calls", List.of(
                "Calls #\t1\nCall Type:\tDialed\nTime:\t3/10/2024 9:15:00 PM (Device)\nDuration:\t00:02:10\nTo\n"
                        + "Tel:\t06 12 34 56 78\nName (Matched):\tRafa",
                "Calls #\t2\nCall Type:\tMissed\nTime:\t3/11/2024 7:05:00 AM (Network)\nFrom\nTel:\t+55 11 98765-4321",
                "Calls #\t3\nCall Type:\tReceived\nTime:\t3/11/2024 8:00:00 AM (Device)\nDuration:\t00:00:45\nFrom\n"
                        + "Tel:\t0034612345678\nName (Matched):\tDiego Madrid"));
        write(root.resolve("Contacts - Contacts.txt"), "Contacts/Contacts", List.of(
                "Contacts #\t1\nName:\tRafa\nTel:\t06 12 34 56 78\nStorage:\tPhone",
                "Contacts #\t2\nName:\tDiego Madrid\nMobile:\t+34 612 34 56 78\nEmail:\tdiego.moura.d02@example.com",
                "Contacts #\t3\nName:\tO Velho\nTel:\t+55 11 98765-4321\nNote:\tnão ligar de dia"));
        write(root.resolve("Messages - SMS.txt"), "Messages/SMS", List.of(
                "Messages #\t1\nText:\tA encomenda chega sexta.\nNote: confirmar com o Diego\nDirection:\tIncoming\n"
                        + "Time:\t3/12/2024 10:00:00 AM (Network)\nStatus:\tRead\nFrom\nTel:\t+33612345678\n"
                        + "Service Center:\t+33689004000",
                "Messages #\t2\nText:\tEntrega feita, tudo certo. O dinheiro fica com o Lu\nDirection:\tOutgoing\n"
                        + "Time:\t3/12/2024 6:30:00 PM (Device)\nTo\nTel:\t+5511987654321\nReference Number:\t17\n"
                        + "Segment Number:\t1\nSegments:\t2",
                "Messages #\t3\nText:\tcas até segunda.\nDirection:\tOutgoing\nTime:\t3/12/2024 6:30:00 PM (Device)\n"
                        + "To\nTel:\t+5511987654321\nReference Number:\t17\nSegment Number:\t2\nSegments:\t2"));
        return """

                ## D07-xry — an MSAB XRY text export

                Made by `XryImageGenerator` (run by `scripts/make-test-images`). `D07-xry/` is Marcos'
                phone (the Paris courier, +33 7 56 98 31 42) exported by XRY as text: four UTF-16LE files
                with a byte-order mark, each a 5-line header (the report type on line 3; the other header
                lines are placeholders, as no public sample shows them) and records separated by blank lines.
                - `Device - General Information.txt`: IMEI `356789104567894`, IMSI `208150123456789`, Model.
                - `Calls.txt`: dialed to `06 12 34 56 78` (Rafa, 130 s), missed from `+55 11 98765-4321`,
                  received from `0034612345678` (Diego, 45 s); times carry "(Device)"/"(Network)" and no zone.
                - `Contacts - Contacts.txt`: Rafa, Diego Madrid (with an e-mail), "O Velho" (the boss) with
                  a `Note:` key the parser does not read.
                - `Messages - SMS.txt`: one from Rafa whose text runs over two lines (the second reads
                  `Note: …`), and one to the boss that XRY split into two segments (reference number 17),
                  to be joined into one message.
                """;
    }

    private static void write(Path file, String reportType, List<String> records) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        // a 5-line header: only its third line (the report type) is relied on
        text.append("XRY text export\r\n").append("Case D07\r\n").append(reportType).append("\r\n")
                .append("Exhibit: Marcos\r\n").append("\r\n");
        for (String record : records) {
            text.append(record.replace("\n", "\r\n")).append("\r\n\r\n");
        }
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_16LE));
        Files.setLastModifiedTime(file, FileTime.from(Packager.MTIME));
    }
}
