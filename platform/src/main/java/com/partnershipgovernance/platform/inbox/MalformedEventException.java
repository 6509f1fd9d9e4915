package com.partnershipgovernance.platform.inbox;

/** An event that can never be applied as it is (bad envelope or payload): it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
