package co.kafkaman.billing.rules.history;

import co.kafkaman.billing.model.history.HistoryPayload;
import co.kafkaman.billing.model.invoice.Invoice;

/**
 * The payload of an {@code INVOICE_ISSUED} history entry: the invoice exactly as it was issued (its
 * status then, whatever happened to it later), so a repeated command can return the invoices of its
 * first outcome.
 *
 * @param invoice the invoice as issued
 */
public record IssuedInvoice(Invoice invoice) implements HistoryPayload {}
