/*
 * Copyright 2026 the kafkaman-billing authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package co.kafkaman.billing.rules.invoicing;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.team.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal life of an issued invoice: {@code OPEN -> PAID | VOID | UNCOLLECTIBLE} and {@code
 * UNCOLLECTIBLE -> PAID | VOID}; {@code PAID} and {@code VOID} are final. Only the status ever
 * changes: number, dates, lines and billing details stay as issued.
 *
 * <p>Example: paying {@code KB-000002} (OPEN) gives it status PAID; paying it again is refused with
 * {@code INVOICE_ALREADY_PAID}; voiding it then is refused with {@code ILLEGAL_INVOICE_TRANSITION}.
 *
 * @since 0.1.0
 */
public final class InvoiceLifecycle {
  private InvoiceLifecycle() {}

  /**
   * Returns the invoice numbered {@code number}.
   *
   * @param team the team
   * @param number the invoice number
   * @return the invoice
   * @throws BillingException {@code UNKNOWN_INVOICE} if the team has no such invoice
   */
  public static Invoice require(Team team, String number) {
    return team.invoice(number)
        .orElseThrow(
            () ->
                new BillingException(
                    BillingErrorCode.UNKNOWN_INVOICE,
                    "invoiceNumber",
                    "team " + team.id() + " has no invoice '" + number + "'"));
  }

  /**
   * Returns the invoice numbered {@code number}, which must be payable ({@code OPEN} or {@code
   * UNCOLLECTIBLE}).
   *
   * @param team the team
   * @param number the invoice number
   * @return the invoice
   * @throws BillingException {@code UNKNOWN_INVOICE}; {@code INVOICE_ALREADY_PAID} for a paid
   *     invoice; {@code ILLEGAL_INVOICE_TRANSITION} for a void one
   */
  public static Invoice requirePayable(Team team, String number) {
    Invoice invoice = require(team, number);
    transition(invoice, InvoiceStatus.PAID);
    return invoice;
  }

  /**
   * Returns {@code invoice} moved to {@code next}.
   *
   * @param invoice the invoice
   * @param next the status wanted
   * @return the copy in {@code next}
   * @throws BillingException {@code INVOICE_ALREADY_PAID} to pay a paid invoice; {@code
   *     ILLEGAL_INVOICE_TRANSITION} for any other transition that is not legal
   */
  public static Invoice transition(Invoice invoice, InvoiceStatus next) {
    BillingException.check(
        !(invoice.status() == InvoiceStatus.PAID && next == InvoiceStatus.PAID),
        BillingErrorCode.INVOICE_ALREADY_PAID,
        "invoiceNumber",
        () -> "invoice " + invoice.number() + " is already PAID");
    BillingException.check(
        invoice.status().canBecome(next),
        BillingErrorCode.ILLEGAL_INVOICE_TRANSITION,
        "invoiceNumber",
        "invoice "
            + invoice.number()
            + " is "
            + invoice.status()
            + "; "
            + invoice.status()
            + " -> "
            + next
            + " is not a legal transition");
    return invoice.withStatus(next);
  }

  /**
   * Returns the team's invoices with {@code updated} in place of the invoice of the same number.
   *
   * @param team the team
   * @param updated the invoice in its new status
   * @return the invoices, in their order
   */
  public static List<Invoice> replaced(Team team, Invoice updated) {
    List<Invoice> invoices = new ArrayList<>(team.invoices().size());
    for (Invoice invoice : team.invoices()) {
      invoices.add(invoice.number().equals(updated.number()) ? updated : invoice);
    }
    return invoices;
  }
}
