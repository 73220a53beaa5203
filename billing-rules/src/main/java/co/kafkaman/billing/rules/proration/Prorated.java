package co.kafkaman.billing.rules.proration;

import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;

/**
 * The result of one proration: the fraction applied, the amount rounded once, and a note for what
 * the fraction alone does not say (a fraction rounded to 9 decimals, a credit capped at what is
 * left to credit).
 *
 * @param fraction the fraction the amount was computed with
 * @param amount the rounded amount (negative for a credit)
 * @param note extra arithmetic context, or empty
 */
public record Prorated(Fraction fraction, Amount amount, String note) {}
