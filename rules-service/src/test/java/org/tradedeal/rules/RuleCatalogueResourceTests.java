package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

@QuarkusTest
class RuleCatalogueResourceTests {

    @Test
    void everyRuleNamesItsConcernAndDescribesItself() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200)
                .body("concern", everyItem(in(java.util.Arrays.stream(Concern.values()).map(Enum::name).toList())))
                .body("description", everyItem(not(emptyOrNullString())));
    }
}
