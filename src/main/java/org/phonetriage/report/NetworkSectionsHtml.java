package org.phonetriage.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.phonetriage.query.TimelineParty;
import org.phonetriage.query.TimelineRecord;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.CardEvidence;
import org.phonetriage.xref.XrefReport.CommonContacts;
import org.phonetriage.xref.XrefReport.Community;
import org.phonetriage.xref.XrefReport.KeyPlayer;
import org.phonetriage.xref.XrefReport.PersonCandidate;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * The report's sections on the network: key players (unseized ones marked as leads),
 * communities, common contacts, person candidates, service identifiers and the timeline of the
 * network's core conversations. Every value from the evidence is escaped by {@link Markup}.
 */
final class NetworkSectionsHtml {

    /**
     * Keys listed per device pair: 40 phones make 780 pairs, with hundreds of common contacts
     * each, which in full would be a DOM of a million elements.
     */
    static final int COMMON_CONTACTS_LISTED = 20;

    private final Markup m;
    private final XrefReport report;
    private final DisplayTime time;

    NetworkSectionsHtml(Markup m, XrefReport report, DisplayTime time) {
        this.m = m;
        this.report = report;
        this.time = time;
    }

    /**
     * When the analysis that fills a section failed, says so and closes the section: an empty
     * section would read as "nothing found". Returns whether it did.
     */
    static boolean failed(Markup m, XrefReport report, String analysis) {
        if (!report.failedAnalyses().contains(analysis)) {
            return false;
        }
        m.raw("<p class=\"none\">This analysis failed and is left out: see ")
                .raw("<a href=\"#problems\">Problems</a>.</p>\n</section>\n");
        return true;
    }

    void keyPlayers() {
        m.raw("<section id=\"key-players\">\n<h2>Key players</h2>\n");
        if (failed(m, report, "key_players")) {
            return;
        }
        if (report.keyPlayers().isEmpty()) {
            m.raw("<p class=\"none\">").text(HtmlReportWriter.KEY_PLAYERS_NOT_COMPUTED).raw("</p>\n</section>\n");
            return;
        }
        m.raw("<p class=\"note\">People ranked by their place in the communication network of all ")
                .raw("devices (the identifiers of one proven person, see Persons, count as one), by default ")
                .raw("by how much of the seized persons' calls and messages goes to each: every call and ")
                .raw("message was read on a seized phone, so the seized are seen with all their contacts and ")
                .raw("the unseized only through the seized, whose traffic is what the evidence shows alike of ")
                .raw("both. <strong class=\"lead\">Not seized</strong> marks someone no seized device ")
                .raw("belongs to: high on this list, an investigative lead; <em>Why</em> says what puts each ")
                .raw("there. Names are the aliases the phones gave, not proven identities.");
        report.keyPlayers().stream().map(KeyPlayer::estimate).filter(Objects::nonNull).findFirst()
                .ifPresent(e -> m.raw(" Scores are ").text(e).raw("."));
        m.raw("</p>\n<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr>")
                .raw("<th>Rank</th><th>Key</th><th>Saved as</th><th>Metric</th><th>Score</th><th>Seized</th>")
                .raw("<th>Devices</th><th>Counterparts</th><th>Calls + messages</th><th>Community</th>")
                .raw("<th>Why</th></tr></thead>\n<tbody>\n");
        for (KeyPlayer p : report.keyPlayers()) {
            m.raw(p.seized() ? "<tr>" : "<tr class=\"lead-row\">").tdNumber(p.rank()).raw("<td><code>")
                    .evidenceText(p.key()).raw("</code>");
            if (p.person() != null) {
                m.raw("<br><a").attr("href", "#" + p.person()).raw(">").text(p.person()).raw("</a>");
            }
            m.raw("</td><td>");
            IdentifierTableHtml.codeList(m, p.names(), "no saved name");
            m.raw("</td>").td(p.metric()).raw("<td class=\"num\">").text(plain(p.score())).raw("</td><td>")
                    .raw(p.seized() ? "yes" : "<strong class=\"lead\">not seized</strong>, reached by ")
                    .raw(p.seized() ? "" : p.seizedContacts() + " seized").raw("</td>")
                    .tdNumber(p.devices()).tdNumber(p.degree()).tdNumber(p.communications())
                    .raw("<td>").text(p.community() == null ? "" : "#" + p.community()).raw("</td>")
                    .td(p.reason() == null ? "" : p.reason()).raw("</tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }

    void communities() {
        m.raw("<section id=\"communities\">\n<h2>Communities</h2>\n<p class=\"note\">Groups of identifiers ")
                .raw("that communicate more among themselves than with the rest (greedy modularity over the ")
                .raw("identifiers seen on two or more devices).</p>\n");
        if (failed(m, report, "communities")) {
            return;
        }
        if (report.communities().isEmpty()) {
            m.raw("<p class=\"none\">No communities: too few identifiers communicate across devices.</p>\n")
                    .raw("</section>\n");
            return;
        }
        m.raw("<div class=\"scroll\"><table>\n<thead><tr><th>#</th><th>Seized devices</th><th>Members</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (Community c : report.communities()) {
            m.raw("<tr>").tdNumber(c.id()).raw("<td>");
            IdentifierTableHtml.codeList(m, c.seizedDevices(), "none");
            m.raw("</td><td>");
            IdentifierTableHtml.codeList(m, c.members(), "none");
            m.raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }

    void commonContacts() {
        m.raw("<section id=\"common-contacts\">\n<h2>Common contacts</h2>\n<p class=\"note\">Identifiers two ")
                .raw("seized devices both hold, besides their owners' own. A common contact is not a link ")
                .raw("between the two devices.</p>\n");
        if (failed(m, report, "common_contacts")) {
            return;
        }
        if (report.commonContacts().isEmpty()) {
            m.raw("<p class=\"none\">No two devices hold a common identifier.</p>\n</section>\n");
            return;
        }
        m.raw("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th>Devices</th><th>Count</th>")
                .raw("<th>Identifiers</th></tr></thead>\n<tbody>\n");
        for (CommonContacts c : report.commonContacts()) {
            m.raw("<tr><td>").evidenceText(String.join(" \u2194 ", c.devices())).raw("</td>")
                    .tdNumber(c.keys().size()).raw("<td><details><summary>show</summary>");
            IdentifierTableHtml.codeList(m, c.keys().subList(0, Math.min(COMMON_CONTACTS_LISTED, c.keys().size())),
                    "none");
            if (c.keys().size() > COMMON_CONTACTS_LISTED) {
                m.raw("<p class=\"note\">and ").text(c.keys().size() - COMMON_CONTACTS_LISTED)
                        .raw(" more: all are in <code>xref.json</code> (<code>common_contacts</code>).</p>");
            }
            m.raw("</details></td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }

    void personCandidates() {
        m.raw("<section id=\"persons\">\n<h2>Possibly one person</h2>\n<p class=\"note\">Identifiers saved ")
                .raw("together on one small contact card on two or more devices. <span class=\"level-candidate\">")
                .raw("candidate \u2014 unconfirmed</span>: proposed for the examiner, merged only when accepted ")
                .raw("(<code>phonetriage persons --case case.db --examiner NAME accept|reject ID</code>).</p>\n");
        if (failed(m, report, "person_candidates")) {
            return;
        }
        if (report.personCandidates().isEmpty()) {
            m.raw("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        m.raw("<div class=\"scroll\"><table>\n<thead><tr><th>Id</th><th>Identifiers</th><th>Cards</th></tr></thead>")
                .raw("\n<tbody>\n");
        for (PersonCandidate p : report.personCandidates()) {
            m.raw("<tr><td><code>").text(p.id()).raw("</code>");
            if (p.decision() != null) {
                m.raw("<br><strong>").text(p.decision()).raw(" by the examiner</strong>");
            }
            m.raw("</td><td>");
            IdentifierTableHtml.codeList(m, p.keys(), "none");
            m.raw("</td><td><ul class=\"values\">");
            for (CardEvidence c : p.cards()) {
                m.raw("<li>").evidenceText(c.device()).raw(": saved as \u201c").evidenceText(c.name())
                        .raw("\u201d</li>");
            }
            m.raw("</ul></td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }

    void serviceIdentifiers() {
        m.raw("<section id=\"services\">\n<h2>Service identifiers</h2>\n<p class=\"note\">Short codes, sender ")
                .raw("names, service codes and toll-free numbers on two or more devices: context, not people, ")
                .raw("so kept apart.</p>\n");
        if (report.serviceIdentifiers().isEmpty()) {
            m.raw("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        m.raw("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th>Key</th><th>Type</th>")
                .raw("<th>Devices</th></tr></thead>\n<tbody>\n");
        for (SharedIdentifier s : report.serviceIdentifiers()) {
            m.raw("<tr><td><code>").evidenceText(s.key()).raw("</code></td>").td(s.type()).raw("<td>");
            IdentifierTableHtml.codeList(m, s.devices().stream().map(XrefReport.IdentifierOnDevice::label).toList(),
                    "none");
            m.raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }

    /**
     * @param rows      the communications of the network's core, in time order, at most a bound
     * @param truncated true when more exist (all of them are in csv/timeline.csv)
     */
    void timeline(List<TimelineRecord> rows, boolean truncated) {
        m.raw("<section id=\"timeline\">\n<h2>Timeline</h2>\n<p class=\"note\">Calls and messages of all ")
                .raw("devices that involve a device link or a key player, in time order. A call logged on two ")
                .raw("phones appears once per phone. Every call and message of the case is in ")
                .raw("<code>csv/timeline.csv</code>.</p>\n");
        if (rows.isEmpty()) {
            m.raw("<p class=\"none\">No such communications.</p>\n</section>\n");
            return;
        }
        if (truncated) {
            m.raw("<p class=\"note\"><strong>Only the first ").text(rows.size())
                    .raw(" are shown here.</strong></p>\n");
        }
        Map<String, String> owners = new HashMap<>();
        report.devices().stream().filter(d -> d.networkKey() != null && !d.networkKey().startsWith("device:"))
                .forEach(d -> owners.put(d.label(), d.networkKey()));
        m.raw("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th>Time (").text(time.zone().getId())
                .raw(")</th><th>Device (owner)</th><th>Kind</th><th>Direction</th><th>Parties</th>")
                .raw("<th>Duration (s)</th><th>Text</th></tr></thead>\n<tbody>\n");
        for (TimelineRecord r : rows) {
            m.raw("<tr><td>");
            IdentifierTableHtml.time(m, time, r.timeUtc());
            m.raw("</td><td>").evidenceText(r.device());
            if (owners.containsKey(r.device())) {
                m.raw("<br><span class=\"muted\">owner <code>").evidenceText(owners.get(r.device()))
                        .raw("</code></span>");
            }
            m.raw("</td>").td(r.kind()).td(r.direction()).raw("<td>");
            for (TimelineParty p : r.parties()) {
                if (p.own()) {
                    continue;
                }
                m.raw("<div><code>").evidenceText(p.key() == null ? p.raw() : p.key()).raw("</code>");
                if (p.name() != null && !p.name().isBlank()) {
                    m.raw(" saved as \u201c").evidenceText(p.name()).raw("\u201d");
                }
                m.raw("</div>");
            }
            m.raw("</td>");
            if (r.durationS() == null) {
                m.raw("<td></td>");
            } else {
                m.tdNumber(r.durationS());
            }
            m.raw("<td>").evidenceText(r.body() == null ? "" : r.body()).raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
    }

    /** 0.0001 rather than 1.0E-4: scores are read by people and sorted as plain numbers. */
    static String plain(double score) {
        return Double.isFinite(score) ? BigDecimal.valueOf(score).stripTrailingZeros().toPlainString()
                : String.valueOf(score);
    }
}
