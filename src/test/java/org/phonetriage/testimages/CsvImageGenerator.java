package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Writes D09-csv/ and its map D09-csv.map.yaml: Lucas' second line ("Curro", +34 698 13 57 24) as
 * the operator handed it over — call records as a semicolon-separated CSV with Spanish column
 * names, day-first local times and Spanish call types — and the contact list exported from its
 * Google account as a UTF-8 CSV with a byte-order mark. The map says how the columns read.
 */
final class CsvImageGenerator {

    static final String LABEL = "D09-csv";

    private CsvImageGenerator() {
    }

    /** Writes the image under out and returns its README section. */
    static String generate(Path out) throws IOException {
        Path root = out.resolve(LABEL);
        Packager.deleteRecursively(root);
        Files.createDirectories(root);
        write(root.resolve("llamadas_698135724.csv"), """
                Fecha;Tipo;Número;Duración;Celda
                11/03/2024 20:05:00;Saliente;0055 11 98765 4321;00:04:12;214-01-1201
                12/03/2024 07:30:00;Entrante;612345678;00:00:55;214-01-1201
                12/03/2024 07:45:00;Perdida;+351 912 345 678;0;214-01-1207
                13/03/2024 25:10:00;Saliente;722418809;00:01:00;214-01-1201
                """, false);
        write(root.resolve("contactos.csv"), """
                Name,Given Name,Phone 1 - Value,Phone 2 - Value,E-mail 1 - Value
                Jefe,Jefe,+55 11 98765-4321,,
                "Diego, Madrid",Diego,612 34 56 78,+34 612 345 678,diego.moura.d02@example.com
                Lucas (yo),Lucas,722 41 88 09,,
                """, true);
        Files.writeString(out.resolve(LABEL + ".map.yaml"), """
                # --map for D09-csv: how the operator's and Google's CSV columns read
                csv:
                  - files: "llamadas_*.csv"
                    record: call
                    delimiter: ";"
                    time_format: "dd/MM/yyyy HH:mm:ss"
                    zone: Europe/Madrid
                    columns: {time: Fecha, direction: Tipo, number: Número, duration: Duración}
                    values:
                      direction: {Saliente: outgoing, Entrante: incoming, Perdida: missed}
                  - files: "contactos.csv"
                    record: contact
                    columns:
                      name: Name
                      phone: [Phone 1 - Value, Phone 2 - Value]
                      email: E-mail 1 - Value
                """, StandardCharsets.UTF_8);
        return """

                ## D09-csv — CSV exports read through a column map

                Made by `CsvImageGenerator` (run by `scripts/make-test-images`). `D09-csv/` is Lucas' second
                line ("Curro", +34 698 13 57 24) as handed over in CSV: `llamadas_698135724.csv`, the
                operator's call records (`;`-separated, Spanish headers and call types, day-first times in
                Madrid time; one row's time, `13/03/2024 25:10:00`, is impossible and must stay raw), and
                `contactos.csv`, a Google contacts export (UTF-8 with a byte-order mark, a quoted name with a
                comma, two phone columns). `D09-csv.map.yaml` is the `--map` that says how the columns read:
                `scripts/phonetriage triage test-images/D09-csv --map test-images/D09-csv.map.yaml --out …`.
                """;
    }

    private static void write(Path file, String text, boolean bom) throws IOException {
        Files.writeString(file, (bom ? "\uFEFF" : "") + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Packager.MTIME));
    }
}
