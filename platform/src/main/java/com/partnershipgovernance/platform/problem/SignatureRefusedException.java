package com.partnershipgovernance.platform.problem;

/** An electronic signature that cannot be accepted, e.g. the signer did not re-authenticate recently (401). */
public class SignatureRefusedException extends ProblemException {

    public SignatureRefusedException(String detail) {
        super(ProblemType.SIGNATURE_REFUSED, detail);
    }
}
