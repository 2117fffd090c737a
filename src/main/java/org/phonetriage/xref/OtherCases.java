package org.phonetriage.xref;

import java.sql.Connection;
import java.util.List;
import org.phonetriage.xref.XrefReport.OtherCaseHit;

/**
 * Where the identifiers of a case are looked up in other cases (a case repository); its hits
 * become xref.json's {@code other_cases}. It runs as the analysis {@link #ANALYSIS}: a repository
 * that cannot be reached is a failed analysis, and every other output is still written.
 */
@FunctionalInterface
public interface OtherCases {

    String ANALYSIS = "other_cases";

    /** No repository: no hits, and nothing run. */
    OtherCases NONE = db -> List.of();

    List<OtherCaseHit> find(Connection caseDb) throws Exception;

    /** The report with the hits, the lookup a step of {@code analyses}. */
    static XrefReport addTo(XrefReport xref, Connection caseDb, OtherCases lookup, AnalysisRunner analyses) {
        if (lookup == NONE) {
            return xref;
        }
        List<OtherCaseHit> hits = analyses.run(ANALYSIS, List.of(), () -> lookup.find(caseDb));
        return xref.withOtherCases(hits, analyses.failed());
    }
}
