package com.partnershipgovernance.platform.testing.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One event as its producer documents it: type, topic, the payload field that is its Kafka key, the
 * payload's fields and the documented example payload.
 */
public record DocumentedEvent(String producer, String type, String topic, String keyField,
                              List<DocumentedField> fields, ObjectNode examplePayload) {

    /** The CloudEvents {@code ce_type}, e.g. {@code com.partnershipgovernance.deviation.reported.v1}. */
    public String ceType() {
        return "com.partnershipgovernance." + type + ".v1";
    }

    /** The CloudEvents {@code ce_source}, e.g. {@code /agreement-service}. */
    public String source() {
        return "/" + producer;
    }

    public List<String> fieldNames() {
        return fields.stream().map(DocumentedField::name).toList();
    }

    /** A new event built from the documented example (a copy: adjusting it changes nothing here). */
    public EventExample example() {
        return new EventExample(this, examplePayload.deepCopy());
    }

    /**
     * For the producer's own test: the documented fields are exactly the components of the payload record
     * it publishes, in order (and, by the catalogue's own check, so are the example's).
     */
    public void assertPayloadIs(Class<? extends Record> payload) {
        List<String> components = Arrays.stream(payload.getRecordComponents()).map(InboundFields::jsonName).toList();
        if (!components.equals(fieldNames())) {
            throw new AssertionError(producer + " documents " + type + " with fields " + fieldNames()
                    + " but publishes " + payload.getSimpleName() + " " + components);
        }
        assertReadableAs(payload);
    }

    /**
     * For a consumer's test: every component of the record the consumer reads this event into is a field
     * the producer documents, recursively into nested records (a nested field must appear in the documented
     * example); a consumer reading an undocumented field fails, naming it.
     */
    public void assertReadableAs(Class<? extends Record> inbound) {
        List<String> undocumented = InboundFields.undocumented(inbound, examplePayload);
        if (!undocumented.isEmpty()) {
            throw new AssertionError(inbound.getName() + " reads " + undocumented + " of " + type
                    + ", which " + producer + " does not document (documented: " + fieldNames() + ")");
        }
    }

    /** What the catalogue refuses about this event's documentation. */
    List<String> shapeProblems() {
        List<String> problems = new ArrayList<>();
        if (fields.isEmpty()) {
            problems.add(type + " documents no field");
        }
        if (!fieldNames().contains(keyField)) {
            problems.add(type + "'s key " + keyField + " is not one of its fields");
        }
        List<String> exampleFields = new ArrayList<>();
        examplePayload.fieldNames().forEachRemaining(exampleFields::add);
        if (!examplePayload.isEmpty() && !exampleFields.equals(fieldNames())) {
            problems.add(type + "'s example has fields " + exampleFields + ", its table " + fieldNames());
        }
        return problems;
    }
}
