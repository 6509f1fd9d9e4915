package com.partnershipgovernance.kpi.threshold.domain;

import com.partnershipgovernance.kpi.scope.NativeScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Targets and RAG thresholds, by KPI and partner (null partner: the portfolio default). */
@ApplicationScoped
public class RagThresholdRepository implements PanacheRepositoryBase<RagThreshold, UUID> {

    /** The thresholds of {@code kpiCode} for {@code partnerId}, or the portfolio defaults when it is null. */
    public List<RagThreshold> ofScope(String kpiCode, UUID partnerId) {
        return partnerId == null
                ? list("kpiCode = ?1 and partnerId is null order by validFrom", kpiCode)
                : list("kpiCode = ?1 and partnerId = ?2 order by validFrom", kpiCode, partnerId);
    }

    /** The defaults and every partner's thresholds of {@code kpiCode}, or only {@code partnerId}'s if given. */
    public List<RagThreshold> ofKpiFor(String kpiCode, UUID partnerId) {
        return partnerId == null ? list("kpiCode = ?1 order by validFrom, createdAt", kpiCode)
                : list("kpiCode = ?1 and (partnerId is null or partnerId = ?2) order by validFrom, createdAt", kpiCode,
                partnerId);
    }

    /** Every threshold of {@code kpiCodes}, of {@code partnerIds} or the portfolio default, earliest first. */
    @SuppressWarnings("unchecked")
    public List<RagThreshold> ofKpisFor(Collection<String> kpiCodes, Collection<UUID> partnerIds) {
        // arrays, not IN lists: Hibernate re-translates a query with a list parameter on every call, and every
        // dashboard and derived measurement asks for its thresholds
        return getEntityManager().createNativeQuery("SELECT * FROM rag_threshold WHERE kpi_code = ANY(?1) "
                        + "AND (partner_id IS NULL OR partner_id = ANY(?2)) ORDER BY valid_from", RagThreshold.class)
                .setParameter(1, kpiCodes.toArray(String[]::new))
                .setParameter(2, NativeScope.partners(partnerIds).toArray(UUID[]::new))
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** The thresholds that apply to {@code partnerId}'s value of {@code kpiCode} on {@code day}: its own, else the default. */
    public Optional<RagThreshold> applicable(String kpiCode, UUID partnerId, LocalDate day) {
        Parameters parameters = Parameters.with("code", kpiCode).and("partner", partnerId).and("day", day);
        Optional<RagThreshold> own = find("kpiCode = :code and partnerId = :partner and validFrom <= :day "
                + "and (validUntil is null or validUntil >= :day)", parameters).firstResultOptional();
        return own.isPresent() ? own : find("kpiCode = :code and partnerId is null and validFrom <= :day "
                + "and (validUntil is null or validUntil >= :day)", Parameters.with("code", kpiCode).and("day", day))
                .firstResultOptional();
    }
}
