/**
 * Idempotency-Key for creating POSTs: the {@link org.tradedeal.tradedata.idempotency.Idempotent} binding,
 * its interceptor and the table of keys. Kept identical to negotiation-service's package
 * org.tradedeal.negotiation.idempotency (bar the package name): a deliberate copy, since the services share no
 * code at run time.
 */
package org.tradedeal.tradedata.idempotency;
