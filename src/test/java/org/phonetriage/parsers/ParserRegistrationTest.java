package org.phonetriage.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code parser of the parser tree is registered in META-INF/services: a parser class that is
 * compiled but not listed would silently read nothing. The tree's compiled classes are scanned for
 * {@link FileParser} implementations and compared with what {@link ServiceLoader} finds.
 */
class ParserRegistrationTest {

    /** Parsers built from the examiner's options, never found through the service file. */
    private static final Set<String> MADE_FROM_OPTIONS = Set.of("org.phonetriage.parsers.csv.MappedCsvParser");

    @Test
    void everyCodeParserIsRegistered() throws IOException, URISyntaxException {
        Set<String> compiled = compiledParsers();
        Set<String> registered = new TreeSet<>();
        ServiceLoader.load(FileParser.class).stream().forEach(p -> registered.add(p.type().getName()));
        assertTrue(compiled.size() >= 10, "the scan found the parsers: " + compiled);
        Set<String> expected = new TreeSet<>(compiled);
        expected.removeAll(MADE_FROM_OPTIONS);
        assertEquals(expected, registered,
                "code parsers not in META-INF/services/org.phonetriage.parsers.FileParser (or listed but gone)");
        assertTrue(compiled.containsAll(MADE_FROM_OPTIONS), "the option-made parsers still exist");
    }

    /** Concrete FileParser classes compiled under org/phonetriage/parsers (the main classes folder). */
    private static Set<String> compiledParsers() throws IOException, URISyntaxException {
        Path root = Path.of(FileParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path tree = root.resolve("org/phonetriage/parsers");
        Set<String> found = new TreeSet<>();
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(tree)) {
            classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : classes) {
            String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                    .replaceFirst("\\.class$", "");
            Class<?> c;
            try {
                c = Class.forName(name, false, FileParser.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("cannot load " + name, e);
            }
            if (FileParser.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())
                    && !c.isAnonymousClass() && !c.isLocalClass()) {
                found.add(c.getName());
            }
        }
        return found;
    }
}
