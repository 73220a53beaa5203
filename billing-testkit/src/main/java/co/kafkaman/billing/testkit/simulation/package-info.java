/**
 * A test clock: {@link co.kafkaman.billing.testkit.simulation.Simulator} drives one team through
 * dated commands and advances time, applying what falls due on each date, as {@link
 * co.kafkaman.billing.testkit.simulation.DueEvents} discovers it ({@link
 * co.kafkaman.billing.testkit.simulation.DueEvent}s; by default the engine's agenda: renewals,
 * usage-month and auto-flex cycle ends, reminders, payment attempts answered by a {@link
 * co.kafkaman.billing.testkit.simulation.PaymentProcessor}, dunning dates), and collects outcomes,
 * invoices, notification intents and history. Deterministic; never sleeps, never reads a clock.
 *
 * <p>Worked example: a Basic team with 3 monthly seats created 2024-01-31 and advanced to
 * 2025-01-31 renews 12 times, on 2024-02-29, 2024-03-31, 2024-04-30, ... 2025-01-31 (boundaries
 * from the anchor, month-end clamped), each renewal invoicing {@code 3 x 12.00 = 36.00}: 13
 * invoices, 468.00 in all.
 */
@NullMarked
package co.kafkaman.billing.testkit.simulation;

import org.jspecify.annotations.NullMarked;
