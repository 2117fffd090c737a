package org.phonetriage.ingest;

import java.nio.file.Path;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.sqlite.SqliteDefinition;
import org.phonetriage.parsers.sqlite.SqliteSchema;
import org.phonetriage.recovery.SqliteRecovery;

/** The parser runs an ingest schedules: a definition on a staged database, or a code parser on a file. */
final class ParseJobs {

    private ParseJobs() {
    }

    /** One parser to run on one file. */
    sealed interface Job permits SqliteJob, FileJob {
        EvidenceEntry entry();

        ParserDescriptor parser();

        String yields();
    }

    /** A database matched to a definition that will read it, staged in the work folder. */
    record SqliteJob(EvidenceEntry entry, long fileId, Path staged, String sha256, SqliteSchema schema,
                     SqliteDefinition definition, SqliteRecovery.Scan recovered) implements Job {
        public ParserDescriptor parser() {
            return definition.descriptor();
        }

        public String yields() {
            return definition.record();
        }
    }

    /** A file a code parser reads straight from the evidence (hashed as it is read). */
    record FileJob(EvidenceEntry entry, FileParser fileParser, String type) implements Job {
        public ParserDescriptor parser() {
            return fileParser.descriptor();
        }

        public String yields() {
            return fileParser.yields();
        }
    }
}
