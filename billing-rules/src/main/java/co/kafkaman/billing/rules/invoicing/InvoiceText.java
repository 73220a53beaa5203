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

import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;

/**
 * Renders an invoice as plain text for examples, logs and support staff: header, billing details,
 * one block per line with its explanation, and the totals.
 *
 * <pre>
 * Invoice KB-000002  issued 2024-03-15  due 2024-03-15  OPEN
 * Bill to: Acme Ltd &lt;billing@acme.test&gt;  VAT DE123
 *   SEAT_PRORATION  Basic seats (monthly)  [2024-03-15, 2024-04-01)      13.16
 *                   2 x 12.00 x 17/31 days = 13.16
 *   Subtotal                                                         13.16
 *   Credits applied                                                   0.00
 *   Total due                                                  USD   13.16
 * </pre>
 *
 * @since 0.1.0
 */
public final class InvoiceText {
  private InvoiceText() {}

  /**
   * Renders {@code invoice}: a header, the billing details, each line with its explanation (such as
   * {@code "2 x 12.00 x 17/31 days = 13.16"}), and subtotal, credits applied and total due.
   *
   * @param invoice the invoice
   * @return the text, lines separated by {@code \n}
   */
  public static String render(Invoice invoice) {
    StringBuilder out = new StringBuilder(256);
    out.append("Invoice ")
        .append(invoice.number())
        .append("  issued ")
        .append(invoice.issueDate())
        .append("  due ")
        .append(invoice.dueDate())
        .append("  ")
        .append(invoice.status())
        .append('\n');
    BillingDetails details = invoice.billingDetails();
    out.append("Bill to: ");
    if (!details.companyName().isEmpty()) {
      out.append(details.companyName()).append(' ');
    }
    out.append('<').append(details.billingEmail()).append('>');
    if (!details.address().isEmpty()) {
      out.append(", ").append(details.address().replace('\n', ',').trim());
    }
    if (!details.vatId().isEmpty()) {
      out.append("  VAT ").append(details.vatId());
    }
    out.append('\n');
    for (InvoiceLine line : invoice.lines()) {
      String head =
          String.format(
              "  %-22s %-40s %-26s", line.kind(), line.description(), line.servicePeriod());
      out.append(head)
          .append(String.format("%12s", line.amount().toPlainString()))
          .append('\n')
          .append("  ")
          .append(" ".repeat(23))
          .append(line.explanation())
          .append('\n');
    }
    appendTotal(out, "Subtotal", invoice.subtotal().toPlainString());
    appendTotal(out, "Credits applied", invoice.creditsApplied().toPlainString());
    appendTotal(
        out,
        "Total due",
        invoice.currency().getCurrencyCode() + " " + invoice.totalDue().toPlainString());
    return out.toString();
  }

  private static void appendTotal(StringBuilder out, String label, String value) {
    out.append(String.format("  %-90s %14s%n", label, value).replace(System.lineSeparator(), "\n"));
  }
}
