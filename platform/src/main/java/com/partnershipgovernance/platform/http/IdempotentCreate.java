package com.partnershipgovernance.platform.http;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating {@code POST} that honours the {@code Idempotency-Key} header: a retry with the
 * same key (per caller) returns the first answer and creates nothing twice.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentCreate {

    /** The request header carrying the client's key. */
    String HEADER = "Idempotency-Key";
}
