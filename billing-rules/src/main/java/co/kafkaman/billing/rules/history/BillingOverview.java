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
package co.kafkaman.billing.rules.history;

import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.renewal.RenewalQuote;

/**
 * The billing overview of a team's dashboard: its plan and cycle, the expected cost upon renewal
 * (line by line, after standing instructions), its standing, how it pays, its account credit and
 * what is unpaid.
 *
 * @param teamId the team
 * @param terms the current plan, frequency, seats and add-ons
 * @param currentCycle the current billing cycle
 * @param renewal the expected cost upon renewal, on {@code renewal.renewsOn()}
 * @param standing active, past due or deactivated
 * @param paymentMethod how invoices are collected, such as {@code "card auto-charge: visa ending
 *     4242 (exp 2027-08)"}
 * @param accountCredit the account credit, consumed first by the next invoices
 * @param unpaid the total of the unpaid invoices
 * @param members the number of members
 * @since 0.1.0
 */
public record BillingOverview(
    String teamId,
    Terms terms,
    DateRange currentCycle,
    RenewalQuote renewal,
    Standing standing,
    String paymentMethod,
    Amount accountCredit,
    Amount unpaid,
    int members) {

  /**
   * Returns a few readable lines: plan, cycle, renewal, standing, payment.
   *
   * @return the overview as text
   */
  @Override
  public String toString() {
    return "Team "
        + teamId
        + ": "
        + terms
        + ", "
        + members
        + (members == 1 ? " member" : " members")
        + "\n  cycle "
        + currentCycle
        + ", renews "
        + renewal.renewsOn()
        + " as "
        + renewal.nextTerms()
        + " for "
        + renewal.total()
        + "\n  standing "
        + standing
        + ", unpaid "
        + unpaid
        + ", account credit "
        + accountCredit
        + "\n  paying by "
        + paymentMethod;
  }
}
