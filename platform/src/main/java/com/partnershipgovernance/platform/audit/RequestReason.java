package com.partnershipgovernance.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/** The reason given with the current request. */
@RequestScoped
public class RequestReason {

    private String reason;

    String get() {
        return reason;
    }

    void set(String reason) {
        this.reason = reason;
    }
}
