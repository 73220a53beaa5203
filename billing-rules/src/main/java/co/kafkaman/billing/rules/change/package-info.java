/**
 * Plan, seat, frequency and add-on changes: a {@link
 * co.kafkaman.billing.rules.change.ChangeRequest} (the terms wanted and a {@link
 * co.kafkaman.billing.rules.change.Timing}) is decided as a whole by {@link
 * co.kafkaman.billing.rules.change.ChangeRules} into a {@link
 * co.kafkaman.billing.rules.change.ChangeDecision}: applied immediately with prorated lines,
 * accepted for renewal, or refused with the alternative that would be accepted.
 *
 * <p>Worked example: a $10/month plan upgraded to a $20/month plan halfway through a 30-day cycle
 * (day 16): {@code CHANGE_CREDIT 1 x -10.00 x 15/30 days = -5.00} and {@code SEAT_PRORATION 1 x
 * 20.00 x 15/30 days = 10.00}, net +5.00. Downgrading "Immediately" is refused with {@code BILL-401
 * CHANGE_ONLY_ON_RENEWAL}; "On renewal would be accepted".
 */
@NullMarked
package co.kafkaman.billing.rules.change;

import org.jspecify.annotations.NullMarked;
