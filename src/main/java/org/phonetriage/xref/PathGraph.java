package org.phonetriage.xref;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What {@link PathFinder} reads of a communication graph, a few vertices at a time: the graph in
 * memory ({@link CommunicationGraph}) or the one the cross-reference stored in the case
 * ({@link StoredNetwork}), which a search walks without loading the rest.
 *
 * <p>Neighbours come in link order, which decides between chains of equal length: first those
 * linked by communication, in the order of the first edge (source, then target) that links the
 * pair; then, with contacts, those linked only by contact-book entries, in the order of the first
 * entry (owner, contact, device) that links them.
 */
public interface PathGraph {

    /** Each vertex's neighbours in link order (none for a vertex not in the graph). */
    Map<String, List<String>> neighbours(Collection<String> vertices, boolean withContacts) throws SQLException;

    /** The communication edges between two vertices: a to b first, then b to a. */
    List<CommunicationGraph.Edge> between(String a, String b) throws SQLException;

    /** The devices whose contact books link two vertices, sorted. */
    List<String> contactDevices(String a, String b) throws SQLException;

    /** A graph loaded whole, as a path graph. */
    static PathGraph of(CommunicationGraph graph) {
        return new LoadedPathGraph(graph);
    }

    /** Link keys: a communication edge's, then a contact entry's, compared as the graph's maps order them. */
    static String edgeKey(String source, String target) {
        return source + "\u0000" + target;
    }

    static String contactKey(String owner, String contact, String device) {
        return owner + "\u0000" + contact + "\u0000" + device;
    }
}
