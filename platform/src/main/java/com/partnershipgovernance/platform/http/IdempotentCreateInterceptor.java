package com.partnershipgovernance.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes a creating request idempotent per {@code Idempotency-Key} and caller. The key is claimed in
 * the same transaction as the creation and the answer stored with it, so concurrent retries wait for
 * the first one and then replay its answer; a failed first attempt leaves no claim behind.
 */
@IdempotentCreate
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class IdempotentCreateInterceptor {

    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object idempotent(InvocationContext invocation) throws Exception {
        String key = request.getHeader(IdempotentCreate.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ValidationException(IdempotentCreate.HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<IdempotencyStore.StoredAnswer> earlier = store.claim(caller.subject(), key, fingerprint);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was used for a different request; use a new key");
                }
                return earlier.get().replay();
            }
            Object result = invocation.proceed();
            Response response = result instanceof Response r ? r : Response.ok(result).build();
            store.complete(caller.subject(), key, response, mapper.writeValueAsString(response.getEntity()));
            return result;
        });
    }

    private String fingerprint(InvocationContext invocation) throws NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder(request.method().name()).append(' ').append(request.path());
        for (Object parameter : invocation.getParameters()) {
            text.append('\n').append(serialise(parameter));
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private String serialise(Object parameter) {
        try {
            return mapper.writeValueAsString(parameter);
        } catch (JsonProcessingException | RuntimeException e) {
            return parameter.getClass().getName();
        }
    }
}
