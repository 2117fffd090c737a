package org.phonetriage.parsers.sqlite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The catalogue of SQLite parser definitions: the YAML files under {@code parsers/} (packaged
 * into the jar under the same name), loaded and checked once.
 */
public final class SqliteDefinitions {

    private static final String ROOT = "parsers";
    private static final Set<String> RECORDS = Set.of("call", "contact", "message", "sim", "own");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final List<SqliteDefinition> all;

    private SqliteDefinitions(List<SqliteDefinition> all) {
        this.all = List.copyOf(all);
    }

    public List<SqliteDefinition> all() {
        return all;
    }

    /** The definitions shipped with phonetriage. */
    public static SqliteDefinitions builtIn() {
        URL root = SqliteDefinitions.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("no parser definitions on the class path (" + ROOT + "/)");
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return load(jar.getPath("/" + ROOT));
                }
            }
            return load(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parser definitions", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri).close();
        } catch (FileSystemNotFoundException ignored) {
            // not open yet: the usual case
        }
        return FileSystems.newFileSystem(uri, Map.of());
    }

    /** Loads every {@code *.yaml} below a folder; a broken definition is a build-time error. */
    public static SqliteDefinitions load(Path folder) throws IOException {
        List<SqliteDefinition> defs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    defs.add(check(YAML.readValue(in, SqliteDefinition.class), file));
                } catch (IOException e) {
                    throw new IOException("parser definition " + file + ": " + e.getMessage(), e);
                }
            }
        }
        defs.sort(Comparator.comparing(SqliteDefinition::id));
        for (int i = 1; i < defs.size(); i++) {
            if (defs.get(i).id().equals(defs.get(i - 1).id())) {
                throw new IOException("two parser definitions have the id " + defs.get(i).id());
            }
        }
        return new SqliteDefinitions(defs);
    }

    private static SqliteDefinition check(SqliteDefinition d, Path file) throws IOException {
        List<String> missing = new ArrayList<>();
        if (d.id() == null) missing.add("id");
        if (d.title() == null) missing.add("title");
        if (d.platform() == null) missing.add("platform");
        if (d.version() == null) missing.add("version");
        if (d.artifact() == null) missing.add("artifact");
        if (d.record() == null) missing.add("record");
        if (d.paths() == null || d.paths().isEmpty()) missing.add("paths");
        if (d.requires() == null || d.requires().isEmpty()) missing.add("requires");
        if (d.table() == null) missing.add("table");
        if (d.query() == null) missing.add("query");
        if (!missing.isEmpty()) {
            throw new IOException(file + ": missing " + String.join(", ", missing));
        }
        if (d.query().contains("${app}") && d.app() == null) {
            throw new IOException(file + ": the query names ${app} but the definition gives no app");
        }
        if (!RECORDS.contains(d.record())) {
            throw new IOException(file + ": record must be one of " + RECORDS + ", not " + d.record());
        }
        if (d.convert() != null) {
            for (String conversion : d.convert().values()) {
                if (!Conversions.names().contains(conversion)) {
                    throw new IOException(file + ": unknown conversion " + conversion);
                }
            }
        }
        if (d.decoder() != null && RowDecoder.named(d.decoder()) == null) {
            throw new IOException(file + ": unknown decoder " + d.decoder());
        }
        return d;
    }
}
