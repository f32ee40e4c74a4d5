package org.tradedeal.rules;

import java.util.Set;

/** Fact: the codes of the barriers the draft removes, whatever the terms of each removal. */
public record RemovedBarriers(Set<String> codes) {

    public boolean contains(String code) {
        return codes.contains(code);
    }
}
