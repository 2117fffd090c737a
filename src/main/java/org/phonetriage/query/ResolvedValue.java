package org.phonetriage.query;

import java.util.List;
import org.phonetriage.normalize.NormalizedId;

/**
 * A value an examiner searched for, as the case would have stored it.
 *
 * @param input   the value as given
 * @param reading how it reads: the normalisation policy's reading, or the value itself when it
 *                was given as a typed key ({@code iccid:…}); its key is null for a placeholder
 * @param keys    every key to look up, the reading's first: then the value as typed (when it
 *                looks like a key and differs) and the readings the policy did not choose
 */
public record ResolvedValue(String input, NormalizedId reading, List<String> keys) {

    public ResolvedValue {
        keys = List.copyOf(keys);
    }

    /** The key the value reads as, or null when it is no identifier at all. */
    public String key() {
        return reading.key();
    }
}
