/**
 * AssertJ assertions for billing values: {@link
 * co.kafkaman.billing.testkit.assertions.BillingAssertions} (the {@code assertThat} entry point),
 * {@link co.kafkaman.billing.testkit.assertions.AmountAssert}, {@link
 * co.kafkaman.billing.testkit.assertions.InvoiceAssert}, {@link
 * co.kafkaman.billing.testkit.assertions.TeamAssert}, {@link
 * co.kafkaman.billing.testkit.assertions.OutcomeAssert}, and {@link
 * co.kafkaman.billing.testkit.assertions.BillingRepresentation}, which prints invoices, teams and
 * outcomes readably in every failure message.
 *
 * <p>Worked example: after adding 2 Basic seats on 2024-03-15 to a team on cycle {@code
 * [2024-03-01, 2024-04-01)}, {@code assertThat(invoice).hasLine(SEAT_PRORATION,
 * "13.16").explanationMentions("17/31")} passes ({@code 2 x 12.00 x 17/31 days = 13.16}); {@code
 * hasLine(SEAT_PRORATION, "13.17")} fails and prints the whole invoice.
 */
@NullMarked
package co.kafkaman.billing.testkit.assertions;

import org.jspecify.annotations.NullMarked;
