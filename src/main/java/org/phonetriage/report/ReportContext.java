package org.phonetriage.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the HTML report needs besides the data: which case, when it was written, by which tool
 * version, and the time zone the examiner wants times shown in (the data itself stays UTC).
 *
 * @param caseTitle   the case name or title shown at the top; null shows "Untitled case"
 * @param generatedAt when this report was written
 * @param zone        the display zone, named in the report next to every converted time
 * @param toolVersion the phonetriage version writing the report (may differ from the one that
 *                    computed a saved xref.json); null shows "unknown"
 */
public record ReportContext(String caseTitle, Instant generatedAt, ZoneId zone, String toolVersion) {

    public ReportContext {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** A context stamped with the current time, to the second. */
    public static ReportContext now(String caseTitle, ZoneId zone, String toolVersion) {
        return new ReportContext(caseTitle, Instant.now().truncatedTo(ChronoUnit.SECONDS), zone,
                toolVersion);
    }
}
