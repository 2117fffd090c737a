package org.phonetriage.parsers.sqlite;

import java.util.ArrayList;
import java.util.List;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.SimInfo;
import org.phonetriage.parsers.RecordSink;

/** Keeps every record a parser emits, for assertions. */
public final class CollectingSink implements RecordSink {

    public final List<Contact> contacts = new ArrayList<>();
    public final List<Call> calls = new ArrayList<>();
    public final List<Message> messages = new ArrayList<>();
    public final List<SimInfo> sims = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    public final List<OwnIdentifier> owners = new ArrayList<>();
    public final List<DeviceFact> facts = new ArrayList<>();

    @Override
    public void fact(DeviceFact fact) {
        facts.add(fact);
    }

    @Override
    public void ownIdentifier(OwnIdentifier own) {
        owners.add(own);
    }

    @Override
    public void contact(Contact contact) {
        contacts.add(contact);
    }

    @Override
    public void call(Call call) {
        calls.add(call);
    }

    @Override
    public void message(Message message) {
        messages.add(message);
    }

    @Override
    public void sim(SimInfo sim) {
        sims.add(sim);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }
}
