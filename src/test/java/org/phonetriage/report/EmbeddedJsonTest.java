package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EmbeddedJsonTest {

    private static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028\u2029 \"'\\";

    @Test
    void nothingInAValueCanEndTheScriptElementOrBreakAJavaScriptLiteral() throws Exception {
        String json = EmbeddedJson.toString(g -> {
            g.writeStartObject();
            g.writeStringField("name", HOSTILE);
            g.writeEndObject();
        });
        for (String forbidden : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(json.contains(forbidden), forbidden + " in " + json);
        }
        assertEquals("{\"name\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"
                + "\\u003C!-- \\u0026 \\u2028\\u2029 \\\"'\\\\\"}", json);
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("name").asText());
    }
}
