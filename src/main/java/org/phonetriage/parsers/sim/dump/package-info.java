/**
 * SIM dumps as read from the formats of docs/sim-spec.md §6 into one model: the card's
 * elementary files by canonical path (§1.3) with their bytes or records, or the error a reader got.
 */
package org.phonetriage.parsers.sim.dump;
