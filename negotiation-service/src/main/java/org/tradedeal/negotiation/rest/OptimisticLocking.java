package org.tradedeal.negotiation.rest;

import org.tradedeal.negotiation.problem.InvalidInput;

import java.util.List;

/** An update must say which version it was based on, so that a concurrent change is not overwritten. */
final class OptimisticLocking {

    private OptimisticLocking() {
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidInput(List.of(new InvalidInput.Violation("version",
                    "is required on update: send back the version you read")));
        }
        return version;
    }
}
