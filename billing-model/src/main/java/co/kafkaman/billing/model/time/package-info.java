/**
 * Billing time: {@link co.kafkaman.billing.model.time.DateRange} (a half-open range of dates with
 * range algebra) and {@link co.kafkaman.billing.model.time.BillingFrequency} (monthly or annual).
 *
 * <p>Billing dates are {@code LocalDate}s in the team's billing time zone; instants are converted
 * once, at the edge. Every period is half-open, {@code [start, end)}. Cycle boundaries are computed
 * from the anchor ({@code anchor + n periods}, month-end clamped) by the calendar rules.
 *
 * <p>Worked example: {@code [2024-03-01, 2024-04-01)} split at 2024-03-15 gives {@code [2024-03-01,
 * 2024-03-15)} (14 days) and {@code [2024-03-15, 2024-04-01)} (17 days): 14 + 17 = 31.
 */
@NullMarked
package co.kafkaman.billing.model.time;

import org.jspecify.annotations.NullMarked;
