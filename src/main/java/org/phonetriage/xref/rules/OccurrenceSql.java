package org.phonetriage.xref.rules;

/**
 * SQL over an occurrence row (the columns of the case's {@code occurrence_details} view:
 * {@code level}, {@code confidence}, {@code rule}, {@code role}, {@code direction},
 * {@code party_role}, {@code record_table}), written so that SQLite and Spark SQL read it alike.
 * Each takes the table alias its columns are qualified with.
 */
public final class OccurrenceSql {

    private OccurrenceSql() {
    }

    /** The readings the cross-reference counts: strong, candidate and service levels. */
    public static String counted(String o) {
        return o + ".level IN ('strong','candidate','service')";
    }

    /** The readings that tie people (device links, the graph): strong and candidate levels. */
    public static String linking(String o) {
        return o + ".level IN ('strong','candidate')";
    }

    /** A strong reading: the value normalised to exactly this key with confidence A or B. */
    public static String strong(String o) {
        return "(" + o + ".level = 'strong' AND " + o + ".confidence IN ('A','B'))";
    }

    /** 1 when any occurrence of the group is strong, else 0 (an aggregate). */
    public static String anyStrong(String o) {
        return "max(CASE WHEN " + strong(o) + " THEN 1 ELSE 0 END)";
    }

    /** 1 when any occurrence of the group is of service level, else 0 (an aggregate). */
    public static String anyService(String o) {
        return "max(CASE WHEN " + o + ".level = 'service' THEN 1 ELSE 0 END)";
    }

    /** Not a reading the normaliser chose but one of the alternatives it kept. */
    public static String chosen(String o) {
        return o + ".rule NOT LIKE 'alternative:%'";
    }

    /**
     * An incoming record, or the sender of a received message: the edge points at the owner.
     */
    public static String inbound(String o) {
        return "(" + o + ".direction IN ('incoming','missed','rejected','blocked','voicemail','answered-elsewhere')"
                + " AND (" + o + ".party_role IS NULL OR " + o + ".party_role IN ('from','address')))";
    }

    /**
     * A call or message occurrence that is a communication of the device's owner: chosen
     * readings, not a group, and not a co-recipient of a message someone else sent.
     */
    public static String communication(String o) {
        return o + ".record_table IN ('calls','messages') AND " + linking(o) + " AND " + chosen(o)
                + " AND " + ownersParty(o);
    }

    /**
     * A party the device's owner communicated with: not a group, and not a co-recipient of a
     * message someone else sent (they are not the recipients' contacts).
     */
    public static String ownersParty(String o) {
        return "(" + o + ".party_role IS NULL OR " + o + ".party_role <> 'group')"
                + " AND NOT (" + o + ".record_table = 'messages' AND " + o + ".direction = 'incoming'"
                + " AND " + o + ".party_role IN ('to','cc','bcc'))";
    }

    /** A contact-book entry (of the phone or the SIM) that ties its owner to the contact. */
    public static String contactEntry(String o) {
        return "(" + o + ".role LIKE '%contact' OR " + o + ".role = 'sim-adn') AND " + linking(o) + " AND "
                + chosen(o);
    }

    /**
     * A contact card's identifier that may make a person candidate: no e-mail (shared mailboxes),
     * and no member of a group's list (stored as a contact record, but no person's card).
     */
    public static String cardIdentifier(String o) {
        return o + ".record_table = 'contacts' AND " + linking(o) + " AND " + chosen(o)
                + " AND " + o + ".type NOT IN ('email') AND " + o + ".role NOT LIKE '%group-member'";
    }

    /** A message the device's owner sent to a group (the group is the occurrence's party). */
    public static String groupSend(String o) {
        return "(" + o + ".record_table = 'messages' AND " + o + ".party_role = 'group' AND " + o
                + ".direction = 'outgoing')";
    }

    /**
     * The group a member list belongs to, from its contact record's account: a group's list is a
     * contact record whose account is {@code APP-group:} and the group's id as the messages write
     * it (WhatsApp's {@code whatsapp-group:1203…@g.us}); NULL for any other account.
     */
    public static String groupOfList(String account) {
        return "(CASE WHEN instr(" + account + ", '-group:') > 0 THEN substr(" + account + ", instr(" + account
                + ", '-group:') + 7) END)";
    }

    /**
     * A member on a group's list (a contact record of role {@code …group-member}), read as the
     * graph reads parties: a linking, chosen reading. {@code r} qualifies the reading's columns.
     */
    public static String groupMember(String o, String r) {
        return o + ".role LIKE '%group-member' AND " + linking(r) + " AND " + chosen(r);
    }
}
