package org.phonetriage.parsers.csv;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The examiner's column mapping for CSV exports ({@code --map FILE}, YAML; README "CSV exports"):
 * which files are which kind of record, and which column holds what. Checked when loaded, so a
 * mistake is a usage error naming the entry, never a silent empty parse.
 */
public record CsvMap(@JsonProperty("csv") List<Entry> entries) {

    static final Set<String> RECORDS = Set.of("contact", "call", "message");
    static final Set<String> COLUMNS = Set.of("name", "phone", "email", "number", "time", "duration", "direction",
            "body", "from", "to", "kind");

    /**
     * One kind of file.
     *
     * @param files      a glob on the file's name, case-insensitive ("*contacts*.csv")
     * @param record     contact, call or message
     * @param delimiter  the separator; null guesses it from the header line
     * @param encoding   the charset (a byte-order mark wins); null for UTF-8
     * @param timeFormat a java.time pattern for the time column; null for ISO-8601
     * @param zone       the zone of times written without one; null reads them as UTC and says so
     * @param columns    field → column name(s): name, phone, email, number, time, duration, direction,
     *                   body, from, to, kind
     * @param values     field → (the export's word → phonetriage's word), e.g. direction
     */
    public record Entry(String files, String record, String delimiter, String encoding,
                        @JsonProperty("time_format") String timeFormat, String zone,
                        Map<String, Object> columns, Map<String, Map<String, String>> values) {

        boolean matches(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            try {
                return nameGlob(files).matches(Path.of(name));
            } catch (InvalidPathException e) {
                return false; // a name no file system can hold (a NUL from an archive entry) matches no glob
            }
        }

        /** The column names of a field (one, or a list), or an empty list. */
        List<String> columns(String field) {
            Object c = columns.get(field);
            if (c == null) {
                return List.of();
            }
            return c instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(c));
        }

        /** The export's word for a field mapped to phonetriage's, else the word lower-cased. */
        String value(String field, String word) {
            if (word == null) {
                return null;
            }
            Map<String, String> words = values == null ? null : values.get(field);
            if (words != null) {
                for (Map.Entry<String, String> e : words.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(word.strip())) {
                        return e.getValue();
                    }
                }
            }
            return word.strip().toLowerCase(Locale.ROOT);
        }

        /**
         * The glob as a matcher of file names. A run of stars is one star here (a name holds no '/'):
         * the JDK turns each star into its own regex group, and a run of them backtracks exponentially.
         */
        static PathMatcher nameGlob(String files) {
            StringBuilder glob = new StringBuilder(files.length());
            for (int i = 0; i < files.length(); i++) {
                char c = files.charAt(i);
                if (c == '\\' && i + 1 < files.length()) {
                    glob.append(c).append(files.charAt(++i));
                } else if (c != '*' || glob.isEmpty() || glob.charAt(glob.length() - 1) != '*' || escaped(glob)) {
                    glob.append(c);
                }
            }
            return FileSystems.getDefault().getPathMatcher("glob:" + glob.toString().toLowerCase(Locale.ROOT));
        }

        /** Whether the builder's last character was written escaped (an odd run of backslashes before it). */
        private static boolean escaped(StringBuilder glob) {
            int slashes = 0;
            for (int i = glob.length() - 2; i >= 0 && glob.charAt(i) == '\\'; i--) {
                slashes++;
            }
            return slashes % 2 == 1;
        }

        void check(int index) {
            String where = "csv entry " + (index + 1) + (files == null ? "" : " (" + files + ")");
            if (files == null || files.isBlank()) {
                throw new IllegalArgumentException(where + ": \"files\" (a glob on the file name) is missing");
            }
            if (record == null || !RECORDS.contains(record)) {
                throw new IllegalArgumentException(where + ": \"record\" must be one of " + RECORDS);
            }
            if (columns == null || columns.isEmpty()) {
                throw new IllegalArgumentException(where + ": \"columns\" is missing");
            }
            for (String field : columns.keySet()) {
                if (!COLUMNS.contains(field)) {
                    throw new IllegalArgumentException(where + ": unknown field \"" + field + "\" (fields: "
                            + COLUMNS + ")");
                }
            }
            try {
                nameGlob(files);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": \"files\" is not a valid glob (" + e.getDescription()
                        + " at character " + (e.getIndex() + 1) + ")", e);
            }
            try {
                if (timeFormat != null) {
                    DateTimeFormatter.ofPattern(timeFormat);
                }
                if (zone != null) {
                    ZoneId.of(zone);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
    }

    /** Reads and checks a map file; the message of the exception names the file and the mistake. */
    public static CsvMap load(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        CsvMap map;
        try {
            map = yaml.readValue(file.toFile(), CsvMap.class);
        } catch (JsonMappingException e) {
            throw new IOException(file + ": " + e.getOriginalMessage(), e);
        }
        if (map == null || map.entries() == null || map.entries().isEmpty()) {
            throw new IOException(file + ": no \"csv:\" entries");
        }
        try {
            for (int i = 0; i < map.entries().size(); i++) {
                map.entries().get(i).check(i);
            }
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return map;
    }

    /** The first entry for a file, or null. */
    Entry entryFor(String path) {
        return entries.stream().filter(e -> e.matches(path)).findFirst().orElse(null);
    }
}
