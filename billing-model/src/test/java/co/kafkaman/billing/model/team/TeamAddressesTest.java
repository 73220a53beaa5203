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
package co.kafkaman.billing.model.team;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamAddressesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          BILLING_MEMBERS    | ana@x.co bo@x.co
          ADMINS             | ana@x.co cy@x.co
          BILLING_AND_ADMINS | ana@x.co bo@x.co cy@x.co
          ALL_MEMBERS        | ana@x.co bo@x.co cy@x.co di@x.co
          BILLING_EMAIL      | billing@x.co
          """)
  void recipientsResolveToAddressesInMemberOrder(Recipients recipients, String addresses) {
    Team team =
        Team.builder()
            .id("acme")
            .currency(Currencies.of("USD"))
            .createdOn(DAY)
            .addMembers(
                Member.of("ana", "ana@x.co", DAY, Role.BILLING, Role.ADMIN),
                Member.of("bo", "bo@x.co", DAY, Role.BILLING),
                Member.of("cy", "cy@x.co", DAY, Role.ADMIN),
                Member.of("di", "di@x.co", DAY))
            .subscription(
                Subscription.builder()
                    .terms(Terms.of(PlanTier.FREE, BillingFrequency.MONTHLY, 4))
                    .anchor(DAY)
                    .currentCycle(DateRange.of(DAY, DAY.plusMonths(1)))
                    .purchasedOn(DAY)
                    .build())
            .billingDetails(BillingDetails.ofEmail("billing@x.co"))
            .accountCredit(Amount.zero(Currencies.of("USD")))
            .invoiceNumbering(InvoiceNumbering.startingAt1("KB-"))
            .build();

    assertThat(String.join(" ", team.addressesOf(recipients))).isEqualTo(addresses);
  }
}
