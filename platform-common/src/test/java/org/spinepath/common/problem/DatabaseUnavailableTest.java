package org.spinepath.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableTest {

    @Test
    void aBrokenOrRefusedConnectionIsUnavailability() {
        assertThat(DatabaseUnavailable.is(new PersistenceException("could not execute statement",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void theServerShuttingDownOrThePoolTimingOutIsUnavailability() {
        assertThat(DatabaseUnavailable.is(new PersistenceException(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.is(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
    }

    @Test
    void aRefusedStatementIsNot() {
        assertThat(DatabaseUnavailable.is(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.is(new PersistenceException("constraint", new IllegalStateException("x"))))
                .isFalse();
    }
}
