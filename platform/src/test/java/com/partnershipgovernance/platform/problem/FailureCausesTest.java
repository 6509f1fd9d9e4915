package com.partnershipgovernance.platform.problem;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCausesTest {

    @Test
    void anExhaustedConnectionPoolIsARetryable503NotA500() {
        for (String agroal : new String[] {"Sorry, acquisition timeout!",
                "Acquisition timeout while waiting for new connection"}) {
            Problem problem = FailureCauses.classify(new GenericJDBCException("Unable to acquire JDBC Connection",
                    new SQLException(agroal)));
            assertThat(problem).as(agroal).isNotNull();
            assertThat(problem.status()).isEqualTo(503);
        }
    }

    @Test
    void anUnknownFailureIsLeftUnclassified() {
        assertThat(FailureCauses.classify(new IllegalStateException("bug"))).isNull();
    }
}
