package org.phonetriage.parsers.common;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * vCard 2.1/3.0/4.0 contact exports (phones' "export contacts", Google, Outlook, WhatsApp), read
 * with ez-vcard: quoted-printable, folded lines and grouped {@code item1.TEL} with their
 * {@code X-ABLabel} are its business. Numbers and e-mail addresses keep their TYPE as the label.
 */
public final class VCardParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("export.vcard",
            "vCard contact export (.vcf, 2.1/3.0/4.0)", "other", "1", "contacts");

    public VCardParser() {
        super(DESCRIPTOR, "contact");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".vcf") || lower.endsWith(".vcard");
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        int cards = 0;
        try (VCardReader reader = new VCardReader(in)) {
            VCard card;
            while ((card = reader.readNext()) != null) {
                cards++;
                reader.getWarnings().forEach(w -> sink.problem(new Problem(source.evidenceLabel(), source.path(),
                        "vCard: " + w)));
                sink.contact(contact(card, cards, source));
            }
        }
        if (cards == 0) {
            throw new IOException("no vCard (BEGIN:VCARD … END:VCARD) in the file");
        }
    }

    private static Contact contact(VCard card, int index, Source source) {
        List<ContactValue> values = new ArrayList<>();
        for (Telephone tel : card.getTelephoneNumbers()) {
            String raw = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
            if (raw != null && !raw.isBlank()) {
                values.add(new ContactValue("phone", raw.strip(), label(card, tel,
                        tel.getTypes().stream().map(Object::toString).collect(Collectors.joining(","))), null));
            }
        }
        for (Email email : card.getEmails()) {
            if (email.getValue() != null && !email.getValue().isBlank()) {
                values.add(new ContactValue("email", email.getValue().strip(), label(card, email,
                        email.getTypes().stream().map(Object::toString).collect(Collectors.joining(","))), null));
            }
        }
        for (Impp impp : card.getImpps()) {
            if (impp.getUri() != null) {
                values.add(new ContactValue("im", impp.getUri().toString(), impp.getProtocol(), null));
            }
        }
        Provenance p = new Provenance(source.evidenceLabel(), source.path(), null, "vcard", (long) index,
                DESCRIPTOR.id(), DESCRIPTOR.version());
        return new Contact(p, name(card), values, null, false);
    }

    /** FN, else the structured name put together, else the organisation. */
    private static String name(VCard card) {
        if (card.getFormattedName() != null && card.getFormattedName().getValue() != null
                && !card.getFormattedName().getValue().isBlank()) {
            return card.getFormattedName().getValue().strip();
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            String joined = String.join(" ", n.getPrefixes()) + " " + (n.getGiven() == null ? "" : n.getGiven())
                    + " " + String.join(" ", n.getAdditionalNames()) + " " + (n.getFamily() == null ? "" : n.getFamily());
            joined = joined.replaceAll("\\s+", " ").strip();
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
                : card.getOrganization().getValues().get(0);
    }

    /** An Apple-style group label (item1.X-ABLabel) wins over the TYPE list. */
    private static String label(VCard card, VCardProperty property, String types) {
        if (property.getGroup() != null) {
            for (var ext : card.getExtendedProperties("X-ABLABEL")) {
                if (property.getGroup().equalsIgnoreCase(ext.getGroup()) && ext.getValue() != null) {
                    return ext.getValue().replaceAll("^_\\$!<(.*)>!\\$_$", "$1");
                }
            }
        }
        return types.isEmpty() ? null : types.toLowerCase(Locale.ROOT);
    }
}
