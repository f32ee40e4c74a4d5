package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.Races;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Many clients doing the same thing at the same moment: one wins, the others get a clear answer, never a 500. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class RaceTests {

    @Test
    void ofFiftyConcurrentEditsBasedOnTheSameVersionOneIsCreatedAndTheOthersAreStale() {
        long draft = Api.createDraft(Api.openNegotiation());

        List<Integer> statuses = Races.run(50, () -> DraftResourceTests.edit(draft, 1,
                Api.content(List.of(Api.purchase("1201", 1_000_000L, 2025, 1)), List.of())).extract().statusCode());

        System.out.printf("50 concurrent edits of one version: %s%n", Races.countByStatus(statuses));
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        given().when().get("/api/v1/drafts/" + draft).then().body("latestVersion", equalTo(2));
    }
}
