package org.phonetriage.parsers.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz targets "csv-map" (the examiner's --map YAML) and "csv" (a CSV file read through a map).
 * Strict property: a map with a mistake is an IOException naming it (the CLI's usage error), and a
 * mapped CSV gives records and problems or an IOException (see {@link ParserFuzzing}).
 */
class CsvMapFuzzTest {

    private static final Path D09 = Path.of("test-images/D09-csv");
    /** The committed example's map, plus a message entry so every record kind is read. */
    private static final String MAP = """
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
              - files: "sms*.csv"
                record: message
                columns: {time: time, from: from, to: to, body: body, direction: direction, kind: kind}
            """;
    private static final List<String> PATHS = List.of("llamadas_1.csv", "contactos.csv", "sms.csv");
    private static final Path WORK;
    private static final MappedCsvParser PARSER;
    private static final List<byte[]> SAMPLES;

    static {
        try {
            WORK = Files.createTempDirectory("fuzz-csv-map");
            WORK.toFile().deleteOnExit();
            Path map = Files.writeString(WORK.resolve("d09.map.yaml"), MAP);
            PARSER = new MappedCsvParser(CsvMap.load(map));
            SAMPLES = List.of(Files.readAllBytes(D09.resolve("llamadas_698135724.csv")),
                    Files.readAllBytes(D09.resolve("contactos.csv")),
                    "time,from,to,body,direction\n2024-03-11T19:05:00Z,+34612345678,,hola,incoming\n".getBytes());
            Files.delete(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A map from the fuzzer, loaded as --map loads it, then used on the example's files. */
    @FuzzTest
    void mapYaml(byte[] yaml) throws IOException {
        Path file = Files.write(WORK.resolve("map.yaml"), yaml);
        CsvMap map;
        try {
            map = CsvMap.load(file);
        } catch (IOException mistake) {
            ParserFuzzing.documented(mistake);
            return;
        }
        MappedCsvParser parser = new MappedCsvParser(map);
        for (int i = 0; i < PATHS.size(); i++) {
            if (parser.accepts(PATHS.get(i), null)) {
                ParserFuzzing.parse(parser, SAMPLES.get(i), PATHS.get(i));
            }
        }
    }

    /** A CSV from the fuzzer, read through the example's map; its first byte picks the entry. */
    @FuzzTest
    void mappedCsv(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] csv = java.util.Arrays.copyOfRange(input, 1, input.length);
        ParserFuzzing.parse(PARSER, csv, PATHS.get((input[0] & 0xFF) % PATHS.size()));
    }
}
