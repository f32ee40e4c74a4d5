/**
 * Idempotency-Key for creating POSTs: the {@link org.tradedeal.negotiation.idempotency.Idempotent} binding,
 * its interceptor and the table of keys. Kept identical to trade-data-service's package
 * org.tradedeal.tradedata.idempotency (bar the package name): a deliberate copy, since the services share no
 * code at run time.
 */
package org.tradedeal.negotiation.idempotency;
