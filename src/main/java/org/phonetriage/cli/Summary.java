package org.phonetriage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.ingest.EvidenceIngest;
import org.phonetriage.progress.ScreenText;
import org.phonetriage.progress.StageTimes;
import org.phonetriage.report.OutputNames;
import org.phonetriage.report.UnreadFiles;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.DeviceSummary;

/** The short table printed at the end of a triage (labels {@link ScreenText fitted} to the DEVICE column). */
final class Summary {

    private Summary() {
    }

    static void print(PrintWriter out, XrefReport xref, List<EvidenceIngest.Result> results,
                      List<UnreadFiles.Device> unread, Path dir, List<String> formats,
                      List<StageTimes.Stage> stages) {
        Map<String, Integer> problems = new HashMap<>();
        results.forEach(r -> problems.merge(r.label(), r.problems(), Integer::sum));
        String row = "%-" + ScreenText.LABEL_WIDTH + "s %-12s %-18s %9s %9s %9s %11s %8s%n";
        out.println();
        out.printf(row, "DEVICE", "PLATFORM", "REGION (BASIS)", "CONTACTS", "CALLS", "MESSAGES", "IDENTIFIERS",
                "PROBLEMS");
        for (DeviceSummary d : xref.devices()) {
            String region = d.homeRegion() == null ? "? (" + d.regionBasis() + ")"
                    : d.homeRegion() + " (" + d.regionBasis() + ")";
            String label = d.complete() ? d.label() : d.label() + " (incomplete)";
            out.printf(row, ScreenText.label(label), d.platform(), region, d.counts().contacts(), d.counts().calls(),
                    d.counts().messages(), d.counts().identifiers(), problems.getOrDefault(d.label(), 0));
        }
        long strong = xref.deviceLinks().stream().filter(l -> "strong".equals(l.level())).count();
        out.printf("%n%d shared/owner identifiers, %d device links (%d strong, %d candidate), %d problem(s).%n",
                xref.identifiers().size(), xref.deviceLinks().size(), strong, xref.deviceLinks().size() - strong,
                problems.values().stream().mapToInt(Integer::intValue).sum());
        unread.stream().filter(u -> !u.isEmpty())
                .forEach(u -> out.println(u.label() + ": " + u.describe() + " \u2014 see report.html / csv/unread.csv"));
        if (!stages.isEmpty()) {
            String stageRow = "%-28s %9s %13s%n";
            out.println();
            out.printf(stageRow, "STAGE", "SECONDS", "ROWS");
            for (StageTimes.Stage s : stages) {
                out.printf(stageRow, s.name(), String.format("%.1f", s.seconds()),
                        s.rows() < 0 ? "" : String.format("%,d", s.rows()));
            }
        }
        List<String> names = new ArrayList<>(List.of("case.db"));
        formats.forEach(f -> names.add(OutputNames.of(f)));
        names.add("manifest.json");
        out.println("Outputs in " + dir + ": " + String.join(", ", names));
    }
}
