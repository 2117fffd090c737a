package org.phonetriage.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * What kind of problem a {@link Problem} is, as a stable code scripts can switch on (the reason
 * is for people and may be reworded). Each code has one {@link Severity}. The list may grow; a
 * code is never renamed or given another severity within schema version 1 (docs/events.md).
 */
public enum ProblemCode {
    // the item could not be read at all
    /** The item cannot be opened: not a supported container, unreadable, an archive too damaged to list. */
    ITEM_UNREADABLE(Severity.ERROR),
    /** An encrypted backup and no --password or --password-file. */
    PASSWORD_MISSING(Severity.ERROR),
    /** None of the passwords given opens the encrypted backup. */
    WRONG_PASSWORD(Severity.ERROR),
    /** The item opened, but nothing in it could be parsed. */
    NOTHING_PARSED(Severity.ERROR),
    /** The case already holds a device with this label: the item was not ingested. */
    DEVICE_NOT_INGESTED(Severity.ERROR),
    /** An output (xref.json, report.html, csv/, an export) was not written. */
    OUTPUT_FAILED(Severity.ERROR),

    // part of the item was not read
    /** A device whose ingest was interrupted holds only part of its evidence. */
    DEVICE_INCOMPLETE(Severity.WARNING),
    /** An entry of an archive or folder refused or not read (path traversal, a link leaving the tree, archive limits, a truncated archive). */
    ENTRY_NOT_READ(Severity.WARNING),
    /** No parser read anything in the item, but the sweep found identifiers in its unmodelled files. */
    ONLY_UNMODELLED(Severity.WARNING),
    /** A file of the item cannot be read or copied for parsing. */
    FILE_UNREADABLE(Severity.WARNING),
    /** A file is damaged or not what its name says (a truncated database, a text file named contacts2.db, a broken plist). */
    FILE_CORRUPT(Severity.WARNING),
    /** A database no parser definition matches. */
    UNKNOWN_SCHEMA(Severity.WARNING),
    /** A parser failed part-way through a file (the records read before are kept). */
    PARSER_FAILED(Severity.WARNING),
    /** An encrypted WhatsApp backup and no --wa-key, an encrypted Signal database and no --signal-key. */
    KEY_MISSING(Severity.WARNING),
    /** An encrypted file that the key given does not decrypt, or that is truncated or altered. */
    DECRYPTION_FAILED(Severity.WARNING),
    /** A parser read the file but left some of its content unread (sections, record types, bad values). */
    CONTENT_NOT_READ(Severity.WARNING),
    /** A step of the cross-reference failed: its section of the outputs is empty. */
    ANALYSIS_FAILED(Severity.WARNING),

    // informational
    /** Everything was read, but some values on an assumption (times without an offset read as UTC). */
    READ_WITH_ASSUMPTION(Severity.INFO),
    /** One item holds several SIM dumps, read as one device. */
    SEVERAL_SIM_DUMPS(Severity.INFO),
    /** A database's live records were read, but its deleted ones could not be recovered (its pages are unreadable to phonetriage's own reader). */
    RECOVERY_INCOMPLETE(Severity.INFO);

    private final Severity severity;

    ProblemCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The code in events, case.db and problems.csv, e.g. {@code wrong-password}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code named so, or null for a code this version does not know (one a newer version stored). */
    public static ProblemCode of(String code) {
        return code == null ? null : Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst()
                .orElse(null);
    }
}
