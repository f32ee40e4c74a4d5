package org.tradedeal.negotiation.perf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * What one submission costs the database (issue 15): the SQL statements and transactions of a submission that is
 * scored at once, counted by Hibernate's statistics. The bounds are what the submission path needs today; a change
 * that adds a statement or a transaction to it shows here (and should say why).
 */
@QuarkusTest
@TestProfile(SubmissionStatementsTests.WithStatistics.class)
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class SubmissionStatementsTests extends StubbedDownstreams {

    /** Hibernate's statistics are off in production (they cost a little on every statement). */
    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true");
        }
    }

    @Inject
    SessionFactory sessions;

    @Test
    void aScoredSubmissionTakesAFewStatementsInFewTransactions() {
        long draft = Api.createDraft(Api.openNegotiation());
        Statistics statistics = sessions.getStatistics();
        statistics.clear();

        Api.submit(draft, 1).statusCode(200).body("status", is("SCORED"));

        long statements = statistics.getPrepareStatementCount();
        long transactions = statistics.getTransactionCount();
        System.out.printf("One scored submission: %d SQL statements, %d transactions, %d entity loads, %d queries%n",
                statements, transactions, statistics.getEntityLoadCount(), statistics.getQueryExecutionCount());
        // 27 statements in 6 transactions before the request was opened with what its attempt needs (issue 15).
        assertThat(statements).isLessThanOrEqualTo(21);
        assertThat(transactions).isLessThanOrEqualTo(4);
    }
}
