package org.tradedeal.rules;

/** Fact: a free-text intention of the draft. It is read, and earns nothing on its own. */
public record Intention(int index, String text) {
}
