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
package co.kafkaman.billing.rules.renewal;

import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.engine.BillingEngine;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalRulesTest {
  private static final BillingEngine ENGINE = BillingEngine.of(TestTeams.sample());

  private static Team team(LocalDate anchor, String current, int members, String next) {
    Team team = TestTeams.created(ENGINE, anchor, terms(current), members);
    if (next.isEmpty()) {
      return team;
    }
    return team.withSubscription(team.subscription().withNextTerms(Optional.of(terms(next))));
  }

  @ParameterizedTest(name = "{1} ({2} members), next {3}: {4} for {5}, total {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        // anchor  | current                        | members | next terms
        // | quoted lines                    | next cycle                | total
        "2024-03-01 | BASIC MONTHLY 5                       | 3 | ''                                     | PLAN_SEATS 60.00                | [2024-04-01, 2024-05-01)  | 60.00",
        "2024-03-01 | BASIC MONTHLY 5 MONITORING_REQUESTS=1 | 3 | PROFESSIONAL MONTHLY 5 MONITORING_REQUESTS=1 | PLAN_SEATS 145.00; ADD_ON 8.00 | [2024-04-01, 2024-05-01) | 153.00",
        "2024-03-01 | BASIC MONTHLY 5                       | 3 | BASIC ANNUAL 5                         | PLAN_SEATS 720.00               | [2024-04-01, 2025-04-01)  | 720.00",
        "2024-03-01 | BASIC ANNUAL 5                        | 3 | BASIC MONTHLY 4                        | PLAN_SEATS 48.00                | [2025-03-01, 2025-04-01)  | 48.00",
        // 2 members above 5 paid seats are auto-flex users: itemised on the renewal, then paid
        // seats
        "2024-03-01 | BASIC MONTHLY 5                       | 7 | ''                                     | PLAN_SEATS 60.00; AUTO_FLEX 24.00 | [2024-04-01, 2024-05-01) | 84.00",
        "2024-03-01 | BASIC MONTHLY 5                       | 7 | PROFESSIONAL MONTHLY 5                 | PLAN_SEATS 145.00; AUTO_FLEX 58.00 | [2024-04-01, 2024-05-01) | 203.00",
        "2024-03-01 | BASIC MONTHLY 5 MOCK_SERVER_CALLS=2   | 3 | FREE MONTHLY 5                         | ''                              | [2024-04-01, 2024-05-01)  | 0.00",
        "2024-01-31 | BASIC MONTHLY 2                       | 1 | ''                                     | PLAN_SEATS 24.00                | [2024-02-29, 2024-03-31)  | 24.00",
        "2024-02-29 | BASIC ANNUAL 3                        | 1 | ''                                     | PLAN_SEATS 432.00               | [2025-02-28, 2026-02-28)  | 432.00",
        "2024-02-29 | ENTERPRISE ANNUAL 2 CUSTOM_DOMAINS=3  | 1 | ''                                     | PLAN_SEATS 2376.00; ADD_ON 360.00 | [2025-02-28, 2026-02-28) | 2736.00",
      })
  void quoteLineByLine(
      LocalDate anchor,
      String current,
      int members,
      String next,
      String lines,
      String nextCycle,
      String total) {
    Team team = team(anchor, current, members, next);
    RenewalQuote quote = RenewalRules.quote(team, TestTeams.sample());
    assertThat(kindsAndAmounts(quote.lines())).isEqualTo(lines);
    assertThat(quote.nextCycle().toString()).isEqualTo(nextCycle);
    assertThat(quote.renewsOn()).isEqualTo(team.subscription().currentCycle().endExclusive());
    assertThat(quote.total().toPlainString()).isEqualTo(total);
    // the renewal bills exactly what was quoted, and nothing is issued by quoting
    RenewalRules.Renewal renewal = RenewalRules.renew(team, TestTeams.sample(), quote.renewsOn());
    assertThat(renewal.lines()).isEqualTo(quote.lines());
    assertThat(renewal.subscription().terms()).isEqualTo(quote.nextTerms());
    assertThat(renewal.subscription().currentCycle()).isEqualTo(quote.nextCycle());
    assertThat(renewal.subscription().nextTerms()).isEmpty();
    assertThat(team.invoices()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void quoteExplainsEachLine() {
    Team team =
        team(
            LocalDate.of(2024, 3, 1),
            "BASIC MONTHLY 5 MONITORING_REQUESTS=1",
            3,
            "PROFESSIONAL MONTHLY 5 MONITORING_REQUESTS=1");
    RenewalQuote quote = RenewalRules.quote(team, TestTeams.sample());
    assertThat(quote.lines())
        .extracting(InvoiceLine::description, InvoiceLine::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Professional seats (monthly)", "5 x 29.00 = 145.00"),
            org.assertj.core.groups.Tuple.tuple(
                "monitoring requests blocks (monthly)", "1 x 8.00 = 8.00"));
    assertThat(quote.lines())
        .extracting(InvoiceLine::servicePeriod)
        .containsOnly(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1)));
  }

  @Test
  void renewalKeepsTheAnchorAndUnlocksFlexSeats() {
    Team team = team(LocalDate.of(2024, 1, 31), "BASIC MONTHLY 5", 5, "");
    team = team.withSubscription(team.subscription().withLockedFlexSeats(2));
    RenewalRules.Renewal renewal =
        RenewalRules.renew(team, TestTeams.sample(), LocalDate.of(2024, 2, 29));
    assertThat(renewal.subscription().anchor()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(renewal.subscription().lockedFlexSeats()).isZero();
    assertThat(renewal.subscription().billedItems())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.billed().toPlainString()).isEqualTo("60.00");
              assertThat(item.credited().isZero()).isTrue();
            });
    assertThat(renewal.summary())
        .isEqualTo("Renewed Basic monthly, 5 seats for [2024-02-29, 2024-03-31), USD 60.00");
    assertThat(RenewalRules.nextTerms(team)).isEqualTo(terms("BASIC MONTHLY 5"));
  }

  @ParameterizedTest(name = "renewing on {0} is refused")
  @CsvSource({"2024-03-31", "2024-04-02", "2024-03-01"})
  void renewsOnlyAtTheCycleEnd(LocalDate asOf) {
    Team team = team(LocalDate.of(2024, 3, 1), "BASIC MONTHLY 5", 3, "");
    assertThatThrownBy(() -> RenewalRules.renew(team, TestTeams.sample(), asOf))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("is not the renewal date 2024-04-01")
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
  }
}
