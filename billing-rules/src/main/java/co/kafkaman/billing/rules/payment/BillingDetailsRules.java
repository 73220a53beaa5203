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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.team.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * Editing the billing details (company name, billing email, address, VAT ID). Invoices copy the
 * details when they are issued, so an edit changes future invoices only: invoices already issued
 * keep the details they were issued with.
 *
 * <p>Worked example: invoice KB-000002 issued 2024-03-01 without a VAT ID; the VAT ID {@code
 * DE123456789} is added on 2024-03-10; KB-000002 still has none and the renewal invoice KB-000003
 * of 2024-04-01 shows it.
 *
 * @since 0.1.0
 */
public final class BillingDetailsRules {
  private BillingDetailsRules() {}

  /**
   * Replaces the team's billing details.
   *
   * @param team the team
   * @param details the new details
   * @return the change, its summary naming each field changed
   * @throws BillingException {@code NOTHING_TO_CHANGE} when the details are the same
   */
  public static PaymentChange update(Team team, BillingDetails details) {
    BillingDetails old = team.billingDetails();
    List<String> changes = new ArrayList<>(4);
    describe(changes, "company name", old.companyName(), details.companyName());
    describe(changes, "billing email", old.billingEmail(), details.billingEmail());
    describe(changes, "address", old.address(), details.address());
    describe(changes, "VAT ID", old.vatId(), details.vatId());
    BillingException.check(
        !changes.isEmpty(),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "details",
        () -> "the billing details are already " + details);
    return new PaymentChange(
        team.withBillingDetails(details),
        "billing details: " + String.join(", ", changes) + " (future invoices only)");
  }

  private static void describe(List<String> changes, String field, String before, String after) {
    if (!before.equals(after)) {
      changes.add(
          field + " '" + before.replace('\n', ',') + "' -> '" + after.replace('\n', ',') + "'");
    }
  }
}
