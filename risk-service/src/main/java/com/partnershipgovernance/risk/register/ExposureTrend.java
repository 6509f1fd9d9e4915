package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Total exposure month by month, read back from the audit trail: at the end of each month, the sum of
 * the scores the then-live risks had. Envers keeps every revision of every risk with its time, so the
 * trend is exact (re-scores, closures and reopenings included) and needs no snapshots.
 */
@ApplicationScoped
public class ExposureTrend {

    /** Exposure at the end of a month (or now, for the current month). */
    public record Point(YearMonth month, int totalExposure, int riskCount) {
    }

    private static final String AT_CUTOFF = "SELECT coalesce(sum(a.score), 0), count(*) FROM risk_aud a "
            + "WHERE a.rev = (SELECT max(b.rev) FROM risk_aud b JOIN revinfo r ON r.rev = b.rev "
            + "               WHERE b.id = a.id AND r.revtstmp < ?1) "
            + "AND a.revtype <> 2 AND a.status <> 'CLOSED' AND a.retired_at IS NULL";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The last {@code months} months, oldest first, of the risks of {@code partnerId} (all when null). */
    @Transactional
    public List<Point> lastMonths(int months, UUID partnerId) {
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        List<Point> points = new ArrayList<>();
        for (int back = months - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            Instant cutoff = back == 0 ? clock.instant()
                    : month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            points.add(at(month, cutoff, partnerId));
        }
        return points;
    }

    private Point at(YearMonth month, Instant cutoff, UUID partnerId) {
        StringBuilder sql = new StringBuilder(AT_CUTOFF);
        List<Object> parameters = new ArrayList<>(List.of(cutoff.toEpochMilli()));
        if (partnerId != null) {
            parameters.add(partnerId);
            sql.append(" AND a.partner_id = ?").append(parameters.size());
        }
        // SQL over the audit table, which the partner-scope filter does not reach: the same scope as a risk's
        Optional<UUID> confined = PartnerScope.current();
        if (confined.isPresent()) {
            parameters.add(confined.get());
            sql.append(" AND a.joint AND a.partner_id = ?").append(parameters.size());
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new Point(month, ((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }
}
