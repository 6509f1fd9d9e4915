package com.partnershipgovernance.platform.problem;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

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
    void aDatabaseOutageKeptOnlyAsASuppressedExceptionIsA503NotA500() {
        // a transaction whose rollback fails on the dead connection rethrows its own error, the database's suppressed
        IllegalStateException rollbackFailed = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollbackFailed.addSuppressed(connectionLost());

        Problem problem = FailureCauses.classify(rollbackFailed);

        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(503);
    }

    @Test
    void aDatabaseOutageSuppressedByACauseDeeperInTheChainIsA503() {
        IllegalStateException cause = new IllegalStateException("Transaction rolled back");
        cause.addSuppressed(new RuntimeException("rollback failed", connectionLost()));
        RuntimeException wrapped = new RuntimeException("Request failed", cause);

        Problem problem = FailureCauses.classify(wrapped);

        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(503);
    }

    private static PSQLException connectionLost() {
        return new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
    }

    @Test
    void anUnknownFailureIsLeftUnclassified() {
        assertThat(FailureCauses.classify(new IllegalStateException("bug"))).isNull();
    }
}
