package org.phonetriage.report.caseuco;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * IRIs in first-seen order without repeats, for a record's parties: nearly always one to three, where
 * a LinkedHashSet's table and entries cost more than comparing them; a long list (a large group's
 * message) still gets a set.
 */
final class DistinctIris {

    private static final int LINEAR = 16;

    private final List<NodeIri> iris = new ArrayList<>(4);
    private LinkedHashSet<NodeIri> set;

    void add(NodeIri iri) {
        if (set != null) {
            if (set.add(iri)) {
                iris.add(iri);
            }
        } else if (!iris.contains(iri)) {
            iris.add(iri);
            if (iris.size() > LINEAR) {
                set = new LinkedHashSet<>(iris);
            }
        }
    }

    boolean isEmpty() {
        return iris.isEmpty();
    }

    NodeIri first() {
        return iris.get(0);
    }

    /** A new list of them, which the caller may change. */
    List<NodeIri> toList() {
        return new ArrayList<>(iris);
    }
}
