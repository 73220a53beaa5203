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
package co.kafkaman.billing.rules.change;

import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The change matrix of RULES.md section 5, on the sample catalog (Basic 12.00 / 144.00,
 * Professional 29.00 / 348.00, Enterprise 99.00 / 1188.00 sales-assisted, monitoring block 8.00),
 * for a team anchored on 2024-03-01.
 */
class ChangeRulesTest {
  private static final BillingEngine ENGINE = BillingEngine.of(TestTeams.sample());
  private static final LocalDate ANCHOR = LocalDate.of(2024, 3, 1);

  private static Team team(String current, int members) {
    return TestTeams.created(ENGINE, ANCHOR, terms(current), members);
  }

  static ChangeDecision decide(Team team, ChangeRequest request, LocalDate asOf) {
    return ChangeRules.decide(
        team, TestTeams.sample(), ProrationConvention.KAFKAMAN, request, asOf);
  }

  /** Renders a decision as {@code now ... for [..)}, {@code on renewal ...} or {@code refused}. */
  static String describe(ChangeDecision decision) {
    if (decision instanceof ChangeDecision.Immediately now) {
      return "now "
          + (now.lines().isEmpty() ? "no lines" : kindsAndAmounts(now.lines()))
          + " for "
          + now.subscription().currentCycle();
    }
    if (decision instanceof ChangeDecision.OnRenewal later) {
      return "on renewal " + later.nextTerms();
    }
    ChangeDecision.Refused refused = (ChangeDecision.Refused) decision;
    return "refused "
        + refused.code().code()
        + refused.alternative().map(timing -> ", alternative " + timing).orElse("");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // change                            | current                       | members | target
        //                    | timing      | sales | on         | decision
        "upgrade tier now                      | BASIC MONTHLY 5                 | 3 | PROFESSIONAL MONTHLY 5            | IMMEDIATELY | false | 2024-03-15 | now CHANGE_CREDIT -32.90; SEAT_PRORATION 79.52 for [2024-03-01, 2024-04-01)",
        "upgrade tier on renewal               | BASIC MONTHLY 5                 | 3 | PROFESSIONAL MONTHLY 5            | ON_RENEWAL  | false | 2024-03-15 | on renewal PROFESSIONAL MONTHLY, 5 seats",
        "upgrade tier on the cycle's first day | BASIC MONTHLY 5                 | 3 | PROFESSIONAL MONTHLY 5            | IMMEDIATELY | false | 2024-03-01 | now CHANGE_CREDIT -60.00; SEAT_PRORATION 145.00 for [2024-03-01, 2024-04-01)",
        "upgrade an annual plan now            | BASIC ANNUAL 5                  | 3 | PROFESSIONAL ANNUAL 5             | IMMEDIATELY | false | 2024-03-15 | now CHANGE_CREDIT -692.38; SEAT_PRORATION 1673.26 for [2024-03-01, 2025-03-01)",
        "upgrade with more members than seats  | BASIC MONTHLY 5                 | 7 | PROFESSIONAL MONTHLY 5            | IMMEDIATELY | false | 2024-03-15 | now CHANGE_CREDIT -32.90; SEAT_PRORATION 79.52 for [2024-03-01, 2024-04-01)",
        "downgrade to Free now                 | BASIC MONTHLY 5                 | 3 | FREE MONTHLY 5                    | IMMEDIATELY | false | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "downgrade to Free on renewal          | BASIC MONTHLY 5                 | 3 | FREE MONTHLY 5                    | ON_RENEWAL  | false | 2024-03-15 | on renewal FREE MONTHLY, 5 seats",
        "downgrade a tier now                  | PROFESSIONAL MONTHLY 5          | 3 | BASIC MONTHLY 5                   | IMMEDIATELY | false | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "downgrade a tier on renewal           | PROFESSIONAL MONTHLY 5          | 3 | BASIC MONTHLY 5                   | ON_RENEWAL  | false | 2024-03-15 | on renewal BASIC MONTHLY, 5 seats",
        "add seats now                         | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 7                   | IMMEDIATELY | false | 2024-03-15 | now SEAT_PRORATION 13.16 for [2024-03-01, 2024-04-01)",
        "add seats on renewal                  | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 7                   | ON_RENEWAL  | false | 2024-03-15 | on renewal BASIC MONTHLY, 7 seats",
        "remove seats now                      | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 4                   | IMMEDIATELY | false | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "remove seats on renewal               | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 4                   | ON_RENEWAL  | false | 2024-03-15 | on renewal BASIC MONTHLY, 4 seats",
        "remove seats down to the members      | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 3                   | ON_RENEWAL  | false | 2024-03-15 | on renewal BASIC MONTHLY, 3 seats",
        "remove seats below members, renewal   | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 2                   | ON_RENEWAL  | false | 2024-03-15 | refused BILL-403",
        "remove seats below members, now       | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 2                   | IMMEDIATELY | false | 2024-03-15 | refused BILL-403",
        "monthly to annual now                 | BASIC MONTHLY 5                 | 3 | BASIC ANNUAL 5                    | IMMEDIATELY | false | 2024-03-15 | now CHANGE_CREDIT -32.90; PLAN_SEATS 720.00 for [2024-03-15, 2025-03-15)",
        "monthly to annual on the first day    | BASIC MONTHLY 5                 | 3 | BASIC ANNUAL 5                    | IMMEDIATELY | false | 2024-03-01 | now CHANGE_CREDIT -60.00; PLAN_SEATS 720.00 for [2024-03-01, 2025-03-01)",
        "monthly to annual with blocks now     | BASIC MONTHLY 5 MONITORING_REQUESTS=1 | 3 | BASIC ANNUAL 5 MONITORING_REQUESTS=1 | IMMEDIATELY | false | 2024-03-15 | now CHANGE_CREDIT -32.90; CHANGE_CREDIT -4.39; PLAN_SEATS 720.00; ADD_ON 96.00 for [2024-03-15, 2025-03-15)",
        "monthly to annual on renewal          | BASIC MONTHLY 5                 | 3 | BASIC ANNUAL 5                    | ON_RENEWAL  | false | 2024-03-15 | on renewal BASIC ANNUAL, 5 seats",
        "annual to monthly now                 | BASIC ANNUAL 5                  | 3 | BASIC MONTHLY 5                   | IMMEDIATELY | false | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "annual to monthly on renewal          | BASIC ANNUAL 5                  | 3 | BASIC MONTHLY 5                   | ON_RENEWAL  | false | 2024-03-15 | on renewal BASIC MONTHLY, 5 seats",
        "buy add-on blocks now                 | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 5 MONITORING_REQUESTS=1 | IMMEDIATELY | false | 2024-03-15 | now ADD_ON_PRORATION 4.39 for [2024-03-01, 2024-04-01)",
        "buy add-on blocks on renewal          | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 5 MONITORING_REQUESTS=1 | ON_RENEWAL | false | 2024-03-15 | on renewal BASIC MONTHLY, 5 seats, blocks {MONITORING_REQUESTS=1}",
        "remove add-on blocks now              | BASIC MONTHLY 5 MONITORING_REQUESTS=2 | 3 | BASIC MONTHLY 5 MONITORING_REQUESTS=1 | IMMEDIATELY | false | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "remove add-on blocks on renewal       | BASIC MONTHLY 5 MONITORING_REQUESTS=2 | 3 | BASIC MONTHLY 5 MONITORING_REQUESTS=1 | ON_RENEWAL | false | 2024-03-15 | on renewal BASIC MONTHLY, 5 seats, blocks {MONITORING_REQUESTS=1}",
        "to Enterprise self-serve              | BASIC MONTHLY 5                 | 3 | ENTERPRISE MONTHLY 5              | IMMEDIATELY | false | 2024-03-15 | refused BILL-402",
        "to Enterprise self-serve, on renewal  | BASIC MONTHLY 5                 | 3 | ENTERPRISE MONTHLY 5              | ON_RENEWAL  | false | 2024-03-15 | refused BILL-402",
        "to Enterprise, sales-assisted         | BASIC MONTHLY 5                 | 3 | ENTERPRISE MONTHLY 5              | IMMEDIATELY | true  | 2024-03-15 | now CHANGE_CREDIT -32.90; SEAT_PRORATION 271.45 for [2024-03-01, 2024-04-01)",
        "from Enterprise self-serve, renewal   | ENTERPRISE MONTHLY 5            | 3 | BASIC MONTHLY 5                   | ON_RENEWAL  | false | 2024-03-15 | refused BILL-402",
        "from Enterprise self-serve, now       | ENTERPRISE MONTHLY 5            | 3 | PROFESSIONAL MONTHLY 5            | IMMEDIATELY | false | 2024-03-15 | refused BILL-402",
        "from Enterprise sales-assisted, now   | ENTERPRISE MONTHLY 5            | 3 | BASIC MONTHLY 5                   | IMMEDIATELY | true  | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "from Enterprise sales-assisted, renewal | ENTERPRISE MONTHLY 5          | 3 | BASIC MONTHLY 5                   | ON_RENEWAL  | true  | 2024-03-15 | on renewal BASIC MONTHLY, 5 seats",
        "seats on Enterprise, self-serve       | ENTERPRISE MONTHLY 5            | 3 | ENTERPRISE MONTHLY 6              | IMMEDIATELY | false | 2024-03-15 | now SEAT_PRORATION 54.29 for [2024-03-01, 2024-04-01)",
        "Free to paid starts a cycle that day  | FREE MONTHLY 5                  | 3 | BASIC MONTHLY 5                   | IMMEDIATELY | false | 2024-03-15 | now PLAN_SEATS 60.00 for [2024-03-15, 2024-04-15)",
        "Free to paid annual                   | FREE MONTHLY 5                  | 3 | BASIC ANNUAL 5                    | IMMEDIATELY | false | 2024-03-15 | now PLAN_SEATS 720.00 for [2024-03-15, 2025-03-15)",
        "Free to paid on renewal               | FREE MONTHLY 5                  | 3 | BASIC MONTHLY 5                   | ON_RENEWAL  | false | 2024-03-15 | on renewal BASIC MONTHLY, 5 seats",
        "Free monthly to Free annual           | FREE MONTHLY 5                  | 3 | FREE ANNUAL 5                     | IMMEDIATELY | false | 2024-03-15 | now no lines for [2024-03-15, 2025-03-15)",
        "seats on Free                         | FREE MONTHLY 1                  | 1 | FREE MONTHLY 4                    | IMMEDIATELY | false | 2024-03-15 | now no lines for [2024-03-01, 2024-04-01)",
        "upgrade, more seats and a block now   | BASIC MONTHLY 5                 | 3 | PROFESSIONAL MONTHLY 7 MONITORING_REQUESTS=1 | IMMEDIATELY | false | 2024-03-15 | now CHANGE_CREDIT -32.90; SEAT_PRORATION 111.32; ADD_ON_PRORATION 4.39 for [2024-03-01, 2024-04-01)",
        "upgrade but one seat fewer, now       | BASIC MONTHLY 5                 | 3 | PROFESSIONAL MONTHLY 4            | IMMEDIATELY | false | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "to annual but a lower tier, now       | PROFESSIONAL MONTHLY 5          | 3 | BASIC ANNUAL 5                    | IMMEDIATELY | false | 2024-03-15 | refused BILL-401, alternative ON_RENEWAL",
        "nothing to change                     | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 5                   | IMMEDIATELY | false | 2024-03-15 | refused BILL-404",
        "nothing to change on renewal          | BASIC MONTHLY 5                 | 3 | BASIC MONTHLY 5                   | ON_RENEWAL  | false | 2024-03-15 | refused BILL-404",
      })
  void changeMatrix(
      String change,
      String current,
      int members,
      String target,
      Timing timing,
      boolean salesAssisted,
      LocalDate on,
      String decision) {
    Team team = team(current, members);
    ChangeDecision decided =
        decide(team, new ChangeRequest(terms(target), timing, salesAssisted), on);
    assertThat(describe(decided)).isEqualTo(decision);
  }

  @ParameterizedTest(name = "{0} from {1}: reason names {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BASIC MONTHLY 5 | FREE MONTHLY 5 | downgrade from Basic to Free can only apply on renewal (2024-04-01); On renewal would be accepted",
        "BASIC MONTHLY 5 | BASIC MONTHLY 4 | removing 1 seat can only apply on renewal (2024-04-01); On renewal would be accepted",
        "BASIC ANNUAL 5 | BASIC MONTHLY 5 | switching from annual to monthly can only apply on renewal (2025-03-01); On renewal would be accepted",
        "BASIC MONTHLY 5 MONITORING_REQUESTS=2 | BASIC MONTHLY 5 | removing 2 monitoring requests blocks can only apply on renewal (2024-04-01); On renewal would be accepted",
        "PROFESSIONAL MONTHLY 5 | BASIC ANNUAL 4 | downgrade from Professional to Basic; removing 1 seat can only apply on renewal (2024-04-01); On renewal would be accepted",
      })
  void aRenewalOnlyPartIsNamedInTheRefusal(String current, String target, String reason) {
    ChangeDecision decided =
        decide(
            team(current, 3),
            ChangeRequest.of(terms(target), Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 15));
    assertThat(decided).isInstanceOf(ChangeDecision.Refused.class);
    ChangeDecision.Refused refused = (ChangeDecision.Refused) decided;
    assertThat(refused.reason()).isEqualTo(reason);
    assertThat(refused.field()).isEqualTo("timing");
    assertThat(refused.summary()).startsWith("Refused (BILL-401): ");
  }

  @Test
  void noAlternativeWhenOnRenewalWouldBeRefusedToo() {
    Team team = team("BASIC MONTHLY 5", 3);
    ChangeDecision.OnRenewal scheduled =
        (ChangeDecision.OnRenewal)
            decide(
                team,
                ChangeRequest.of(terms("BASIC MONTHLY 4"), Timing.ON_RENEWAL),
                LocalDate.of(2024, 3, 10));
    Team pending =
        team.withSubscription(
            team.subscription().withNextTerms(Optional.of(scheduled.nextTerms())));
    ChangeDecision.Refused refused =
        (ChangeDecision.Refused)
            decide(
                pending,
                ChangeRequest.of(terms("BASIC MONTHLY 4"), Timing.IMMEDIATELY),
                LocalDate.of(2024, 3, 15));
    assertThat(refused.code()).isEqualTo(BillingErrorCode.CHANGE_ONLY_ON_RENEWAL);
    assertThat(refused.alternative()).isEmpty();
    assertThat(refused.reason()).contains("On renewal would be refused too").contains("BILL-404");
  }

  /** Decides a sales-assisted change to {@code target} "Immediately", which must be accepted. */
  private static ChangeDecision.Immediately now(Team team, String target, LocalDate on) {
    ChangeDecision decision =
        decide(team, new ChangeRequest(terms(target), Timing.IMMEDIATELY, true), on);
    assertThat(decision).isInstanceOf(ChangeDecision.Immediately.class);
    return (ChangeDecision.Immediately) decision;
  }

  @Test
  void twoUpgradesInOneCycleCreditEachItemOnce() {
    Team team = team("BASIC MONTHLY 3", 3);
    ChangeDecision.Immediately seats = now(team, "BASIC MONTHLY 5", LocalDate.of(2024, 3, 15));
    assertThat(seats.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly("2 x 12.00 x 17/31 days = 13.16");
    team = team.withSubscription(seats.subscription());
    ChangeDecision.Immediately professional =
        now(team, "PROFESSIONAL MONTHLY 5", LocalDate.of(2024, 3, 20));
    assertThat(professional.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly(
            "3 x -12.00 x 12/31 days = -13.94",
            "2 x -6.58 x 12/17 days = -9.29",
            "5 x 29.00 x 12/31 days = 56.13");
    team = team.withSubscription(professional.subscription());
    ChangeDecision.Immediately enterprise =
        now(team, "ENTERPRISE MONTHLY 5", LocalDate.of(2024, 3, 25));
    // the Basic seats were already credited from 2024-03-20 on: only Professional is credited now
    assertThat(enterprise.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly("1 x -56.13 x 7/12 days = -32.74", "5 x 99.00 x 7/31 days = 111.77");
    team = team.withSubscription(enterprise.subscription());
    ChangeDecision.Immediately annual = now(team, "ENTERPRISE ANNUAL 5", LocalDate.of(2024, 3, 25));
    // a new term the same day credits only the Enterprise seats, in full
    assertThat(annual.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly("1 x -111.77 x 7/7 days = -111.77", "5 x 1188.00 = 5940.00");
  }

  @Test
  void changesAreDatedInTheCycleAndNotBeforeAnEarlierChange() {
    Team team = team("BASIC MONTHLY 3", 3);
    assertThatThrownBy(
            () ->
                decide(
                    team,
                    ChangeRequest.of(terms("BASIC MONTHLY 5"), Timing.IMMEDIATELY),
                    LocalDate.of(2024, 4, 1)))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("2024-04-01 is outside the current cycle [2024-03-01, 2024-04-01)");
    Team later =
        team.withSubscription(
            now(team, "BASIC MONTHLY 5", LocalDate.of(2024, 3, 15)).subscription());
    assertThatThrownBy(
            () ->
                decide(
                    later,
                    ChangeRequest.of(terms("PROFESSIONAL MONTHLY 5"), Timing.IMMEDIATELY),
                    LocalDate.of(2024, 3, 10)))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("2024-03-10 is before 2024-03-15")
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void refusesTermsTheCatalogDoesNotOffer() {
    Team team = team("BASIC MONTHLY 5", 3);
    co.kafkaman.billing.model.catalog.Catalog monthlyOnly = TestTeams.twoPlans("10.00", "20.00");
    assertThatThrownBy(
            () ->
                ChangeRules.decide(
                    team,
                    monthlyOnly,
                    ProrationConvention.KAFKAMAN,
                    ChangeRequest.of(terms("ENTERPRISE MONTHLY 5"), Timing.ON_RENEWAL),
                    LocalDate.of(2024, 3, 15)))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.UNKNOWN_PLAN);
    assertThatThrownBy(
            () ->
                ChangeRules.decide(
                    team,
                    monthlyOnly,
                    ProrationConvention.KAFKAMAN,
                    ChangeRequest.of(
                        terms("BASIC MONTHLY 5 MONITORING_REQUESTS=1"), Timing.ON_RENEWAL),
                    LocalDate.of(2024, 3, 15)))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.UNKNOWN_ADD_ON);
  }
}
