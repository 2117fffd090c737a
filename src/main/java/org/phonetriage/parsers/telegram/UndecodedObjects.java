package org.phonetriage.parsers.telegram;

import java.util.Map;
import java.util.TreeMap;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sqlite.SqliteDefinitionRunner;

/**
 * The objects of one database a decoder could not read, counted by reason, and said once at the
 * end: a layer this version does not know is a problem of the file, never a crash or a silence.
 */
public final class UndecodedObjects {

    private final String what;
    private final String consequence;
    private final SqliteDefinitionRunner.Source source;
    private final RecordSink sink;
    private final Map<String, Integer> reasons = new TreeMap<>();
    private int total;

    /**
     * @param what        the objects, plural ("users")
     * @param consequence what became of them ("left out")
     */
    public UndecodedObjects(String what, String consequence, SqliteDefinitionRunner.Source source, RecordSink sink) {
        this.what = what;
        this.consequence = consequence;
        this.source = source;
        this.sink = sink;
    }

    public void add(String reason) {
        total++;
        reasons.merge(reason, 1, Integer::sum);
    }

    public void report() {
        if (total == 0) {
            return;
        }
        String first = reasons.entrySet().iterator().next().getKey();
        sink.problem(new Problem(source.evidenceLabel(), source.path(), total + " " + what
                + " could not be decoded (" + first
                + (reasons.size() > 1 ? "; and " + (reasons.size() - 1) + " other reasons" : "") + "): "
                + consequence,
                ProblemCode.CONTENT_NOT_READ));
    }
}
