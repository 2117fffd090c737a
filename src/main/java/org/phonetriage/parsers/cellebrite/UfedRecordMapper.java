package org.phonetriage.parsers.cellebrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.parsers.AppNames;
import org.phonetriage.parsers.Durations;
import org.phonetriage.parsers.FileParser.Source;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * Turns a report's Device Info and decoded models into canonical records. What the report proves
 * is kept and nothing more: a party Cellebrite marks {@code IsPhoneOwner} is the owner's own
 * identifier, a chat's recipient inferred from its participants is a "participant", not a "to",
 * and a contact a messenger holds is that app's contact, never a phone-book entry.
 */
final class UfedRecordMapper implements UfedReportReader.Handler {

    /** Device Info items that identify the phone or its user, and the kind each one is. */
    private static final Map<String, String> DEVICE_IDENTIFIERS = Map.of(
            "IMEI", "imei", "IMSI", "imsi", "ICCID", "iccid", "MEID", "meid",
            "MSISDN", "phone", "LastUsedMSISDN", "phone", "DeviceInfoOwnerName", "name",
            "DeviceInfoAppleID", "email");

    /** Metadata sections whose items are recorded as device facts. */
    private static final Set<String> FACT_SECTIONS = Set.of("Device Info", "Extraction Data", "Additional Fields");

    /** Sources that are the phone itself (its address book, its dialer) rather than a messenger. */
    private static final Set<String> ADDRESS_BOOKS = Set.of("", "phone", "phonebook", "phone book", "contacts",
            "sim", "sim card", "address book", "android", "iphone", "ios", "google", "exchange", "icloud",
            "native");

    private final ParserDescriptor descriptor;
    private final Source source;
    private final RecordSink sink;
    private final Map<String, String> extractionTypes = new HashMap<>();
    private final Set<String> owners = new HashSet<>();
    private final Map<String, Long> skippedTypes = new TreeMap<>();
    private final Set<String> applications = new TreeSet<>();
    private UfedModel firstApplication;
    private int deviceInfoItems;
    private long noOffsetTimes;

    UfedRecordMapper(ParserDescriptor descriptor, Source source, RecordSink sink) {
        this.descriptor = descriptor;
        this.source = source;
        this.sink = sink;
    }

    int deviceInfoItems() {
        return deviceInfoItems;
    }

    /** Model types this mapping does not read (locations, apps, notes …), with counts. */
    Map<String, Long> skippedTypes() {
        return skippedTypes;
    }

    /** Times without an offset, read as UTC. */
    long noOffsetTimes() {
        return noOffsetTimes;
    }

    @Override
    public void extraction(String id, String type, String name) {
        extractionTypes.put(id, type);
    }

    @Override
    public void metadata(String section, String name, String sourceExtraction, String value) {
        if (section == null || name == null || value == null || value.isBlank() || !FACT_SECTIONS.contains(section)) {
            return;
        }
        deviceInfoItems += "Device Info".equals(section) ? 1 : 0;
        String kind = "Device Info".equals(section) ? DEVICE_IDENTIFIERS.get(name) : null;
        if (kind == null) {
            // the model, OS, extraction times, the tool's version: facts, never keys
            sink.fact(new DeviceFact(provenance("metadata " + section + " " + name, null), name, value.strip()));
            return;
        }
        if ("email".equals(kind) && !value.contains("@")) {
            kind = "app:apple";
        }
        String type = extractionTypes.get(sourceExtraction);
        String basis = "UFED Device Info " + name + (type == null ? "" : " (" + type + " extraction)");
        Provenance p = provenance("metadata Device Info " + name, null);
        sink.ownIdentifier(new OwnIdentifier(p, kind, value.strip(), basis));
    }

    @Override
    public void model(UfedModel m) {
        switch (m.type() == null ? "" : m.type()) {
            case "Contact" -> contact(m);
            case "Call" -> call(m);
            case "SMS", "MMS" -> sms(m);
            case "InstantMessage" -> instantMessage(null, m);
            case "Email" -> email(m);
            case "UserAccount" -> userAccount(m);
            case "Chat" -> chat(m);
            case "SIMData" -> simData(m);
            case "InstalledApplication" -> installedApplication(m);
            default -> skippedTypes.merge(m.type() == null ? "(no type)" : m.type(), 1L, Long::sum);
        }
    }

    @Override
    public void chatMessage(UfedModel chat, UfedModel message) {
        instantMessage(chat, message);
    }

    /** The apps on the phone are gathered into one fact (a report lists hundreds). */
    private void installedApplication(UfedModel m) {
        String name = m.text("Identifier") != null ? m.text("Identifier") : m.text("Name");
        if (name != null) {
            applications.add(name + (m.deleted() ? " (deleted)" : ""));
            firstApplication = firstApplication == null ? m : firstApplication;
        }
    }

    /** What is only known at the end of the report: the installed applications as one fact. */
    void finish() {
        if (!applications.isEmpty()) {
            sink.fact(new DeviceFact(provenance(firstApplication), "Installed applications (" + applications.size()
                    + ")", String.join(", ", applications)));
        }
    }

    /**
     * A SIMData key/value the extraction read from the card (Name and Value): the SIM's identifiers
     * (ICCID, IMSI, MSISDN …) are the owner's, anything else (SPN, service tables) a device fact.
     */
    private void simData(UfedModel m) {
        String name = m.text("Name");
        String value = m.text("Value");
        if (name == null || value == null) {
            return;
        }
        String key = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        String kind = key.contains("ICCID") ? "iccid" : key.contains("IMSI") ? "imsi"
                : key.contains("MSISDN") || key.contains("PHONENUMBER") || key.contains("OWNNUMBER") ? "phone" : null;
        if (kind == null) {
            sink.fact(new DeviceFact(provenance(m), "SIM " + name, value));
        } else {
            ownIdentifier(m, kind, value, "UFED SIMData " + name);
        }
    }

    /**
     * A group chat's members, as a phone's group list is read elsewhere: one "contact" named after
     * the group whose values are its members (role <app>-group-member, never a phone-book entry).
     * A one-to-one chat adds nothing its messages do not already say.
     */
    private void chat(UfedModel m) {
        String id = m.text("Id");
        List<UfedModel> members = m.nested("Participants");
        boolean group = id != null && id.endsWith("@g.us") || members.size() > 2;
        if (!group) {
            return;
        }
        String app = m.text("Source") == null ? "im" : AppNames.slug(m.text("Source"));
        String kind = app.startsWith("whatsapp") ? "group-member" : app + "-group-member";
        List<ContactValue> values = new ArrayList<>();
        for (UfedModel member : members) {
            String identifier = member.text("Identifier");
            if (identifier != null && !owner(member, m, app, "Chat participant")) {
                values.add(new ContactValue(kind, identifier, member.text("Name"), null));
            }
        }
        String name = m.text("Name") != null ? m.text("Name") : id;
        sink.contact(new Contact(provenance(m), name, values, app + " group " + (id == null ? "" : id), m.deleted()));
    }

    private void contact(UfedModel m) {
        String app = m.text("Source");
        boolean addressBook = isPhoneItself(app);
        List<ContactValue> values = new ArrayList<>();
        for (UfedModel entry : m.nested("Entries")) {
            String value = entry.text("Value");
            if (value == null) {
                continue;
            }
            String label = entry.text("Category");
            switch (typeOf(entry)) {
                case "PhoneNumber" ->
                        values.add(new ContactValue(addressBook ? "phone" : AppNames.slug(app), value, label, null));
                case "EmailAddress", "EMailAddress" -> values.add(new ContactValue("email", value, label, null));
                case "UserID" -> {
                    String kind = userIdKind(value, label, app);
                    if (kind != null) {
                        values.add(new ContactValue(addressBook && !kind.startsWith("app:") ? "im" : kind,
                                value, label, null));
                    }
                }
                default -> {
                    // web addresses, photos, postal addresses: not identifiers this tool links on
                }
            }
        }
        String account = addressBook ? m.text("Account") : join(app, m.text("Account"));
        sink.contact(new Contact(provenance(m), m.text("Name"), values, account, m.deleted()));
    }

    /**
     * What a user id is: a messenger address (a JID, an e-mail, a number) read like a number, an
     * app's own account id or handle, or null for what only looks like one (Cellebrite files
     * WhatsApp's "Additional Name" under UserID too).
     */
    private static String userIdKind(String value, String category, String app) {
        if (category != null && category.matches("(?i).*\\bname\\b.*")) {
            return null; // "Additional Name", "Display Name"; a "Username" is an id
        }
        if (value.contains("@") || value.strip().matches("\\+?[\\d\\s().-]{6,}") && app != null
                && app.toLowerCase(Locale.ROOT).contains("whatsapp")) {
            return app == null ? "im" : AppNames.slug(app);
        }
        String service = service(category, app);
        return service == null ? null : "app:" + service;
    }

    /** The service an account id belongs to: the app, or the category ("Facebook Id"). */
    private static String service(String category, String app) {
        if (category != null && category.toLowerCase(Locale.ROOT).matches(".*\\b(id|user ?id|username)$")) {
            String named = category.replaceAll("(?i)\\s*(user ?id|id|username)$", "").strip();
            if (!named.isEmpty()) {
                return AppNames.slug(named);
            }
        }
        return app == null ? null : AppNames.slug(app);
    }

    /** True when a model's Source is the phone's own address book or dialer (or not given). */
    private static boolean isPhoneItself(String app) {
        return app == null || ADDRESS_BOOKS.contains(app.toLowerCase(Locale.ROOT));
    }

    private void call(UfedModel m) {
        String app = m.text("Source");
        String service = isPhoneItself(app) ? null : AppNames.slug(app);
        String kind = service == null ? Call.CELLULAR : service + (m.isTrue("VideoCall") ? "-video-call" : "-call");
        String direction = callDirection(m);
        Long duration = Durations.seconds(m.text("Duration"));
        List<UfedModel> others = new ArrayList<>();
        for (UfedModel party : m.nested("Parties")) {
            if (!owner(party, m, service, "Call party")) {
                others.add(party);
            }
        }
        if (others.isEmpty()) {
            others.add(null); // the other end was not recorded: the call is still a call
        }
        for (UfedModel party : others) {
            sink.call(new Call(provenance(m), party == null ? null : party.text("Identifier"),
                    party == null ? null : party.text("Name"), time(m, "TimeStamp"), duration, direction, null,
                    null, m.text("NetworkName"), kind, m.text("Status"), m.deleted()));
        }
    }

    /** Direction (newer reports) and Status, or the older Type; a missed or rejected call says so. */
    private static String callDirection(UfedModel m) {
        String status = lower(m.text("Status"));
        if ("missed".equals(status) || "rejected".equals(status)) {
            return status;
        }
        String direction = lower(m.text("Direction"));
        if (direction == null || direction.equals("unknown")) {
            direction = lower(m.text("Type"));
        }
        if (direction == null) {
            return null;
        }
        return switch (direction) {
            case "dialed", "outgoing" -> "outgoing";
            case "received", "incoming" -> "incoming";
            default -> direction;
        };
    }

    private void sms(UfedModel m) {
        List<Party> parties = new ArrayList<>();
        boolean fromOwner = false;
        for (UfedModel party : m.nested("Parties")) {
            String role = partyRole(party.text("Role"), "address");
            if (owner(party, m, null, m.type() + " party")) {
                fromOwner |= role.equals("from");
            } else if (party.text("Identifier") != null) {
                parties.add(new Party(role, party.text("Identifier")));
            }
        }
        String direction = folderDirection(m.text("Folder"));
        if (direction == null) {
            direction = fromOwner ? "outgoing" : parties.stream().anyMatch(p -> p.role().equals("from"))
                    ? "incoming" : null;
        }
        sink.message(new Message(provenance(m), m.type().toLowerCase(Locale.ROOT), direction, time(m, "TimeStamp"),
                null, m.text("Body"), null, read(m), m.text("SMSC"), parties, null, m.deleted()));
    }

    private void instantMessage(UfedModel chat, UfedModel m) {
        String source = m.text("Source") != null ? m.text("Source") : chat == null ? null : chat.text("Source");
        String app = source == null ? "im" : AppNames.slug(source);
        List<Party> parties = new ArrayList<>();
        UfedModel from = m.one("From");
        boolean fromOwner = m.isTrue("FromIsOwner");
        String sender = null;
        if (from != null) {
            if (owner(from, m, app, "InstantMessage From")) {
                fromOwner = true;
            } else if (from.text("Identifier") != null) {
                sender = from.text("Identifier");
                parties.add(new Party("from", sender));
            }
        }
        List<UfedModel> to = m.nested("To");
        for (UfedModel party : to) {
            if (!owner(party, m, app, "InstantMessage To") && party.text("Identifier") != null) {
                parties.add(new Party("to", party.text("Identifier")));
            }
        }
        if (to.isEmpty() && chat != null) {
            // the report names no recipient: the chat's other participants are the audience
            for (UfedModel party : chat.nested("Participants")) {
                String id = party.text("Identifier");
                if (!party.isTrue("IsPhoneOwner") && id != null && !id.equals(sender)) {
                    parties.add(new Party("participant", id));
                }
            }
        }
        String direction = fromOwner ? "outgoing" : from != null ? "incoming" : folderDirection(m.text("Folder"));
        String thread = chat != null && chat.text("Id") != null ? chat.text("Id") : m.text("ChatId");
        String media = m.nested("Attachments").isEmpty() && m.one("Attachment") == null ? null : "attachment";
        sink.message(new Message(provenance(m), app, direction, time(m, "TimeStamp"),
                null, m.text("Body"), thread, read(m), null, parties, media, m.deleted()));
    }

    private void email(UfedModel m) {
        List<Party> parties = new ArrayList<>();
        boolean fromOwner = false;
        for (String field : List.of("From", "To", "Cc", "Bcc")) {
            for (UfedModel party : m.nested(field)) {
                String role = field.toLowerCase(Locale.ROOT);
                if (owner(party, m, null, "Email " + field)) {
                    fromOwner |= role.equals("from");
                } else if (party.text("Identifier") != null) {
                    parties.add(new Party(role, party.text("Identifier")));
                }
            }
        }
        String subject = m.text("Subject");
        String body = m.text("Body");
        String text = subject == null ? body : "Subject: " + subject + (body == null ? "" : "\n\n" + body);
        String direction = folderDirection(m.text("Folder"));
        sink.message(new Message(provenance(m), "email", direction != null ? direction : fromOwner ? "outgoing" : null,
                time(m, "TimeStamp"), null, text, null, null, null, parties, null, m.deleted()));
    }

    /** A nested model's type; a report may omit it (the entry is then skipped like any unknown kind). */
    private static String typeOf(UfedModel entry) {
        return entry.type() == null ? "" : entry.type();
    }

    /** An account the user is signed in to: every identifier in it is the owner's. */
    private void userAccount(UfedModel m) {
        String app = m.text("ServiceType") != null ? m.text("ServiceType") : m.text("Source");
        String basis = "UFED UserAccount" + (app == null ? "" : " " + app);
        for (UfedModel entry : m.nested("Entries")) {
            String value = entry.text("Value");
            String category = entry.text("Category");
            if (value == null) {
                continue;
            }
            String kind = switch (typeOf(entry)) {
                case "PhoneNumber" -> "phone";
                case "EmailAddress", "EMailAddress" -> "email";
                case "UserID" -> {
                    String k = userIdKind(value, category, app);
                    yield k == null || k.startsWith("app:") ? k : "phone";
                }
                default -> null;
            };
            if (kind != null) {
                ownIdentifier(m, kind, value, basis + (category == null ? "" : " " + category));
            }
        }
        String username = m.text("Username");
        if (username != null) {
            // often a display name (WhatsApp's push name), which many people share: kept, never a key
            ownIdentifier(m, "name", username, basis + " Username");
        }
    }

    /** True when Cellebrite marks the party as the phone's owner; records its identifier once. */
    private boolean owner(UfedModel party, UfedModel record, String app, String where) {
        if (!party.isTrue("IsPhoneOwner")) {
            return false;
        }
        String id = party.text("Identifier");
        if (id != null) {
            String kind = IdentifierNormalizer.isAppAccountId(app, id) ? "app:" + app : "phone";
            ownIdentifier(record, kind, id, "UFED " + where + " IsPhoneOwner");
        }
        return true;
    }

    private void ownIdentifier(UfedModel record, String kind, String value, String basis) {
        if (owners.add(kind + "\n" + value + "\n" + basis)) {
            sink.ownIdentifier(new OwnIdentifier(provenance(record), kind, value, basis));
        }
    }

    private Timestamp time(UfedModel m, String field) {
        Timestamp t = UfedTimestamps.of(m.value(field));
        if (t != null && UfedTimestamps.NO_OFFSET.equals(t.encoding())) {
            noOffsetTimes++;
        }
        return t;
    }

    /** The model's place in the report: its type and Cellebrite id, and whether it is deleted. */
    private Provenance provenance(UfedModel m) {
        return provenance(m.type() + (m.id() == null ? "" : " id=" + m.id()) + (m.deleted() ? " (deleted)" : ""),
                m.ordinal());
    }

    private Provenance provenance(String table, Long row) {
        return new Provenance(source.evidenceLabel(), source.path(), null, table, row, descriptor.id(),
                descriptor.version());
    }

    /** Status Read or Unread, else not known. */
    private static Boolean read(UfedModel m) {
        String status = lower(m.text("Status"));
        return "read".equals(status) ? Boolean.TRUE : "unread".equals(status) ? Boolean.FALSE : null;
    }

    private static String folderDirection(String folder) {
        String f = lower(folder);
        if (f == null) {
            return null;
        }
        return switch (f) {
            case "inbox" -> "incoming";
            case "sent", "outbox" -> "outgoing";
            case "draft", "drafts" -> "draft";
            default -> null;
        };
    }

    private static String partyRole(String role, String fallback) {
        String r = lower(role);
        return r == null || r.equals("general") || r.equals("unknown") ? fallback : r;
    }



    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        return b == null ? a : a + " / " + b;
    }

}
