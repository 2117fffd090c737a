package org.phonetriage.testimages;

import java.util.ArrayList;
import java.util.List;

/**
 * What one seized phone holds, before it is written as provider databases. The records carry
 * the {@link Party} behind every raw number, so the expected cross-device facts can be computed
 * from the same data the databases are written from.
 */
final class Spec {

    private Spec() {
    }

    /** A person or line of the story; {@code e164} is the one true identity of the number. */
    record Party(String key, String e164, String role) {
    }

    /** The SIM as TelephonyProvider's siminfo row describes it. */
    record Sim(String carrierName, String displayName, int mcc, String mnc, String iccid,
               String imsi, String number, String isoCountry, String smsc, int color) {
    }

    /** Contacts account types seen on the devices. */
    enum Account { LOCAL, GOOGLE }

    /** Phone.TYPE values (ContactsContract.CommonDataKinds.Phone). */
    static final int PHONE_CUSTOM = 0, PHONE_HOME = 1, PHONE_MOBILE = 2, PHONE_WORK = 3;

    /** One phone data row: the number exactly as typed, its type and custom label. */
    record Phone(Party party, String raw, int type, String label) {
    }

    /** One person in the address book; {@code whatsapp} adds a synced com.whatsapp raw contact. */
    record Contact(String given, String family, Account account, List<Phone> phones, String email,
                   boolean starred, boolean deleted, boolean whatsapp, long updatedMs) {

        String displayName() {
            return family == null ? given : given + " " + family;
        }

        String displayNameAlt() {
            return family == null ? given : family + ", " + given;
        }
    }

    /** CallLog.Calls.TYPE values. */
    static final int INCOMING = 1, OUTGOING = 2, MISSED = 3, VOICEMAIL = 4, REJECTED = 5, BLOCKED = 6,
            ANSWERED_EXTERNALLY = 7;
    /** CallLog.Calls.PRESENTATION values. */
    static final int PRESENTATION_ALLOWED = 1, PRESENTATION_RESTRICTED = 2, PRESENTATION_UNKNOWN = 3;

    /** One call log row; {@code party} is null where no number was presented. */
    record Call(long dateMs, Party party, String raw, int presentation, int type, int durationSec) {
    }

    /** Telephony.Sms.TYPE values. */
    static final int SMS_INBOX = 1, SMS_SENT = 2, SMS_DRAFT = 3, SMS_FAILED = 5;

    /** One sms row; {@code party} is null for alphanumeric senders and short codes. */
    record Sms(long dateMs, long dateSentMs, Party party, String raw, int type, String body,
               int errorCode) {

        /** Messages to or from the same line share a thread. */
        String threadKey() {
            return party != null ? party.e164() : raw;
        }
    }

    /** PduHeaders address types as stored in addr.type. */
    static final int ADDR_FROM = 137, ADDR_TO = 151, ADDR_CC = 130, ADDR_BCC = 129;
    /** What the messaging app writes for the phone's own side of an MMS it sends. */
    static final String INSERT_ADDRESS_TOKEN = "insert-address-token";

    /** One addr row; {@code party} is null for the insert-address-token placeholder. */
    record MmsAddr(Party party, String raw, int type) {
    }

    /** One MMS (pdu row, its addr rows and its parts); dates in seconds as Android stores them. */
    record Mms(long dateSec, long dateSentSec, boolean outgoing, String messageId, List<MmsAddr> addrs,
               String text, String imageName) {
    }

    /** One seized phone. */
    static final class Device {
        final String label;
        /** "tar", "zip" or "folder". */
        final String container;
        /** The SIM's country (ISO 3166 alpha-2), as calls.countryiso stores it. */
        final String region;
        final String locale;
        final Party owner;
        final Sim sim;
        final String googleAccount;
        final List<Contact> contacts = new ArrayList<>();
        final List<Call> calls = new ArrayList<>();
        final List<Sms> sms = new ArrayList<>();
        final List<Mms> mms = new ArrayList<>();

        Device(String label, String container, String region, String locale, Party owner, Sim sim,
               String googleAccount) {
            this.label = label;
            this.container = container;
            this.region = region;
            this.locale = locale;
            this.owner = owner;
            this.sim = sim;
            this.googleAccount = googleAccount;
        }

        /** The phone data row this device holds for a party, if any (deleted contacts included). */
        Phone phoneOf(Party party) {
            for (Contact c : contacts) {
                for (Phone p : c.phones()) {
                    if (p.party().equals(party)) {
                        return p;
                    }
                }
            }
            return null;
        }
    }
}
