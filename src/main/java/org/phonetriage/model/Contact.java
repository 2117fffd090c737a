package org.phonetriage.model;

import java.util.List;

/** An address-book entry. Its name is this phone's alias for the person, nothing more. */
public record Contact(Provenance provenance, String name, List<ContactValue> values, String account,
                      boolean deleted) {
}
