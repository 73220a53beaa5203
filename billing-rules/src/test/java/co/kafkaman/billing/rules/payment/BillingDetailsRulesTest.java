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
package co.kafkaman.billing.rules.payment;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingDetailsRulesTest {

  @ParameterizedTest(name = "{0}: summary \"{2}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Acme Ltd    | DE123456789 | billing details: VAT ID '' -> 'DE123456789' (future invoices only)
          Acme GmbH   |             | billing details: company name 'Acme Ltd' -> 'Acme GmbH' (future invoices only)
          Acme GmbH   | DE1         | billing details: company name 'Acme Ltd' -> 'Acme GmbH', VAT ID '' -> 'DE1' (future invoices only)
          """)
  void editsChangeFutureInvoicesOnly(String company, String vatId, String summary) {
    PaymentStory story = PaymentStory.basicByCard();
    Invoice before = story.team().invoice("KB-000001").orElseThrow();
    String beforeText = InvoiceText.render(before);
    BillingDetails edited =
        new BillingDetails(company, "billing@acme.test", "1 Main St", vatId == null ? "" : vatId);

    story
        .then(new Command.UpdateBillingDetails("d", "ana", edited), "2024-03-10")
        .then(new Command.Renew("r", "system"), "2024-04-01");

    assertThat(story.team().history().get(story.team().history().size() - 3).summary())
        .isEqualTo(summary);
    Invoice old = story.team().invoice("KB-000001").orElseThrow();
    assertThat(old).isEqualTo(before);
    assertThat(InvoiceText.render(old)).isEqualTo(beforeText);
    assertThat(old.billingDetails().vatId()).isEmpty();
    assertThat(story.team().invoice("KB-000002").orElseThrow().billingDetails()).isEqualTo(edited);
  }

  @ParameterizedTest(name = "the same details again are refused")
  @CsvSource("billing@acme.test")
  void theSameDetailsChangeNothing(String email) {
    PaymentStory story = PaymentStory.basicByCard();

    story.apply(
        new Command.UpdateBillingDetails(
            "d", "ana", new BillingDetails("Acme Ltd", email, "1 Main St", "")),
        "2024-03-10");

    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.NOTHING_TO_CHANGE);
    assertThat(story.refused().field()).isEqualTo("details");
  }
}
