/**
 * The billing testkit: what tests of billing code need, for this project and for hosts that build
 * their own pricing on the engine.
 *
 * <p>Map: {@link co.kafkaman.billing.testkit.TeamFixture} (a created team with sensible defaults);
 * {@code gen} (QuickTheories generators of valid model values and whole team lives, edge cases
 * weighted in); {@code assertions} (AssertJ assertions on amounts, invoices, teams and outcomes,
 * printing invoices readably); {@code simulation} (a test clock applying what falls due); {@code
 * scenario} (human-written YAML billing stories and their runner); {@code invariants} (what every
 * team must keep: totals, account credit, credit basis, settlement, numbering, chronology, replay,
 * idempotency).
 *
 * <p>Worked example: {@code TeamFixture.of(BillingEngine.of(Catalog.kafkamanSample())).team()} is
 * team {@code acme} on Basic monthly with 3 seats from 2024-03-01, first invoice {@code KB-000001}
 * with the line {@code 3 x 12.00 = 36.00}.
 */
@NullMarked
package co.kafkaman.billing.testkit;

import org.jspecify.annotations.NullMarked;
