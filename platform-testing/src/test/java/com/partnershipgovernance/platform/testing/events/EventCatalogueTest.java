package com.partnershipgovernance.platform.testing.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue reads every producer's docs/events.md and builds events from their examples. */
class EventCatalogueTest {

    private static final String DOC = """
            # Events published by sample-service

            | event | topic | key |
            |---|---|---|
            | `sample.happened` | `sample.events.v1` | `sampleId` |

            ## sample.happened

            | field | type | meaning |
            |---|---|---|
            | `sampleId` | UUID | the sample |
            | `amount` | money | how much |

            ```json
            { "sampleId": "5b0e7d2a-3f44-4a55-9f0e-0d1c2b3a4f5e", "amount": { "amount": "1.00", "currency": "EUR" } }
            ```
            """;

    record Money(String amount, String currency) {
    }

    record Reads(UUID sampleId, Money amount) {
    }

    record ReadsTooMuch(UUID sampleId, String colour) {
    }

    record Nested(String amount, String rate) {
    }

    record ReadsNestedTooMuch(Nested amount) {
    }

    @Test
    void everyProducersDocumentIsReadWithItsTopicsKeysFieldsAndExamples() {
        EventCatalogue catalogue = EventCatalogue.load();
        DocumentedEvent reported = catalogue.event("deviation.reported");
        assertEquals("agreement.deviations.v1", reported.topic());
        assertEquals("deviationId", reported.keyField());
        assertEquals("/agreement-service", reported.source());
        assertEquals("com.partnershipgovernance.deviation.reported.v1", reported.ceType());
        assertTrue(reported.fieldNames().containsAll(List.of("partnerId", "reportedOn", "notifiedOnTime")));
        assertEquals("partner.events.v1", catalogue.event("partner.registered").topic());
        assertEquals("sowId", catalogue.event("milestone.missed").keyField());
        assertEquals("kpi.events.v1", catalogue.event("kpi.breached").topic());
        assertEquals("risk.events.v1", catalogue.event("risk.raised").topic());
        assertEquals(22, catalogue.events().size());
    }

    @Test
    void anExampleTakesTheTestsValuesAndKeepsTheRestAsDocumented() throws Exception {
        UUID deviation = UUID.randomUUID();
        EventExample example = EventCatalogue.load().example("deviation.reported")
                .with("deviationId", deviation).with("reportedOn", LocalDate.of(2026, 9, 1))
                .with("notifiedOnTime", true).without("batchNumber");
        JsonNode json = EventCatalogue.JSON.readTree(example.toJson());
        assertEquals(deviation.toString(), json.get("deviationId").asText());
        assertEquals("2026-09-01", json.get("reportedOn").asText());
        assertTrue(json.get("notifiedOnTime").booleanValue());
        assertEquals("OOS_RESULT", json.get("category").asText());
        assertFalse(json.has("batchNumber"));
        assertEquals(deviation.toString(), example.key());
        assertEquals(example.id(), example.headers().get("ce_id"));
        assertEquals("/agreement-service", example.headers().get("ce_source"));
        assertThrows(IllegalArgumentException.class, () -> example.with("colour", "red"));
    }

    @Test
    void aNestedDocumentedFieldIsSetByItsPath() throws Exception {
        EventExample spend = EventCatalogue.load().example("sow.spend-recorded").with("budget.amount", "99.00");
        assertEquals("99.00", EventCatalogue.JSON.readTree(spend.toJson()).at("/budget/amount").asText());
        assertThrows(IllegalArgumentException.class, () -> spend.with("budget.rate", 1));
    }

    @Test
    void aConsumerReadingOnlyDocumentedFieldsPassesAndOneReadingMoreFailsNamingTheField() {
        DocumentedEvent sample = EventCatalogue.parse(DOC).event("sample.happened");
        sample.assertReadableAs(Reads.class);
        AssertionError tooMuch = assertThrows(AssertionError.class, () -> sample.assertReadableAs(ReadsTooMuch.class));
        assertTrue(tooMuch.getMessage().contains("[colour]"), tooMuch.getMessage());
        AssertionError nested = assertThrows(AssertionError.class,
                () -> sample.assertReadableAs(ReadsNestedTooMuch.class));
        assertTrue(nested.getMessage().contains("[amount.rate]"), nested.getMessage());
    }

    @Test
    void aDocumentWhoseExampleDiffersFromItsFieldTableIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EventCatalogue.parse(DOC.replace("\"sampleId\"", "\"sampleKey\"")));
        assertTrue(refused.getMessage().contains("sample.happened's example has fields"), refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> EventCatalogue.parse(DOC.replace("| `sample.happened` |", "| `sample.other` |")));
    }
}
