package org.phonetriage.evidence;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "ab": an Android backup's header and data stream (decoded as EvidenceOpener does, with
 * a password to try so the encrypted header is read too), read to its end. Strict property: the tar
 * stream, or an IOException/EvidenceException with a message. Not survivable otherwise: ingest catches
 * only EvidenceException around opening an item, so anything unchecked stops the whole triage.
 */
class AndroidBackupFuzzTest {

    private static final Path ITEM = Path.of("fuzz.ab");

    @FuzzTest
    void backup(byte[] ab) {
        try (InputStream tar = AndroidBackup.decode(new ByteArrayInputStream(ab), ITEM, List.of("phonetriage-demo"))) {
            tar.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | EvidenceException e) {
            ParserFuzzing.documented(e);
        }
    }
}
