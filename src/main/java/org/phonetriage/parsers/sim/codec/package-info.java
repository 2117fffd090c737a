/**
 * Decoding of SIM/USIM elementary-file contents (docs/sim-spec.md §3–5): GSM 7-bit text, alpha
 * identifiers, swapped BCD digits, time stamps, SMS addresses and TPDUs, EF_SMS records.
 * Decoders never throw on bad bytes: they return what they could read and a list of warnings.
 */
package org.phonetriage.parsers.sim.codec;
