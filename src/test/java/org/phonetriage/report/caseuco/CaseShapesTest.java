package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;

/** The patched shapes give what research A5.4 measured with case_validate's rules on the shared example. */
class CaseShapesTest {

    private static final Path MINIMAL = Path.of("../shared/realdata/minimal_mobile_case.jsonld");

    @Test
    void theMinimalMobileCaseConforms() {
        assumeTrue(Files.isRegularFile(MINIMAL), "shared example not present");
        Graph data = RDFParser.source(MINIMAL).lang(Lang.JSONLD).toGraph();
        assertEquals(List.of(), CaseShapes.problems(data).stream().map(ReportEntry::toString).toList());
    }

    @Test
    void aDurationWithUnitAndAWordForReadAreTwoViolations() throws Exception {
        assumeTrue(Files.isRegularFile(MINIMAL), "shared example not present");
        String broken = Files.readString(MINIMAL)
                .replace("\"uco-observable:duration\": 221", "\"uco-observable:duration\": \"221s\"")
                .replace("\"uco-observable:isRead\": true", "\"uco-observable:isRead\": \"yes\"");
        List<ReportEntry> problems = CaseShapes.problems(RDFParser.fromString(broken, Lang.JSONLD).toGraph());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(e -> e.severity() == Severity.Violation), problems.toString());
    }
}
