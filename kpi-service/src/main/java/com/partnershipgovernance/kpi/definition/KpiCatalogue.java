package com.partnershipgovernance.kpi.definition;

import com.partnershipgovernance.kpi.definition.domain.Aggregation;
import com.partnershipgovernance.kpi.definition.domain.Direction;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.kpi.definition.domain.KpiDescription;
import com.partnershipgovernance.kpi.definition.domain.KpiSource;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Defines KPIs and revises how they are described; admin and quality own the catalogue. */
@ApplicationScoped
public class KpiCatalogue {

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /** The definition of {@code code}, or a 404. */
    public KpiDefinition get(String code) {
        return definitions.byCode(code).orElseThrow(() -> RecordNotFoundException.of("KPI", code));
    }

    /**
     * Defines a new KPI.
     *
     * @throws BusinessRuleException naming {@code code} when another KPI has it
     */
    @Transactional
    public KpiDefinition define(String code, KpiDescription description, Direction direction,
                                Aggregation aggregation, Periodicity periodicity, KpiSource source) {
        if (definitions.byCode(code).isPresent()) {
            throw BusinessRuleException.onField("code", "is already the code of another KPI");
        }
        KpiDefinition definition = new KpiDefinition(code, description, direction, aggregation, periodicity, source,
                clock.instant());
        definitions.persistAndFlush(definition);
        return definition;
    }

    /** Revises name, description, unit and category; needs If-Match and X-Change-Reason. */
    @Transactional
    public KpiDefinition revise(String code, String ifMatch, KpiDescription description) {
        KpiDefinition definition = get(code);
        Preconditions.requireIfMatch(ifMatch, definition.version());
        changeContext.requireReason();
        definition.revise(description);
        definitions.flush();
        return definition;
    }
}
