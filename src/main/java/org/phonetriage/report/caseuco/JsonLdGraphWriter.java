package org.phonetriage.report.caseuco;

import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/**
 * Streams a CASE/UCO JSON-LD document: one {@code @graph} array written node by node, laid out as Jackson's
 * pretty printer does ({@link PrettyJsonBytes}), so that a case of millions of records never sits in memory.
 * Properties and types are {@link UcoTerm}s only; literals get the datatypes the CASE shapes ask for
 * (xsd:dateTime, xsd:integer, xsd:boolean, xsd:hexBinary).
 */
final class JsonLdGraphWriter implements Closeable {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** Names written for every node, encoded once. */
    private static final SerializedString ID = new SerializedString("@id");
    private static final SerializedString TYPE = new SerializedString("@type");
    private static final SerializedString VALUE = new SerializedString("@value");
    private static final SerializedString XSD_DATE_TIME = new SerializedString("xsd:dateTime");
    private static final SerializedString XSD_HEX_BINARY = new SerializedString("xsd:hexBinary");

    private final PrettyJsonBytes json;
    /** A NodeIri's ASCII, written as it is (an IRI has nothing to escape). */
    private final byte[] iri = new byte[128];

    JsonLdGraphWriter(OutputStream out) throws IOException {
        json = new PrettyJsonBytes(out);
        json.startObject();
        json.field("@context");
        json.startObject();
        json.field(CaseIri.KB_PREFIX);
        json.string(CaseIri.KB);
        for (UcoTerm.Ns ns : UcoTerm.Ns.values()) {
            json.field(ns.prefix);
            json.string(ns.iri);
        }
        json.field("xsd");
        json.string(XSD);
        json.endObject();
        json.field("@graph");
        json.startArray();
    }

    /** Starts a node (top level, a facet, or a nested characterization such as a hash). */
    void beginNode(String iri, UcoTerm type) throws IOException {
        json.startObject();
        json.field(ID);
        json.string(iri);
        json.field(TYPE);
        json.string(type.jsonName());
    }

    /** Starts a node of the IRI's class. */
    void beginNode(NodeIri id) throws IOException {
        json.startObject();
        json.field(ID);
        string(id);
        json.field(TYPE);
        json.string(id.type().jsonName());
    }

    private void string(NodeIri id) throws IOException {
        json.asciiString(iri, id.write(iri, 0));
    }

    void endNode() throws IOException {
        json.endObject();
    }

    /** Starts the hasFacet array of the current node; each facet is then a node of its own. */
    void beginFacets() throws IOException {
        json.field(UcoTerm.HAS_FACET.jsonName());
        json.startArray();
    }

    /** Starts an array of nested nodes or references under {@code property}. */
    void beginArray(UcoTerm property) throws IOException {
        json.field(property.jsonName());
        json.startArray();
    }

    void endArray() throws IOException {
        json.endArray();
    }

    /** One reference inside an array begun with {@link #beginArray}. */
    void refItem(String iri) throws IOException {
        json.startObject();
        json.field(ID);
        json.string(iri);
        json.endObject();
    }

    void refItem(NodeIri id) throws IOException {
        json.startObject();
        json.field(ID);
        string(id);
        json.endObject();
    }

    void ref(UcoTerm property, NodeIri id) throws IOException {
        if (id != null) {
            json.field(property.jsonName());
            refItem(id);
        }
    }

    void nodeRefs(UcoTerm property, List<NodeIri> ids) throws IOException {
        if (!ids.isEmpty()) {
            beginArray(property);
            for (NodeIri id : ids) {
                refItem(id);
            }
            endArray();
        }
    }

    /** A reference to another node; nothing when iri is null. */
    void ref(UcoTerm property, String iri) throws IOException {
        if (iri != null) {
            json.field(property.jsonName());
            refItem(iri);
        }
    }

    /** References to other nodes; nothing when there are none. */
    void refs(UcoTerm property, Collection<String> iris) throws IOException {
        if (!iris.isEmpty()) {
            beginArray(property);
            for (String iri : iris) {
                refItem(iri);
            }
            endArray();
        }
    }

    /** An xsd:string; nothing when value is null. */
    void string(UcoTerm property, String value) throws IOException {
        if (value != null) {
            json.field(property.jsonName());
            json.string(value);
        }
    }

    /** Several xsd:string values of one property; nothing when there are none. */
    void strings(UcoTerm property, Collection<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.field(property.jsonName());
            json.startArray();
            for (String v : values) {
                json.string(v);
            }
            json.endArray();
        }
    }

    /** An xsd:integer (a JSON integer is one in JSON-LD); nothing when value is null. */
    void integer(UcoTerm property, Long value) throws IOException {
        if (value != null) {
            json.field(property.jsonName());
            json.number(value);
        }
    }

    /** An xsd:boolean; nothing when value is null. */
    void bool(UcoTerm property, Boolean value) throws IOException {
        if (value != null) {
            json.field(property.jsonName());
            json.bool(value);
        }
    }

    /**
     * An xsd:dateTime from a stored UTC instant ("2024-03-01T09:05:00Z"); nothing when the value is missing or
     * not an instant, because an invalid typed literal would make the whole export invalid.
     */
    void dateTime(UcoTerm property, String instant) throws IOException {
        String value = xsdDateTime(instant);
        if (value != null) {
            typed(property, XSD_DATE_TIME, value);
        }
    }

    /** An xsd:hexBinary, e.g. a SHA-256 as stored (lower-case hex). */
    void hexBinary(UcoTerm property, String hex) throws IOException {
        typed(property, XSD_HEX_BINARY, hex);
    }

    private void typed(UcoTerm property, SerializedString datatype, String value) throws IOException {
        json.field(property.jsonName());
        json.startObject();
        json.field(TYPE);
        json.string(datatype);
        json.field(VALUE);
        json.string(value);
        json.endObject();
    }

    static String xsdDateTime(String instant) {
        if (instant == null) {
            return null;
        }
        if (CanonicalInstant.is(instant)) {
            return instant; // what Instant.parse(instant).toString() gives, without building the Instant
        }
        try {
            return Instant.parse(instant).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        json.endArray();
        json.endObject();
        json.close();
    }
}
