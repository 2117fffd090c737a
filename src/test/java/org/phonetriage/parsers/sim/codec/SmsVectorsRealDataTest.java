package org.phonetriage.parsers.sim.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.phonetriage.RealData;
import org.phonetriage.parsers.sim.codec.TpduDecoder.Direction;

/** Every vector of ../shared/realdata/sim/*.json (real cards, AOSP and python-gsmmodem tests). */
class SmsVectorsRealDataTest {

    @TestFactory
    Stream<DynamicTest> efSmsRecords() throws IOException {
        return vectors("sim/test_vectors_sms_records.json").map(v -> DynamicTest.dynamicTest(v.get("id").asText(), () -> {
            JsonNode e = v.get("expected");
            EfSmsRecord record = EfSmsRecord.decode(1, Hex.parse(v.get("hex").asText()));
            assertEquals(Integer.parseInt(e.get("statusByte").asText(), 16), record.statusByte());
            assertEquals(e.get("state").asText(), record.state());
            assertEquals(e.get("state").asText().equals("free"), record.deleted());
            assertEquals(e.get("firstOctet").asText(), String.format("%02X", record.sms().firstOctet));
            assertEquals(e.get("tpduEndOffsetInRecord").asInt(), record.sms().endOffset);
            assertEquals(e.get("slackHex").asText(), record.slackHex());
            assertMessage(e, record.sms());
        }));
    }

    @TestFactory
    Stream<DynamicTest> pdus() throws IOException {
        return vectors("sim/test_vectors_tpdu.json").map(v -> DynamicTest.dynamicTest(v.get("id").asText(), () -> {
            JsonNode e = v.get("expected");
            SmsPdu sms = TpduDecoder.decode(Hex.parse(v.get("hex").asText()), 0, Direction.UNKNOWN);
            assertMessage(e, sms);
            if (e.has("mr")) {
                assertEquals(e.get("mr").asInt(), sms.messageReference);
            }
            if (e.has("vpMinutes")) {
                assertEquals(e.get("vpMinutes").asInt(), sms.validityMinutes);
            }
            if (e.has("vpAbsolute")) {
                assertEquals(OffsetDateTime.parse(e.get("vpAbsolute").asText()), sms.validityAbsolute);
            }
            if (e.has("dt")) {
                assertEquals(OffsetDateTime.parse(e.get("dt").asText()), sms.dischargeTime);
            }
            if (e.has("st")) {
                assertEquals(Integer.parseInt(e.get("st").asText(), 16), sms.status);
            }
            if (e.has("alphabet")) {
                assertEquals(e.get("alphabet").asText(), sms.coding.alphabet().label());
            }
            if (e.has("dataHex")) {
                assertEquals(e.get("dataHex").isNull() ? null : e.get("dataHex").asText(), sms.dataHex);
            }
        }));
    }

    private static void assertMessage(JsonNode e, SmsPdu sms) {
        assertFalse(sms.truncated, () -> "truncated: " + sms.warnings);
        if (e.get("smsc").isNull()) {
            assertNull(sms.serviceCentre);
        } else {
            assertEquals(e.get("smsc").asText(), sms.serviceCentre.value());
        }
        assertEquals(e.get("tpduType").asText(), sms.type.label());
        assertEquals(e.get("address").asText(), sms.address.value());
        assertEquals(e.get("ton").asInt(), sms.address.ton());
        assertEquals(e.get("npi").asInt(), sms.address.npi());
        if (e.has("pid")) {
            assertEquals(e.get("pid").asText(), String.format("%02X", sms.pid));
            assertEquals(e.get("dcs").asText(), String.format("%02X", sms.dcs));
            assertEquals(e.get("udl").asInt(), sms.userDataLength);
            assertEquals(e.get("text").isNull() ? null : e.get("text").asText(), sms.text);
            Integer cls = e.get("messageClass").isNull() ? null : e.get("messageClass").asInt();
            assertEquals(cls, sms.coding.messageClass());
            List<String> udh = new ArrayList<>();
            e.get("udh").forEach(ie -> udh.add(ie.get("iei").asText() + ":" + ie.get("data").asText()));
            assertEquals(udh, sms.header.stream().map(ie -> String.format("%02X:", ie.iei()) + ie.dataHex()).toList());
        }
        if (e.has("scts")) {
            assertEquals(OffsetDateTime.parse(e.get("scts").asText()), sms.serviceCentreTime);
        }
    }

    private static Stream<JsonNode> vectors(String file) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        new ObjectMapper().readTree(RealData.path(file).toFile()).forEach(list::add);
        return list.stream();
    }
}
