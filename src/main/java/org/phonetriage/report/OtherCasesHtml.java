package org.phonetriage.report;

import org.phonetriage.xref.OtherCases;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.OtherCase;
import org.phonetriage.xref.XrefReport.OtherCaseDevice;
import org.phonetriage.xref.XrefReport.OtherCaseHit;

/**
 * report.html's "Other cases" section: this case's identifiers that a case repository holds in
 * other cases, one row per identifier, case and device. Shown only when a repository was asked
 * (there are hits, or the lookup failed): a number shared with another case is often the best lead.
 */
final class OtherCasesHtml {

    private final Markup m;
    private final XrefReport report;
    private final DisplayTime time;

    OtherCasesHtml(Markup m, XrefReport report, DisplayTime time) {
        this.m = m;
        this.report = report;
        this.time = time;
    }

    void write() {
        boolean failed = report.failedAnalyses().contains(OtherCases.ANALYSIS);
        if (report.otherCases().isEmpty() && !failed) {
            return;
        }
        m.raw("<section id=\"other-cases\">\n<h2>Other cases</h2>\n<p class=\"note\">Identifiers of this case ")
                .raw("that the case repository holds in other cases, with the devices there.</p>\n");
        if (NetworkSectionsHtml.failed(m, report, OtherCases.ANALYSIS)) {
            return;
        }
        m.raw("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th>Identifier</th><th>Case</th>")
                .raw("<th>Device</th><th>Level</th><th>Roles</th><th>Occurrences</th><th>First seen</th>")
                .raw("<th>Last seen</th></tr></thead>\n<tbody>\n");
        for (OtherCaseHit hit : report.otherCases()) {
            for (OtherCase c : hit.cases()) {
                for (OtherCaseDevice d : c.devices()) {
                    m.raw("<tr><td><code>").evidenceText(hit.key()).raw("</code></td>").td(c.name()).raw("<td>")
                            .evidenceText(d.label()).raw("</td><td>");
                    IdentifierTableHtml.level(m, d.level());
                    m.raw("</td><td>");
                    IdentifierTableHtml.codeList(m, d.roles(), "none");
                    m.raw("</td>").tdNumber(d.occurrences()).raw("<td>");
                    IdentifierTableHtml.time(m, time, d.firstSeen());
                    m.raw("</td><td>");
                    IdentifierTableHtml.time(m, time, d.lastSeen());
                    m.raw("</td></tr>\n");
                }
            }
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }
}
