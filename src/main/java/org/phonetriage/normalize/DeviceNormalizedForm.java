package org.phonetriage.normalize;

import java.util.Optional;

/**
 * The phone's own normalised form of a number (contacts' data4, the call log's
 * normalized_number, Viber's data2) where it is another number than the raw value reads as: both
 * are evidence, so our reading stays the key and the phone's becomes a candidate of the same
 * record, saying so.
 */
public final class DeviceNormalizedForm {

    public static final String RULE = NormalizedId.ALTERNATIVE + "device-normalized";

    private DeviceNormalizedForm() {
    }

    /**
     * @param ours   how the raw value reads
     * @param stored the phone's normalised form as stored
     * @param phones how that form reads (with the device's region; it is E.164 in practice)
     * @return the candidate to add, or empty when the phone agrees with us or names no number
     */
    public static Optional<NormalizedId> candidate(NormalizedId ours, String stored, NormalizedId phones) {
        if (phones == null || !"phone".equals(phones.type()) || phones.key().equals(ours.key())
                || ours.alternatives().stream().anyMatch(a -> a.key().equals(phones.key()))) {
            return Optional.empty();
        }
        return Optional.of(NormalizedId.of(phones.key(), phones.type(), "C", RULE, phones.region(),
                NormalizedId.CANDIDATE).withReason("the phone normalised it as " + stored + "; the raw value reads as "
                + ours.key()));
    }
}
