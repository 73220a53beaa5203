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

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.rules.PaymentStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceHtmlTest {

  @ParameterizedTest(name = "{0} is escaped as {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Acme & Sons        | Acme &amp; Sons
          <b>Acme</b>        | &lt;b&gt;Acme&lt;/b&gt;
          O'Brien "Ltd"      | O&#39;Brien &quot;Ltd&quot;
          plain              | plain
          """)
  void textIsEscaped(String text, String escaped) {
    assertThat(InvoiceHtml.escape(text)).isEqualTo(escaped);
  }

  @Test
  void rendersTheSameContentAsTheText() {
    Invoice invoice =
        PaymentStory.basicByCard()
            .team()
            .invoice("KB-000001")
            .orElseThrow()
            .withStatus(co.kafkaman.billing.model.invoice.InvoiceStatus.OPEN);
    Invoice withDetails =
        Invoice.builder()
            .from(invoice)
            .billingDetails(
                new BillingDetails(
                    "Acme & Sons", "billing@acme.test", "1 Main St\nSpringfield", "DE1"))
            .build();

    String html = InvoiceHtml.render(withDetails);

    assertThat(html)
        .startsWith("<section class=\"invoice\" id=\"KB-000001\">\n<h1>Invoice KB-000001</h1>\n")
        .contains("<p>Issued 2024-03-01, due 2024-03-01, OPEN</p>")
        .contains(
            "<address>Acme &amp; Sons<br>billing@acme.test<br>1 Main St<br>Springfield<br>VAT"
                + " DE1</address>")
        .contains(
            "<tr><td>PLAN_SEATS</td><td>Basic seats (monthly)</td><td>[2024-03-01, 2024-04-01)</td>"
                + "<td>3 x 12.00 = 36.00</td><td class=\"amount\">36.00</td></tr>")
        .contains("<tr><th colspan=\"4\">Total due</th><td class=\"amount\">USD 36.00</td></tr>")
        .endsWith("</table>\n</section>\n");
  }

  @Test
  void rendersSubtotalAndCreditsAppliedBeforeTheTotalDue() {
    Invoice invoice = PaymentStory.basicByCard().team().invoice("KB-000001").orElseThrow();

    assertThat(InvoiceHtml.render(invoice))
        .contains(
            "<tr><th colspan=\"4\">Subtotal</th><td class=\"amount\">36.00</td></tr>\n"
                + "<tr><th colspan=\"4\">Credits applied</th><td class=\"amount\">0.00</td></tr>\n"
                + "<tr><th colspan=\"4\">Total due</th><td class=\"amount\">USD 36.00</td></tr>");
  }
}
