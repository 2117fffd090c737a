package org.phonetriage.spark;

import java.util.List;
import org.phonetriage.xref.XrefReport.Community;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.XrefReport.OtherCaseHit;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.XrefReport.PersonCandidate;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * What the Spark job writes: one JSON object {@code {format, version, generated_at, cases: [...]}}
 * holding per case the sections of its xref.json that the job computes, in xref.json's own shapes
 * and names (the same records), and its network measures. Written a case at a time by
 * {@link XrefFile}.
 */
public final class SparkXref {

    public static final String FORMAT = "phonetriage-spark-xref";
    public static final int VERSION = 1;

    private SparkXref() {
    }

    /**
     * One case.
     *
     * @param identifiers        as xref.json's: those on at least --min-devices devices, the
     *                           owners' and those the links and person candidates name
     * @param persons            as xref.json's, without the key players' ranks
     * @param network            every identifier of its communication graph with its measures
     * @param communities        as xref.json's
     * @param otherCases         this case's identifiers held by the other cases of the input
     */
    public record CaseXref(String name, List<SharedIdentifier> identifiers, List<SharedIdentifier> serviceIdentifiers,
                           List<DeviceLink> deviceLinks, List<PersonCandidate> personCandidates,
                           List<Person> persons, List<NodeMeasures> network, List<Community> communities,
                           List<OtherCaseHit> otherCases) {
    }

    /**
     * @param degree         its counterparts in the communication graph
     * @param communications its calls and messages (weighted degree)
     * @param pagerank       unrounded (xref.json's key players list it to six decimals)
     * @param betweenness    normalised, within the case's cross-device core (0 outside it)
     */
    public record NodeMeasures(String key, long degree, long communications, double pagerank, double betweenness) {
    }
}
