package org.phonetriage.normalize;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Brazil added a 9 to every mobile number (2012–2016), yet old contacts and WhatsApp JIDs keep the
 * 8-digit form (docs/phone-numbers.md §3.5). The 9 is added only to a 10-digit national number
 * whose subscriber part starts 6–9, and only when the result is a valid mobile: a 2–5 start is a
 * landline, and +55 11 3456-7890 and +55 11 93456-7890 are two different subscribers.
 */
final class BrazilNinthDigit {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private BrazilNinthDigit() {
    }

    /** The 11-digit mobile this old form stands for, if the rule allows one. */
    static Optional<PhoneNumber> variant(PhoneNumber pn) {
        if (pn.getCountryCode() != 55) {
            return Optional.empty();
        }
        String nsn = PHONES.getNationalSignificantNumber(pn);
        if (nsn.length() != 10 || nsn.charAt(2) < '6' || nsn.charAt(2) > '9') {
            return Optional.empty();
        }
        PhoneNumber variant = new PhoneNumber().setCountryCode(55)
                .setNationalNumber(Long.parseLong(nsn.substring(0, 2) + "9" + nsn.substring(2)));
        return PHONES.getNumberType(variant) == PhoneNumberType.MOBILE ? Optional.of(variant) : Optional.empty();
    }
}
