package org.phonetriage.report;

import java.util.List;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.XrefReport.PersonName;
import org.phonetriage.xref.XrefReport.PersonProof;

/**
 * The report's first section on the network: the persons the evidence proves, each expandable to
 * its identifiers, the names phones saved them under, and the proof — with the ids of the links
 * that are no proof, which the examiner can reject. Every value from the evidence is escaped.
 */
final class PersonSectionHtml {

    /** Names shown per person before "and N more" (a boss may be saved under dozens). */
    static final int NAMES_LISTED = 8;

    private final Markup m;
    private final XrefReport report;

    PersonSectionHtml(Markup m, XrefReport report) {
        this.m = m;
        this.report = report;
    }

    void write() {
        m.raw("<section id=\"people\">\n<h2>Persons</h2>\n<p class=\"note\">Identifiers the evidence proves ")
                .raw("belong to one person: what a seized device or card calls its own, devices sharing an own ")
                .raw("identifier, a WhatsApp privacy id and its number. <span class=\"level-candidate\">Not proof")
                .raw("</span> marks a strong link (a phone and a SIM card it names) that the examiner can reject: ")
                .raw("<code>phonetriage persons --case case.db --examiner NAME reject ID</code>. Names are what ")
                .raw("each phone saved: aliases, not identity.</p>\n");
        if (NetworkSectionsHtml.failed(m, report, "persons")) {
            return;
        }
        if (report.persons().isEmpty()) {
            m.raw("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        m.raw("<div class=\"scroll\"><table>\n<thead><tr><th>Person</th><th>Identifiers</th><th>Devices</th>")
                .raw("<th>Saved as</th><th>Proof</th></tr></thead>\n<tbody>\n");
        for (Person p : report.persons()) {
            m.raw("<tr").attr("id", p.id()).raw("><td><code>").evidenceText(p.key()).raw("</code><br><span class=\"note\">")
                    .text(p.id()).raw(p.seized() ? "" : " \u2014 not seized");
            if (!p.regions().isEmpty()) {
                m.raw("<br>numbers of ").text(String.join(", ", p.regions()));
            }
            m.raw("</span></td><td><details><summary>")
                    .text(p.keys().size()).raw(p.keys().size() == 1 ? " identifier" : " identifiers")
                    .raw("</summary>");
            IdentifierTableHtml.codeList(m, p.keys(), "none");
            m.raw("</details></td><td>");
            IdentifierTableHtml.codeList(m, p.devices(), "none");
            m.raw("</td><td>");
            names(p.names());
            m.raw("</td><td><ul class=\"values\">");
            for (PersonProof proof : p.proofs()) {
                proof(proof);
            }
            m.raw("</ul></td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }

    private void names(List<PersonName> names) {
        if (names.isEmpty()) {
            m.raw("<span class=\"none\">none</span>");
            return;
        }
        m.raw("<ul class=\"values\">");
        for (PersonName n : names.subList(0, Math.min(NAMES_LISTED, names.size()))) {
            m.raw("<li>\u201c").evidenceText(n.name()).raw("\u201d on ").evidenceText(n.device()).raw("</li>");
        }
        if (names.size() > NAMES_LISTED) {
            m.raw("<li class=\"note\">and ").text(names.size() - NAMES_LISTED).raw(" more in xref.json</li>");
        }
        m.raw("</ul>");
    }

    private void proof(PersonProof proof) {
        m.raw("<li>").text(proof.rule());
        if (!proof.devices().isEmpty()) {
            m.raw(" (").evidenceText(String.join(", ", proof.devices())).raw(")");
        }
        if (!proof.proof()) {
            m.raw(" <span class=\"level-candidate\">not proof</span> <code>").text(proof.id()).raw("</code>");
        }
        if (proof.decision() != null) {
            m.raw(" \u2014 <strong>").text(proof.decision()).raw(" by the examiner</strong>");
        }
        m.raw("</li>");
    }
}
