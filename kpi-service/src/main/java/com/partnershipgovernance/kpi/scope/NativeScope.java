package com.partnershipgovernance.kpi.scope;

import com.partnershipgovernance.platform.scope.PartnerScope;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Partner scope for the few queries written in SQL (for speed: the portfolio's cells, the thresholds every
 * derivation reads). The partner-scope filter does not reach SQL, so each such query names its partners through
 * {@link #partners}: a partner user's request keeps only their own partner, whatever the caller asked for.
 */
public final class NativeScope {

    private NativeScope() {
    }

    /** {@code partnerIds} as the current request may read them: all, or only the partner it is confined to. */
    public static List<UUID> partners(Collection<UUID> partnerIds) {
        return PartnerScope.current().map(own -> partnerIds.stream().filter(own::equals).toList())
                .orElseGet(() -> List.copyOf(partnerIds));
    }
}
