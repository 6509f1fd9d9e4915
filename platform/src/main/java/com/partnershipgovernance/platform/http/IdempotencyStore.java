package com.partnershipgovernance.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;

/** The {@code idempotency_record} table: one row per caller and key, holding the first answer. */
@ApplicationScoped
public class IdempotencyStore {

    /** Header set on a replayed answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    /** An answer stored for an earlier request with the same key. */
    public record StoredAnswer(String fingerprint, int status, String body, String location, String etag) {

        Response replay() {
            Response.ResponseBuilder answer = Response.status(status).header(REPLAYED_HEADER, "true");
            if (body != null && !"null".equals(body)) {
                answer.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
            }
            if (location != null) {
                answer.header(HttpHeaders.LOCATION, location);
            }
            if (etag != null) {
                answer.header(HttpHeaders.ETAG, etag);
            }
            return answer.build();
        }
    }

    /**
     * Claims {@code key} for {@code caller} in the current transaction, or returns the answer of the
     * request that claimed it first (waiting for it to commit if it is still running).
     */
    Optional<StoredAnswer> claim(String caller, String key, String fingerprint) {
        int inserted = em.createNativeQuery("INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, "
                        + "created_at) VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT fingerprint, status, body, location, etag "
                        + "FROM idempotency_record WHERE caller = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new StoredAnswer((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                (String) row[3], (String) row[4]));
    }

    /** Stores the answer of the request that claimed {@code key}. */
    void complete(String caller, String key, Response response, String body) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        em.createNativeQuery("UPDATE idempotency_record SET status = ?3, body = ?4, location = ?5, etag = ?6 "
                        + "WHERE caller = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, body)
                .setParameter(5, location == null ? null : location.toString())
                .setParameter(6, etag == null ? null : etag.toString())
                .executeUpdate();
    }

}
