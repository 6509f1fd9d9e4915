package com.partnershipgovernance.deploy.demo;

/** The demo seed could not go on; the message names the call and the service's answer. */
public final class DemoSeedFailure extends RuntimeException {

    DemoSeedFailure(String message) {
        super(message);
    }

    DemoSeedFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
