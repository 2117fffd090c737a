package org.phonetriage.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Loads sqlite-jdbc's native library from a copy kept in the user's cache. By default the driver
 * copies it out of the jar into the temporary folder at every start (and lists that folder to
 * delete older copies): about a tenth of a second of CPU, more of a quick command such as search
 * than its query. The copy is named after the driver's version and platform folder, so another
 * driver gets its own, and is written whole before it is given that name. Whatever fails here
 * (no home, a read-only cache, a copy that does not load) leaves the driver to its own way.
 */
public final class SqliteNativeLibrary {

    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Loads the driver's library from the cached copy, made first if missing; before any connection. */
    public static void load() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // the user chose a library
        }
        Path cache = cacheRoot();
        Path copy = cache == null ? null : cachedCopy(cache);
        if (copy == null) {
            return;
        }
        System.setProperty(PATH_PROPERTY, copy.getParent().toString());
        System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            // the driver tries again its own way when a connection is opened
        } finally {
            // read once, at load: the SQLCipher driver (its own class loader) must not take this library
            System.clearProperty(PATH_PROPERTY);
            System.clearProperty(NAME_PROPERTY);
        }
    }

    /**
     * The copy of the driver's library for this platform under {@code cacheRoot}, written there if
     * missing; null when the jar holds none for this platform or it cannot be written.
     */
    static Path cachedCopy(Path cacheRoot) {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path copy = cacheRoot.resolve(folder()).resolve(name);
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        // the driver's folder for this platform, asked only to make the copy (see folder())
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(copy.getParent());
            Path temp = Files.createTempFile(copy.getParent(), name, ".tmp");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The copy's folder: the driver's version, the system and the processor, as the JVM names them.
     * Not the driver's own platform folder: finding it (OSInfo) starts a {@code uname -o} process
     * and lists /proc/self/map_files at every start, a twentieth of a second or more, as much as a
     * search's query. A home shared by hosts of one processor with different C libraries (musl,
     * glibc) shares the copy; where it does not load, the driver loads its own as before.
     */
    private static String folder() {
        return ("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.name") + "-"
                + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** $XDG_CACHE_HOME/phonetriage, else ~/.cache/phonetriage; null without a home. */
    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "phonetriage");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "phonetriage");
    }
}
