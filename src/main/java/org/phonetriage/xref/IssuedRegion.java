package org.phonetriage.xref;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** The region a phone key (E.164) was issued in, by libphonenumber; shared with the Spark job. */
public final class IssuedRegion {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private IssuedRegion() {
    }

    /** The key's region, or null when it is no phone number with a region. */
    public static String of(String key) {
        PhoneNumber pn = parse(key);
        return pn == null ? null : PHONES.getRegionCodeForNumber(pn);
    }

    /** The key as a number, or null when it is none. */
    static PhoneNumber parse(String key) {
        if (!key.startsWith("+")) {
            return null;
        }
        try {
            return PHONES.parse(key, null);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
