package org.phonetriage.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

    @TempDir
    Path tmp;

    @Test
    void copiesTheDriversLibraryOnceWholeAndNamedAfterItsVersion() throws IOException {
        Path copy = SqliteNativeLibrary.cachedCopy(tmp);
        assertNotNull(copy);
        String folder = copy.getParent().getFileName().toString();
        assertEquals(true, folder.startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()), folder);
        assertEquals(true, folder.endsWith("-" + System.getProperty("os.arch").replaceAll("[^A-Za-z0-9._-]", "-")), folder);
        byte[] expected;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            expected = in.readAllBytes();
        }
        assertArrayEquals(expected, Files.readAllBytes(copy));
        try (var left = Files.list(copy.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
        // a later start finds it and writes nothing
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(copy, SqliteNativeLibrary.cachedCopy(tmp));
        assertEquals(0, Files.getLastModifiedTime(copy).toMillis());
    }

    @Test
    void aCacheThatCannotBeWrittenGivesNoCopy() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        assertNull(SqliteNativeLibrary.cachedCopy(file));
    }
}
