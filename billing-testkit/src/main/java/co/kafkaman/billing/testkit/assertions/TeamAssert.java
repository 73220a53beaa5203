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

import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Team}'s billing state: standing, plan, seats, account credit, current
 * cycle and next terms. Failure messages print a summary of the team ({@link
 * BillingRepresentation#describe(Team)}).
 *
 * <pre>{@code
 * assertThat(team).isActive().hasSeats(5).hasAccountCredit("0.00")
 *     .hasNextTerms(Terms.of(PROFESSIONAL, MONTHLY, 5));
 * assertThat(team).lastInvoice().hasTotalDue("13.16");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TeamAssert extends AbstractAssert<TeamAssert, Team> {

  TeamAssert(Team actual) {
    super(actual, TeamAssert.class);
    info.useRepresentation(BillingRepresentation.INSTANCE);
  }

  /**
   * Verifies the standing.
   *
   * @param standing the expected standing
   * @return this assertion
   */
  public TeamAssert hasStanding(Standing standing) {
    isNotNull();
    return actual.standing() == standing ? this : fail("standing " + standing);
  }

  /**
   * Verifies the team is in good standing.
   *
   * @return this assertion
   */
  public TeamAssert isActive() {
    return hasStanding(Standing.ACTIVE);
  }

  /**
   * Verifies the paid seats of the current terms.
   *
   * @param seats the expected seats
   * @return this assertion
   */
  public TeamAssert hasSeats(int seats) {
    isNotNull();
    return actual.subscription().terms().seats() == seats ? this : fail(seats + " seats");
  }

  /**
   * Verifies the number of members.
   *
   * @param members the expected member count
   * @return this assertion
   */
  public TeamAssert hasMembers(int members) {
    isNotNull();
    return actual.memberCount() == members ? this : fail(members + " members");
  }

  /**
   * Verifies the plan tier of the current terms.
   *
   * @param tier the expected tier
   * @return this assertion
   */
  public TeamAssert isOn(PlanId tier) {
    isNotNull();
    return actual.subscription().terms().plan() == tier ? this : fail("plan " + tier);
  }

  /**
   * Verifies the current terms.
   *
   * @param terms the expected terms
   * @return this assertion
   */
  public TeamAssert hasTerms(Terms terms) {
    isNotNull();
    return actual.subscription().terms().equals(terms) ? this : fail("terms " + terms);
  }

  /**
   * Verifies the account credit balance.
   *
   * @param amount {@code "5.00"} (team currency) or {@code "USD 5.00"}
   * @return this assertion
   */
  public TeamAssert hasAccountCredit(String amount) {
    isNotNull();
    Amount wanted = AmountAssert.expectedAmount(amount, actual.accountCredit());
    return actual.accountCredit().equals(wanted) ? this : fail("account credit " + wanted);
  }

  /**
   * Verifies the terms the next cycle starts with (standing instructions or a pending change).
   *
   * @param terms the expected next terms
   * @return this assertion
   */
  public TeamAssert hasNextTerms(Terms terms) {
    isNotNull();
    return actual.subscription().nextTerms().filter(terms::equals).isPresent()
        ? this
        : fail("next terms " + terms);
  }

  /**
   * Verifies the team renews unchanged: no standing instructions, no pending change.
   *
   * @return this assertion
   */
  public TeamAssert hasNoNextTerms() {
    isNotNull();
    return actual.subscription().nextTerms().isEmpty() ? this : fail("no next terms");
  }

  /**
   * Verifies the current billing cycle.
   *
   * @param startInclusive the cycle's first date
   * @param endExclusive the cycle's end (the renewal date)
   * @return this assertion
   */
  public TeamAssert hasCurrentCycle(LocalDate startInclusive, LocalDate endExclusive) {
    isNotNull();
    DateRange wanted = DateRange.of(startInclusive, endExclusive);
    return actual.subscription().currentCycle().equals(wanted)
        ? this
        : fail("current cycle " + wanted);
  }

  /**
   * Verifies the number of invoices issued to the team.
   *
   * @param count the expected count
   * @return this assertion
   */
  public TeamAssert hasInvoiceCount(int count) {
    isNotNull();
    return actual.invoices().size() == count ? this : fail(count + " invoices");
  }

  /**
   * Returns assertions on the team's latest invoice.
   *
   * @return the invoice assertions
   */
  public InvoiceAssert lastInvoice() {
    isNotNull();
    if (actual.invoices().isEmpty()) {
      fail("an invoice");
    }
    return new InvoiceAssert(actual.invoices().get(actual.invoices().size() - 1));
  }

  private TeamAssert fail(String expectation) {
    String message =
        "\nExpected "
            + expectation
            + ", but the team was:\n"
            + BillingRepresentation.describe(actual);
    failWithMessage(message.replace("%", "%%"));
    return this;
  }
}
