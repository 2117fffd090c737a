package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.xref.XrefReport.DeviceLink;

/**
 * Folds the occurrences of owner identifiers on other devices into device links, pair by pair.
 * Each row is one (owner's device, other device, owner identifier, role) group with its count,
 * strength and times; calls, messages and contact entries count the records on either device
 * that name the other's owner identifiers (a call logged on both phones counts once per log).
 */
public final class LinkFold {

    private final Set<String> sims;
    private final Map<String, Link> links = new TreeMap<>();

    /** @param sims the labels of the devices that are SIM cards */
    public LinkFold(Set<String> sims) {
        this.sims = sims;
    }

    /** One group: {@code a} owns {@code key}, which occurs on {@code b} in {@code role}. */
    public void add(String a, String b, String key, String role, boolean strong, long n, String first, String last) {
        Link link = link(a, b);
        link.via.add(key);
        link.strong |= strong;
        switch (LinkRules.kind(role)) {
            case OWNER -> {
                link.sameOwner = true;
                link.simInPhone |= LinkRules.simInPhone(key, sims.contains(a), sims.contains(b));
            }
            case CONTACT -> link.contacts += n;
            case CALL -> {
                link.calls += n;
                link.seen(UtcSeconds.of(first), UtcSeconds.of(last));
            }
            case MESSAGE -> {
                link.messages += n;
                link.seen(UtcSeconds.of(first), UtcSeconds.of(last));
            }
            case UNMODELLED -> {
                // counted in no column: the link is a candidate through its via key alone
            }
        }
    }

    /** Two devices that own one IMSI under different ICCIDs. */
    public void addSharedImsi(String a, String b, String imsiKey) {
        Link link = link(a, b);
        link.via.add(imsiKey);
        link.sharedImsi = true;
    }

    /** The links, by their pair of labels. */
    public List<DeviceLink> links() {
        return links.values().stream().map(Link::toReport).toList();
    }

    /**
     * Pairs of devices that own one IMSI under different ICCIDs, as {first, second, imsi key}.
     *
     * @param iccids    each device's own ICCID keys
     * @param imsiOwners each IMSI key's owning devices, sorted
     */
    public static <D extends Comparable<D>> List<SharedImsiPair<D>> sharedImsi(Map<D, Set<String>> iccids,
                                                                            Map<String, Set<D>> imsiOwners) {
        List<SharedImsiPair<D>> pairs = new ArrayList<>();
        new TreeMap<>(imsiOwners).forEach((imsi, devices) -> {
            List<D> ids = List.copyOf(new TreeSet<>(devices));
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    if (LinkRules.sharedImsi(iccids.getOrDefault(ids.get(i), Set.of()),
                            iccids.getOrDefault(ids.get(j), Set.of()))) {
                        pairs.add(new SharedImsiPair<>(ids.get(i), ids.get(j), imsi));
                    }
                }
            }
        });
        return pairs;
    }

    /** Two devices (the smaller first) and the IMSI key they share. */
    public record SharedImsiPair<D>(D first, D second, String imsiKey) {
    }

    /** The link of two devices, whichever order they come in. */
    private Link link(String a, String b) {
        String first = a.compareTo(b) <= 0 ? a : b;
        String second = first.equals(a) ? b : a;
        return links.computeIfAbsent(first + "\u0000" + second, k -> new Link(first, second));
    }

    private static final class Link {
        final String first;
        final String second;
        final TreeSet<String> via = new TreeSet<>();
        boolean strong;
        boolean sameOwner;
        boolean simInPhone;
        boolean sharedImsi;
        long calls;
        long messages;
        long contacts;
        String firstContact;
        String lastContact;

        Link(String first, String second) {
            this.first = first;
            this.second = second;
        }

        void seen(String from, String to) {
            if (from != null && (firstContact == null || from.compareTo(firstContact) < 0)) {
                firstContact = from;
            }
            if (to != null && (lastContact == null || to.compareTo(lastContact) > 0)) {
                lastContact = to;
            }
        }

        DeviceLink toReport() {
            String relation = LinkRules.relation(sharedImsi, simInPhone, sameOwner, calls, messages);
            return new DeviceLink(List.of(first, second), LinkRules.level(strong, sharedImsi), List.copyOf(via), calls,
                    messages, contacts, relation, firstContact, lastContact);
        }
    }
}
