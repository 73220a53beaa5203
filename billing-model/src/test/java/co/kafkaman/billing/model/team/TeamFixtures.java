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

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;

/** Teams the model's team tests start from. */
final class TeamFixtures {
  private TeamFixtures() {}

  /**
   * Returns team {@code team-1} created on {@code day}: one billing member {@code ana}, Basic
   * monthly with 3 seats from {@code day}, USD, no credit, invoices numbered {@code KB-000001} on.
   */
  static Team oneMemberTeam(LocalDate day) {
    return Team.builder()
        .id("team-1")
        .currency(Currencies.of("USD"))
        .createdOn(day)
        .addMembers(Member.of("ana", "ana@acme.test", day, Role.BILLING))
        .subscription(
            Subscription.builder()
                .terms(Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 3))
                .anchor(day)
                .currentCycle(DateRange.of(day, day.plusMonths(1)))
                .purchasedOn(day)
                .build())
        .billingDetails(BillingDetails.ofEmail("billing@acme.test"))
        .accountCredit(Amount.zero(Currencies.of("USD")))
        .invoiceNumbering(InvoiceNumbering.startingAt1("KB-"))
        .build();
  }
}
