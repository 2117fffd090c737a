package org.phonetriage.parsers;

import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.SimInfo;

/** Where parsers hand their canonical records. Parsers never touch the store themselves. */
public interface RecordSink {

    void contact(Contact contact);

    void call(Call call);

    void message(Message message);

    void sim(SimInfo sim);

    /** An identifier of the device's own user found outside the SIM records (an app's registration). */
    void ownIdentifier(OwnIdentifier own);

    /** A fact about the device or card that is no identifier (model, serial, a SIM's last location …). */
    void fact(DeviceFact fact);

    void problem(Problem problem);
}
