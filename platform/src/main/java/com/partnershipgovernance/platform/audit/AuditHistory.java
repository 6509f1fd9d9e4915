package com.partnershipgovernance.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The audit trail of one record, oldest change first, as {@code GET .../{id}/history} answers it. */
@Schema(name = "AuditHistory")
public record AuditHistory(List<Entry> items) {

    /** One revision of the record: who changed what, when and why. */
    @Schema(name = "AuditHistoryEntry")
    public record Entry(@Schema(example = "42") long revision,
                        Instant at,
                        @Schema(description = "user id (sub)", example = "u-1234") String by,
                        @Schema(description = "printed name", example = "Dana Quality") String byName,
                        @Schema(example = "Supplier audit closed with no critical findings") String reason,
                        @Schema(enumeration = {"CREATED", "UPDATED", "DELETED"}) String operation,
                        List<FieldChange> changes) {
    }

    /** One field's old and new value. */
    @Schema(name = "AuditFieldChange")
    public record FieldChange(String field, JsonNode from, JsonNode to) {
    }
}
