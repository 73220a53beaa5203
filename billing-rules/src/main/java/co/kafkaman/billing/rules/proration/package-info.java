/**
 * Proration, written once and used by seat changes, add-ons, plan changes and auto-flex: {@link
 * co.kafkaman.billing.rules.proration.DayCount} (how much of a period remains: actual days, 30/360,
 * a fixed N-day month, whole months, seconds), {@link
 * co.kafkaman.billing.rules.proration.ProrationConvention} (a selectable preset: kafkaman, Kill
 * Bill, Lago, 30-day month) and its {@link co.kafkaman.billing.rules.proration.Prorated} results.
 *
 * <p>Rules: a charge is {@code price x quantity x remaining fraction}, a credit {@code billed x
 * remaining fraction of the billed item's period}, capped at what is left to credit; each is its
 * own line, rounded once.
 *
 * <p>Worked example: Basic at 12.00 per seat a month, cycle {@code [2024-03-01, 2024-04-01)}, 2
 * seats added on 2024-03-15: {@code 2 x 12.00 x 17/31 days = 13.16} (1316.13 cents, HALF_UP).
 */
@NullMarked
package co.kafkaman.billing.rules.proration;

import org.jspecify.annotations.NullMarked;
