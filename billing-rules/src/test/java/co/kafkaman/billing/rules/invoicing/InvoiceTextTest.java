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
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.rules.PaymentStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link InvoiceText}: the plain-text invoice of the Basic story (3 x 12.00 = 36.00). */
class InvoiceTextTest {

  private static Invoice firstInvoice(BillingDetails details) {
    Invoice invoice =
        PaymentStory.basicByCard()
            .team()
            .invoice("KB-000001")
            .orElseThrow()
            .withStatus(InvoiceStatus.OPEN);
    return Invoice.builder().from(invoice).billingDetails(details).build();
  }

  private static List<String> rendered(BillingDetails details) {
    return List.of(InvoiceText.render(firstInvoice(details)).split("\n", -1));
  }

  @Test
  void rendersHeaderBillToEachLineWithItsArithmeticAndTheTotals() {
    List<String> text =
        rendered(
            new BillingDetails(
                "Acme & Sons", "billing@acme.test", "1 Main St\nSpringfield", "DE1"));

    assertThat(text.get(0)).isEqualTo("Invoice KB-000001  issued 2024-03-01  due 2024-03-01  OPEN");
    assertThat(text.get(1))
        .isEqualTo("Bill to: Acme & Sons <billing@acme.test>, 1 Main St,Springfield  VAT DE1");
    assertThat(text.get(2))
        .startsWith("  PLAN_SEATS ")
        .contains(" Basic seats (monthly) ", " [2024-03-01, 2024-04-01) ")
        .endsWith(" 36.00");
    assertThat(text.get(3).trim()).isEqualTo("3 x 12.00 = 36.00");
    assertThat(text.get(4)).matches("  Subtotal +36\\.00");
    assertThat(text.get(5)).matches("  Credits applied +0\\.00");
    assertThat(text.get(6)).matches("  Total due +USD 36\\.00");
    assertThat(text).hasSize(8);
    assertThat(text.get(7)).isEmpty();
  }

  @Test
  void leavesOutTheBillingDetailsThatAreEmpty() {
    List<String> text = rendered(new BillingDetails("", "billing@acme.test", "", ""));

    assertThat(text.get(1)).isEqualTo("Bill to: <billing@acme.test>");
  }
}
