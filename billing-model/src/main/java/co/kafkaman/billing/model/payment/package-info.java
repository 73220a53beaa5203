/**
 * Payment: {@link co.kafkaman.billing.model.payment.CardReference} (a processor token, brand, last
 * four digits and expiry; never a card number), {@link
 * co.kafkaman.billing.model.payment.CollectionMethod} (card auto-charge or pay by invoice with net
 * terms and {@link co.kafkaman.billing.model.payment.PaymentChannel}s), and {@link
 * co.kafkaman.billing.model.payment.PaymentAttempt}s with their {@link
 * co.kafkaman.billing.model.payment.PaymentOutcome}; a {@link
 * co.kafkaman.billing.model.payment.Receivable} is the collection timeline of one unpaid invoice
 * (attempts planned, grace end, attempts reported).
 *
 * <p>Worked example: an invoice issued 2024-03-01 to a card team is due 2024-03-01; to a
 * pay-by-invoice team with net 30, due 2024-03-31. A card expiring 2024-02 fails a charge on
 * 2024-03-01 as expired.
 */
@NullMarked
package co.kafkaman.billing.model.payment;

import org.jspecify.annotations.NullMarked;
