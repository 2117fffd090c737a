package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.cli.Main;

/** case.jsonld of the committed test images (facts in test-images/README.md), checked with Jena. */
class CaseUcoExportTest {

    private static final Pattern KB_IRI = Pattern.compile(Pattern.quote(CaseIri.KB)
            + "[A-Za-z]+-[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final String OBSERVABLE = UcoTerm.Ns.OBSERVABLE.iri;

    @TempDir
    static Path tmp;
    static Path out;
    static BadInputTest.Run run;
    static Graph graph;

    @BeforeAll
    static void triage() {
        out = tmp.resolve("demo");
        run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--format", "default,case",
                "test-images/D01-android.tar",
                "test-images/D02-android.zip", "test-images/D03-android"));
        graph = RDFParser.source(out.resolve(CaseUcoExport.FILE_NAME)).lang(Lang.JSONLD).toGraph();
    }

    @Test
    void triageWritesItAndItIsRdfWithTheCaseCounts() {
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(3, typed(UcoTerm.MOBILE_PHONE).size());
        assertEquals(21 + 19 + 20, typed(UcoTerm.CALL).size());
        assertEquals(13 + 10 + 14, typed(UcoTerm.SMS_MESSAGE).size());
        assertEquals(2 + 2 + 2, typed(UcoTerm.MESSAGE).size());
        assertEquals(11 + 10 + 11, typed(UcoTerm.CONTACT).size());
        assertEquals(2 + 3 * 4, typed(UcoTerm.FILE).size()); // the tar and the zip, and the 4 files parsed a phone
        assertEquals(1, typed(UcoTerm.DIRECTORY).size());
        assertEquals(3 + 18, typed(UcoTerm.INVESTIGATIVE_ACTION).size()); // an ingest and 6 parser runs a phone
        assertEquals(1, typed(UcoTerm.INVESTIGATION).size());
    }

    @Test
    void simCardsCarryTheIccidsAndOwnerNumbersArePhoneAccounts() {
        assertEquals(Set.of("89330124030001234569", "89340724030006543215", "89351012403009876544"),
                values(UcoTerm.ICCID));
        Set<String> numbers = values(UcoTerm.PHONE_NUMBER);
        assertTrue(numbers.containsAll(Set.of("+33612345678", "+34612345678", "+351912345678", "+5511987654321")),
                numbers.toString());
        assertTrue(numbers.contains("36179"), "a short code keeps its digits: " + numbers);
    }

    @Test
    void anOutgoingCallIsFromTheOwnerNumber() {
        String owner = PartyNode.iri("+33612345678", "phone").toString().replace(CaseIri.KB_PREFIX + ":", CaseIri.KB);
        Node from = term(UcoTerm.FROM);
        Node callType = term(UcoTerm.CALL_TYPE);
        long outgoingFromOwner = graph.find(Node.ANY, callType, NodeFactory.createLiteralString("outgoing")).toList()
                .stream().filter(t -> graph.contains(t.getSubject(), from, NodeFactory.createURI(owner))).count();
        assertEquals(12, outgoingFromOwner); // D01's calls type 2
    }

    @Test
    void usesOnlyListedTermsAndTheOntologyDefinesEachOfThem() {
        Set<String> used = new TreeSet<>();
        graph.find().forEachRemaining(t -> {
            used.add(t.getPredicate().getURI());
            if (t.getPredicate().equals(RDF.type.asNode())) {
                used.add(t.getObject().getURI());
            }
        });
        List<String> unlisted = used.stream().filter(CaseUcoExportTest::isCaseOrUco)
                .filter(iri -> !UcoTerm.byIri().containsKey(iri)).toList();
        assertEquals(List.of(), unlisted);
        List<String> undefined = UcoTerm.byIri().keySet().stream().filter(iri -> !CaseShapes.defines(iri)).toList();
        assertEquals(List.of(), undefined);
    }

    @Test
    void everyNodeIsAKbIriEndingInANameBasedUuid() {
        List<String> bad = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isBlank() || n.isURI() && !isCaseOrUco(n.getURI()) && !KB_IRI.matcher(n.getURI()).matches()) {
                    bad.add(n.toString());
                }
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void conformsToTheCaseShapes() {
        List<ReportEntry> problems = CaseShapes.problems(graph);
        assertEquals(List.of(), problems.stream().map(ReportEntry::toString).toList());
    }

    @Test
    void aBrokenDurationAndReadFlagAreViolations() throws Exception {
        String text = Files.readString(out.resolve(CaseUcoExport.FILE_NAME));
        String broken = text.replaceFirst("(\"uco-observable:duration\" : )(\\d+)", "$1\"$2s\"")
                .replaceFirst("(\"uco-observable:isRead\" : )(true|false)", "$1\"yes\"");
        assertFalse(broken.equals(text));
        List<ReportEntry> problems = CaseShapes.problems(RDFParser.fromString(broken, Lang.JSONLD).toGraph());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(e -> e.severity() == Severity.Violation), problems.toString());
    }

    @Test
    void exportingTheSameCaseAgainGivesTheSameBytes() throws Exception {
        Path again = tmp.resolve("again.jsonld");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"))) {
            CaseUcoExport.write(db, again);
        }
        assertArrayEquals(Files.readAllBytes(out.resolve(CaseUcoExport.FILE_NAME)), Files.readAllBytes(again));
    }

    private static boolean isCaseOrUco(String iri) {
        return iri.startsWith("https://ontology.unifiedcyberontology.org/")
                || iri.startsWith("https://ontology.caseontology.org/");
    }

    private static Node term(UcoTerm t) {
        return NodeFactory.createURI(t.iri());
    }

    private static List<Triple> typed(UcoTerm type) {
        return graph.find(Node.ANY, RDF.type.asNode(), term(type)).toList();
    }

    private static Set<String> values(UcoTerm property) {
        Set<String> v = new TreeSet<>();
        graph.find(Node.ANY, term(property), Node.ANY).forEachRemaining(t -> v.add(t.getObject().getLiteralLexicalForm()));
        return v;
    }
}
