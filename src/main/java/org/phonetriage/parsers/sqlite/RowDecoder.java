package org.phonetriage.parsers.sqlite;

import java.util.List;
import java.util.Map;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.RecordSink;

/**
 * Code for the part of a definition SQL cannot do: an app that keeps its records as serialised
 * objects in a BLOB column (Telegram's TL objects). The definition still names the tables, the
 * fingerprint and the query; its {@code decoder} turns each group of rows (one {@code record_id})
 * into records. Found through {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.phonetriage.parsers.sqlite.RowDecoder}.
 */
public interface RowDecoder {

    /** The name a definition's {@code decoder:} gives. */
    String name();

    /** One run over one database: a decoder counts what it could not decode and says so at the end. */
    Run start(SqliteDefinitionRunner.Source source, RecordSink sink);

    interface Run {

        /** The rows of one record (BLOBs stay bytes); records and problems go to the run's sink. */
        void rows(List<Map<String, Object>> rows, Provenance provenance);

        /** After the last group: a summary problem for what could not be decoded, if anything. */
        default void finish() {
        }
    }

    /** The decoder of that name, or null. */
    static RowDecoder named(String name) {
        for (RowDecoder d : java.util.ServiceLoader.load(RowDecoder.class)) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
