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
 * Renders an invoice as a small, self-contained HTML fragment (a {@code <section>} with a table):
 * the same content as {@link InvoiceText}, every text escaped.
 *
 * <pre>{@code
 * <section class="invoice" id="KB-000002">
 * <h1>Invoice KB-000002</h1>
 * <p>Issued 2024-03-15, due 2024-03-15, OPEN</p>
 * ...
 * <tr><td>SEAT_PRORATION</td><td>Basic seats (monthly)</td><td>[2024-03-15, 2024-04-01)</td>
 * <td>2 x 12.00 x 17/31 days = 13.16</td><td class="amount">13.16</td></tr>
 * ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InvoiceHtml {
  private InvoiceHtml() {}

  /**
   * Renders {@code invoice}.
   *
   * @param invoice the invoice
   * @return the HTML fragment, lines separated by {@code \n}
   */
  public static String render(Invoice invoice) {
    StringBuilder out = new StringBuilder(1024);
    out.append("<section class=\"invoice\" id=\"")
        .append(escape(invoice.number()))
        .append("\">\n<h1>Invoice ")
        .append(escape(invoice.number()))
        .append("</h1>\n<p>Issued ")
        .append(invoice.issueDate())
        .append(", due ")
        .append(invoice.dueDate())
        .append(", ")
        .append(invoice.status())
        .append("</p>\n");
    BillingDetails details = invoice.billingDetails();
    out.append("<address>");
    if (!details.companyName().isEmpty()) {
      out.append(escape(details.companyName())).append("<br>");
    }
    out.append(escape(details.billingEmail()));
    if (!details.address().isEmpty()) {
      out.append("<br>").append(escape(details.address()).replace("\n", "<br>"));
    }
    if (!details.vatId().isEmpty()) {
      out.append("<br>VAT ").append(escape(details.vatId()));
    }
    out.append("</address>\n<table>\n")
        .append("<tr><th>Kind</th><th>Description</th><th>Period</th><th>Arithmetic</th>")
        .append("<th>Amount</th></tr>\n");
    for (InvoiceLine line : invoice.lines()) {
      out.append("<tr><td>")
          .append(line.kind())
          .append("</td><td>")
          .append(escape(line.description()))
          .append("</td><td>")
          .append(line.servicePeriod())
          .append("</td><td>")
          .append(escape(line.explanation()))
          .append("</td><td class=\"amount\">")
          .append(line.amount().toPlainString())
          .append("</td></tr>\n");
    }
    total(out, "Subtotal", invoice.subtotal().toPlainString());
    total(out, "Credits applied", invoice.creditsApplied().toPlainString());
    total(
        out,
        "Total due",
        invoice.currency().getCurrencyCode() + " " + invoice.totalDue().toPlainString());
    return out.append("</table>\n</section>\n").toString();
  }

  private static void total(StringBuilder out, String label, String value) {
    out.append("<tr><th colspan=\"4\">")
        .append(label)
        .append("</th><td class=\"amount\">")
        .append(value)
        .append("</td></tr>\n");
  }

  /**
   * Escapes {@code &}, {@code <}, {@code >}, {@code "} and {@code '} for HTML text and attributes.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
