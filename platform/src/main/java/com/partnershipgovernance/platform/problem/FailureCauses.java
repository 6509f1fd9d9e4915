package com.partnershipgovernance.platform.problem;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Recognises failures by what lies underneath them (a concurrent write, a duplicate key, an
 * unreachable database), whatever transaction or proxy wrapped them on the way out.
 */
public final class FailureCauses {

    private FailureCauses() {
    }

    /** The problem for a known cause in {@code e}'s chain, or {@code null} if the failure is unexpected. */
    public static Problem classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p.toProblem();
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Problem.of(ProblemType.PRECONDITION_FAILED,
                        "The record was changed by someone else meanwhile; read it again and retry");
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return Problem.of(ProblemType.CONFLICT, "The request conflicts with a record that already exists");
            }
            // the last line behind the input checks: text PostgreSQL cannot hold (a NUL character) is the client's
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return Problem.of(ProblemType.BAD_REQUEST, "The request holds a character that cannot be stored");
            }
        }
        if (isDatabaseUnavailable(e)) {
            return Problem.of(ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable; retry shortly");
        }
        return null;
    }

    /**
     * Whether {@code e} says the database cannot be reached (a retry later may succeed), anywhere in its chain of
     * causes or among the suppressed exceptions of any link: a transaction that fails to roll back on a dead
     * connection, for one, keeps the database's error only as a suppressed exception of the one it rethrows.
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t : causesAndSuppressed(e)) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String message = t.getMessage();
            // Agroal's pool, exhausted: "Acquisition timeout while waiting for new connection" or "Sorry, acquisition timeout!"
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** {@code e}, its causes and the suppressed exceptions of each (recursively), each once, outermost first. */
    private static List<Throwable> causesAndSuppressed(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (e != null) {
            pending.add(e);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return found;
    }

    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
