/**
 * QuickTheories generators of billing values, valid by construction, with the cases that break
 * billing code weighted in: {@link co.kafkaman.billing.testkit.gen.MoneyGen} (currencies with 0, 2
 * and 3 decimals, zero and huge amounts and quantities, fractions), {@link
 * co.kafkaman.billing.testkit.gen.DateGen} (month ends, the 29th to 31st, February 29, first and
 * last days of a range), {@link co.kafkaman.billing.testkit.gen.CatalogGen} (price lists), {@link
 * co.kafkaman.billing.testkit.gen.TeamGen} (terms, members, billing details, cards, created teams),
 * {@link co.kafkaman.billing.testkit.gen.InvoiceGen} (lines whose arithmetic holds, whole
 * invoices), and whole team lives: {@link co.kafkaman.billing.testkit.gen.CommandGen} (one kind of
 * command for a team on a date) composed by {@link co.kafkaman.billing.testkit.gen.LifeGen}.
 *
 * <p>Worked example: a generated {@code SEAT_PRORATION} line always satisfies {@code amount =
 * round(quantity x unitPrice x fraction)}, e.g. {@code 2 x 12.00 x 17/31 days = 13.16}; a generated
 * JPY catalog prices a Basic seat at {@code JPY 1} as readily as at {@code JPY 1200}.
 */
@NullMarked
package co.kafkaman.billing.testkit.gen;

import org.jspecify.annotations.NullMarked;
