package org.phonetriage.report;

import org.phonetriage.query.TimelineCsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.report.caseuco.CaseUcoExport;
import org.phonetriage.report.export.GexfExport;
import org.phonetriage.report.export.GraphMlExport;
import org.phonetriage.report.export.I2Export;
import org.phonetriage.report.export.Neo4jExport;

/** Where each output format of {@link CaseOutputs} lands in the output folder (a folder ends with /). */
public final class OutputNames {

    private OutputNames() {
    }

    /** The file or folder of a format as {@code report --format} names it. */
    public static String of(String format) {
        return switch (format) {
            case "json" -> XrefJsonWriter.FILE_NAME;
            case "html" -> HtmlReportWriter.FILE_NAME;
            case "csv" -> CsvWriter.FOLDER + "/";
            case "graphml" -> GraphMlExport.FILE_NAME;
            case "gexf" -> GexfExport.FILE_NAME;
            case "i2" -> I2Export.FOLDER + "/";
            case "neo4j" -> Neo4jExport.FOLDER + "/";
            case "case" -> CaseUcoExport.FILE_NAME;
            case "occurrences" -> CsvWriter.FOLDER + "/" + CaseOutputs.OCCURRENCES_FILE;
            case "timeline" -> CsvWriter.FOLDER + "/" + TimelineCsv.FILE_NAME;
            default -> throw new IllegalArgumentException("unknown output format " + format);
        };
    }

    /**
     * The outputs a run wrote into {@code dir}, in the order of {@link CaseOutputs#FORMATS}: each
     * format asked for but those its {@code problems} say were not written.
     */
    public static List<String> written(Path dir, Collection<String> formats, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (String format : CaseOutputs.FORMATS) {
            boolean failed = problems.stream().anyMatch(p -> p.code() == ProblemCode.OUTPUT_FAILED
                    && p.evidence().equals("output " + format));
            if (formats.contains(format) && !failed) {
                out.add(dir.resolve(of(format)) + (of(format).endsWith("/") ? "/" : ""));
            }
        }
        return out;
    }
}
