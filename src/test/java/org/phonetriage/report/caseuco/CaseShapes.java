package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The CASE/UCO ontology with its SHACL shapes (case-1.5.0.ttl; provenance in the NOTICE beside it), patched as
 * research A5.4 found Jena needs, and a validator that behaves like {@code case_validate --allow-infos}.
 */
final class CaseShapes {

    static final String TTL = "case-1.5.0.ttl";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String UCO_OWL = "https://ontology.unifiedcyberontology.org/owl/";
    /**
     * The OWL "TBox review" shapes case_validate deactivates (case_utils validate_utils.disable_tbox_review):
     * they review the ontology, not the data.
     */
    private static final List<String> TBOX_REVIEW_SHAPES = List.of("DataOneOf-shape",
            "DatatypeProperty-shacl-constraints-shape", "Disjointedness-AP-DP-shape", "Disjointedness-AP-OP-shape",
            "Disjointedness-C-DT-shape", "Disjointedness-DP-OP-shape", "ObjectProperty-shacl-constraints-shape",
            "Sequence-shape", "disjointUnionOf-subjects-shape", "hasKey-subjects-shape",
            "intersectionOf-subjects-shape", "onProperties-subjects-shape", "oneOf-subjects-shape",
            "ontologyIRI-versionIRI-prerequisite-shape", "propertyChainAxiom-subjects-shape",
            "unionOf-subjects-shape", "versionIRI-nodeKind-shape", "withRestrictions-subjects-shape");
    /** pySHACL accepts sh:select queries that use undeclared prefixes; Jena does not. */
    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            """;
    /** What case_validate counts as a defined concept. */
    private static final Set<Node> CONCEPT_KINDS = Set.of(OWL.Class.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.ObjectProperty.asNode(), OWL.AnnotationProperty.asNode(), RDFS.Datatype.asNode(),
            NodeFactory.createURI(SH + "NodeShape"), NodeFactory.createURI(SH + "PropertyShape"));

    private static Graph ontology;
    private static Shapes shapes;

    private CaseShapes() {
    }

    static synchronized Graph ontology() {
        if (ontology == null) {
            try (InputStream in = CaseShapes.class.getResourceAsStream(TTL)) {
                if (in == null) {
                    throw new IllegalStateException("test resource missing: " + TTL);
                }
                Graph g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
                patch(g);
                ontology = g;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ontology;
    }

    static synchronized Shapes shapes() {
        if (shapes == null) {
            shapes = Shapes.parse(ontology());
        }
        return shapes;
    }

    /** Validates data with the ontology (so sh:class sees rdfs:subClassOf) and returns all but Info results. */
    static List<ReportEntry> problems(Graph data) {
        Graph union = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(union::add);
        ontology().find().forEachRemaining(union::add);
        ValidationReport report = ShaclValidator.get().validate(shapes(), union);
        List<ReportEntry> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() != Severity.Info) {
                out.add(e);
            }
        }
        return out;
    }

    /** True when the ontology defines the IRI as a class, property, datatype or shape. */
    static boolean defines(String iri) {
        return ontology().find(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> CONCEPT_KINDS.contains(t.getObject()));
    }

    /** The two patches of research A5.4, and the TBox review shapes deactivated. */
    private static void patch(Graph g) {
        Node select = NodeFactory.createURI(SH + "select");
        for (Triple t : g.find(Node.ANY, select, Node.ANY).toList()) {
            // Jena rejects "SELECT $this ?value ... GROUP BY ?value"; $this is fixed per focus node anyway
            String query = t.getObject().getLiteralLexicalForm().replace("GROUP BY ?value", "GROUP BY $this ?value");
            g.delete(t);
            g.add(Triple.create(t.getSubject(), select, NodeFactory.createLiteralString(PREFIXES + query)));
        }
        Node deactivated = NodeFactory.createURI(SH + "deactivated");
        Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
        for (String name : TBOX_REVIEW_SHAPES) {
            g.add(Triple.create(NodeFactory.createURI(UCO_OWL + name), deactivated, yes));
        }
    }
}
