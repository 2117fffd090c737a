package org.phonetriage.report.caseuco;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every CASE/UCO class and property case.jsonld uses. The writer only takes these, so nothing outside this
 * list can reach the output.
 *
 * <p>Source: the mobile classes and facets of docs research exports_linkanalysis.md A5.2 and the terms of
 * shared/realdata/minimal_mobile_case.jsonld (both CASE 1.4.0); each one is also checked against the
 * CASE 1.5.0 ontology by CaseUcoVocabularyTest (1.5.0 is declared backward compatible with 1.4.0).
 */
public enum UcoTerm {
    // case-investigation
    INVESTIGATION(Ns.INVESTIGATION, "Investigation"),
    INVESTIGATIVE_ACTION(Ns.INVESTIGATION, "InvestigativeAction"),
    INVESTIGATION_FORM(Ns.INVESTIGATION, "investigationForm"),
    // uco-core
    HAS_FACET(Ns.CORE, "hasFacet"),
    NAME(Ns.CORE, "name"),
    DESCRIPTION(Ns.CORE, "description"),
    CORE_OBJECT(Ns.CORE, "object"),
    SOURCE(Ns.CORE, "source"),
    TARGET(Ns.CORE, "target"),
    KIND_OF_RELATIONSHIP(Ns.CORE, "kindOfRelationship"),
    IS_DIRECTIONAL(Ns.CORE, "isDirectional"),
    // uco-action
    INSTRUMENT(Ns.ACTION, "instrument"),
    ACTION_OBJECT(Ns.ACTION, "object"),
    RESULT(Ns.ACTION, "result"),
    SUBACTION(Ns.ACTION, "subaction"),
    ACTION_START_TIME(Ns.ACTION, "startTime"),
    ACTION_END_TIME(Ns.ACTION, "endTime"),
    ACTION_STATUS(Ns.ACTION, "actionStatus"),
    // uco-tool
    TOOL(Ns.TOOL, "Tool"),
    VERSION(Ns.TOOL, "version"),
    // uco-types
    HASH(Ns.TYPES, "Hash"),
    HASH_METHOD(Ns.TYPES, "hashMethod"),
    HASH_VALUE(Ns.TYPES, "hashValue"),
    // uco-observable: devices, SIM cards, files
    MOBILE_PHONE(Ns.OBSERVABLE, "MobilePhone"),
    DEVICE(Ns.OBSERVABLE, "Device"),
    MOBILE_DEVICE_FACET(Ns.OBSERVABLE, "MobileDeviceFacet"),
    IMEI(Ns.OBSERVABLE, "IMEI"),
    SIM_CARD(Ns.OBSERVABLE, "SIMCard"),
    SIM_CARD_FACET(Ns.OBSERVABLE, "SIMCardFacet"),
    ICCID(Ns.OBSERVABLE, "ICCID"),
    IMSI(Ns.OBSERVABLE, "IMSI"),
    OBSERVABLE_RELATIONSHIP(Ns.OBSERVABLE, "ObservableRelationship"),
    FILE(Ns.OBSERVABLE, "File"),
    DIRECTORY(Ns.OBSERVABLE, "Directory"),
    FILE_FACET(Ns.OBSERVABLE, "FileFacet"),
    FILE_NAME(Ns.OBSERVABLE, "fileName"),
    FILE_PATH(Ns.OBSERVABLE, "filePath"),
    IS_DIRECTORY(Ns.OBSERVABLE, "isDirectory"),
    SIZE_IN_BYTES(Ns.OBSERVABLE, "sizeInBytes"),
    CONTENT_DATA_FACET(Ns.OBSERVABLE, "ContentDataFacet"),
    HASH_PROPERTY(Ns.OBSERVABLE, "hash"),
    MIME_TYPE(Ns.OBSERVABLE, "mimeType"),
    APPLICATION(Ns.OBSERVABLE, "Application"),
    APPLICATION_FACET(Ns.OBSERVABLE, "ApplicationFacet"),
    APPLICATION_IDENTIFIER(Ns.OBSERVABLE, "applicationIdentifier"),
    // uco-observable: parties
    PHONE_ACCOUNT(Ns.OBSERVABLE, "PhoneAccount"),
    PHONE_ACCOUNT_FACET(Ns.OBSERVABLE, "PhoneAccountFacet"),
    PHONE_NUMBER(Ns.OBSERVABLE, "phoneNumber"),
    DIGITAL_ACCOUNT(Ns.OBSERVABLE, "DigitalAccount"),
    DIGITAL_ACCOUNT_FACET(Ns.OBSERVABLE, "DigitalAccountFacet"),
    ACCOUNT_FACET(Ns.OBSERVABLE, "AccountFacet"),
    ACCOUNT_IDENTIFIER(Ns.OBSERVABLE, "accountIdentifier"),
    DISPLAY_NAME(Ns.OBSERVABLE, "displayName"),
    EMAIL_ADDRESS(Ns.OBSERVABLE, "EmailAddress"),
    EMAIL_ADDRESS_FACET(Ns.OBSERVABLE, "EmailAddressFacet"),
    ADDRESS_VALUE(Ns.OBSERVABLE, "addressValue"),
    // uco-observable: contacts
    CONTACT(Ns.OBSERVABLE, "Contact"),
    CONTACT_FACET(Ns.OBSERVABLE, "ContactFacet"),
    CONTACT_PHONE(Ns.OBSERVABLE, "ContactPhone"),
    CONTACT_PHONE_PROPERTY(Ns.OBSERVABLE, "contactPhone"),
    CONTACT_PHONE_NUMBER(Ns.OBSERVABLE, "contactPhoneNumber"),
    CONTACT_PHONE_SCOPE(Ns.OBSERVABLE, "contactPhoneScope"),
    CONTACT_EMAIL(Ns.OBSERVABLE, "ContactEmail"),
    CONTACT_EMAIL_PROPERTY(Ns.OBSERVABLE, "contactEmail"),
    EMAIL_ADDRESS_PROPERTY(Ns.OBSERVABLE, "emailAddress"),
    CONTACT_MESSAGING(Ns.OBSERVABLE, "ContactMessaging"),
    CONTACT_MESSAGING_PROPERTY(Ns.OBSERVABLE, "contactMessaging"),
    MESSAGING_ADDRESS(Ns.OBSERVABLE, "messagingAddress"),
    SOURCE_APPLICATION(Ns.OBSERVABLE, "sourceApplication"),
    RECOVERED_OBJECT_FACET(Ns.OBSERVABLE, "RecoveredObjectFacet"),
    CONTENT_RECOVERED_STATUS(Ns.OBSERVABLE, "contentRecoveredStatus"),
    // uco-observable: calls and messages
    CALL(Ns.OBSERVABLE, "Call"),
    CALL_FACET(Ns.OBSERVABLE, "CallFacet"),
    CALL_TYPE(Ns.OBSERVABLE, "callType"),
    FROM(Ns.OBSERVABLE, "from"),
    TO(Ns.OBSERVABLE, "to"),
    PARTICIPANT(Ns.OBSERVABLE, "participant"),
    START_TIME(Ns.OBSERVABLE, "startTime"),
    DURATION(Ns.OBSERVABLE, "duration"),
    APPLICATION_PROPERTY(Ns.OBSERVABLE, "application"),
    MESSAGE(Ns.OBSERVABLE, "Message"),
    SMS_MESSAGE(Ns.OBSERVABLE, "SMSMessage"),
    MESSAGE_FACET(Ns.OBSERVABLE, "MessageFacet"),
    SMS_MESSAGE_FACET(Ns.OBSERVABLE, "SMSMessageFacet"),
    MESSAGE_TEXT(Ns.OBSERVABLE, "messageText"),
    MESSAGE_TYPE(Ns.OBSERVABLE, "messageType"),
    SENT_TIME(Ns.OBSERVABLE, "sentTime"),
    IS_READ(Ns.OBSERVABLE, "isRead");

    /** The JSON-LD prefixes of the namespaces above; kb is where case.jsonld's own nodes live. */
    public enum Ns {
        INVESTIGATION("case-investigation", "https://ontology.caseontology.org/case/investigation/"),
        ACTION("uco-action", "https://ontology.unifiedcyberontology.org/uco/action/"),
        CORE("uco-core", "https://ontology.unifiedcyberontology.org/uco/core/"),
        OBSERVABLE("uco-observable", "https://ontology.unifiedcyberontology.org/uco/observable/"),
        TOOL("uco-tool", "https://ontology.unifiedcyberontology.org/uco/tool/"),
        TYPES("uco-types", "https://ontology.unifiedcyberontology.org/uco/types/");

        public final String prefix;
        public final String iri;

        Ns(String prefix, String iri) {
            this.prefix = prefix;
            this.iri = iri;
        }
    }

    private final Ns ns;
    private final String localName;
    private final String curie;
    /** The curie encoded once: case.jsonld writes a few per record, millions of times. */
    private final SerializedString jsonName;

    UcoTerm(Ns ns, String localName) {
        this.ns = ns;
        this.localName = localName;
        this.curie = ns.prefix + ":" + localName;
        this.jsonName = new SerializedString(curie);
    }

    /** The class or property name without namespace, e.g. "CallFacet": the first part of node IRIs. */
    public String localName() {
        return localName;
    }

    /** As written in case.jsonld, e.g. "uco-observable:CallFacet". */
    public String curie() {
        return curie;
    }

    /** The curie as a JSON name, encoded once. */
    SerializedString jsonName() {
        return jsonName;
    }

    public String iri() {
        return ns.iri + localName;
    }

    /** Every term by full IRI, for checks against the ontology. */
    public static Map<String, UcoTerm> byIri() {
        Map<String, UcoTerm> m = new TreeMap<>();
        for (UcoTerm t : values()) {
            m.put(t.iri(), t);
        }
        return m;
    }
}
