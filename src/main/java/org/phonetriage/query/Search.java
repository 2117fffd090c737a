package org.phonetriage.query;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every place the values an examiner gives occur in a case: each value is read as ingest
 * would read it, and every key it may stand for is looked up. Results go to a {@link Listener}
 * as they come off the cursor.
 */
public final class Search {

    /** Receives one value's reading, then its occurrences key by key, then how many there were. */
    public interface Listener {
        void begin(ResolvedValue value) throws IOException;

        void hit(OccurrenceHit hit) throws IOException;

        void end(ResolvedValue value, long hits) throws IOException;
    }

    private final KeyResolver resolver;
    private final OccurrenceQuery occurrences;

    public Search(Connection db, KeyResolver resolver) {
        this.resolver = resolver;
        this.occurrences = new OccurrenceQuery(db);
    }

    /**
     * The same search, summarised per key and device ({@link SearchSummary}) from {@code summaries};
     * returns the values found nowhere.
     */
    public List<ResolvedValue> summarise(List<String> values, KeySummaryQuery summaries, SearchSummary summary)
            throws SQLException {
        List<ResolvedValue> notFound = new ArrayList<>();
        for (String value : values) {
            ResolvedValue resolved = resolver.resolve(value);
            summary.begin(resolved);
            long hits = 0;
            for (String key : resolved.keys()) {
                Map<String, KeyOnDevice> devices = summaries.summary(key);
                if (!devices.isEmpty()) {
                    summary.key(key, devices);
                    hits += devices.values().stream().mapToLong(d -> d.occurrences).sum();
                }
            }
            summary.end(resolved, hits);
            if (hits == 0) {
                notFound.add(resolved);
            }
        }
        return notFound;
    }

    /** Returns the values found nowhere in the case. */
    public List<ResolvedValue> run(List<String> values, Listener listener) throws SQLException, IOException {
        List<ResolvedValue> notFound = new ArrayList<>();
        for (String value : values) {
            ResolvedValue resolved = resolver.resolve(value);
            listener.begin(resolved);
            long hits = 0;
            for (String key : resolved.keys()) {
                hits += occurrences.forEach(key, listener::hit);
            }
            listener.end(resolved, hits);
            if (hits == 0) {
                notFound.add(resolved);
            }
        }
        return notFound;
    }
}
