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
package co.kafkaman.billing.model.invoice;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingDetailsTest {

  @Test
  void copiesChangeOneFieldEach() {
    BillingDetails details = BillingDetails.ofEmail("billing@example.com");

    BillingDetails edited =
        details.withCompanyName("Example GmbH").withAddress("1 Main St\nBerlin").withVatId("DE123");

    assertThat(details.vatIdIfPresent()).isEmpty();
    assertThat(edited)
        .isEqualTo(
            new BillingDetails(
                "Example GmbH", "billing@example.com", "1 Main St\nBerlin", "DE123"));
    assertThat(edited.vatIdIfPresent()).contains("DE123");
    assertThat(edited.withVatId("").vatIdIfPresent()).isEmpty();
  }

  @ParameterizedTest(name = "billing email ''{0}'' is refused: {1}")
  @CsvSource({
    "'', BLANK_VALUE, must not be blank",
    "'  ', BLANK_VALUE, must not be blank",
    "billing.example.com, MALFORMED_VALUE, 'billing.example.com' is not an email address",
    "@example.com, MALFORMED_VALUE, '@example.com' is not an email address",
  })
  void refusesABlankOrMalformedBillingEmail(String email, BillingErrorCode code, String named) {
    assertRefused(() -> BillingDetails.ofEmail(email), code, "billingEmail", named);
  }
}
