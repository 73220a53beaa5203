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
package co.kafkaman.billing.testkit.assertions;

import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.Outcome;

/**
 * The entry point of the billing assertions: statically import {@code BillingAssertions.assertThat}
 * next to AssertJ's {@code Assertions.assertThat}; the overloads here are more specific, so both
 * imports live together.
 *
 * <pre>{@code
 * assertThat(line.amount()).isEqualTo("USD 13.16");
 * assertThat(invoice).hasLine(LineKind.SEAT_PRORATION, "13.16").totalEqualsSumOfLines();
 * assertThat(team).isActive().hasSeats(5);
 * assertThat(outcome).isRefusedWith(BillingErrorCode.CHANGE_ONLY_ON_RENEWAL);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BillingAssertions {
  private BillingAssertions() {}

  /**
   * Returns assertions on an amount.
   *
   * @param actual the amount
   * @return the assertions
   */
  public static AmountAssert assertThat(Amount actual) {
    return new AmountAssert(actual);
  }

  /**
   * Returns assertions on an invoice.
   *
   * @param actual the invoice
   * @return the assertions
   */
  public static InvoiceAssert assertThat(Invoice actual) {
    return new InvoiceAssert(actual);
  }

  /**
   * Returns assertions on a team.
   *
   * @param actual the team
   * @return the assertions
   */
  public static TeamAssert assertThat(Team actual) {
    return new TeamAssert(actual);
  }

  /**
   * Returns assertions on an engine outcome.
   *
   * @param actual the outcome
   * @return the assertions
   */
  public static OutcomeAssert assertThat(Outcome actual) {
    return new OutcomeAssert(actual);
  }
}
