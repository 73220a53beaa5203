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
package co.kafkaman.billing.rules.usage;

import static co.kafkaman.billing.rules.flex.FlexFixtures.CATALOG;
import static co.kafkaman.billing.rules.flex.FlexFixtures.at;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.catalog.OveragePrice;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.renewal.RenewalRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsagePropertiesTest {
  private static final Resource[] METERED = {
    Resource.MONITORING_REQUESTS, Resource.MOCK_SERVER_CALLS
  };

  /**
   * With overage disallowed (by default, or by a setting made before the readings), whatever the
   * readings: each refused one leaves the team as it was and says exactly what is still allowed,
   * usage never passes the entitlement, and neither the month's close nor the renewal charges
   * overage.
   */
  @Test
  void disallowedOverageNeverProducesACharge() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 2),
            lists().of(integers().between(1, 15_000)).ofSizeBetween(1, 20),
            integers().between(0, 1),
            booleans().all())
        .checkAssert(
            (blocks, readings, which, explicit) -> {
              Resource resource = METERED[which];
              Team team =
                  team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
              team =
                  team.withSubscription(
                      team.subscription()
                          .withTerms(team.subscription().terms().withBlocks(resource, blocks)));
              if (explicit) {
                team =
                    team.withSubscription(
                        UsageRules.setOverage(
                            UsageRules.setOverage(
                                team.subscription(), CATALOG, resource, true, at(d("2024-03-01"))),
                            CATALOG,
                            resource,
                            false,
                            at(d("2024-03-02"))));
              }
              long entitlement =
                  Entitlement.of(team.subscription().terms(), CATALOG, resource).total();
              long used = 0;
              for (int i = 0; i < readings.size(); i++) {
                LocalDate on = d("2024-03-03").plusDays(i);
                UsageDecision decision =
                    UsageRules.record(team, CATALOG, resource, readings.get(i), "s", at(on), on);
                if (decision instanceof UsageDecision.Refused refused) {
                  assertThat(used + readings.get(i)).isGreaterThan(entitlement);
                  assertThat(refused.remaining()).isEqualTo(entitlement - used);
                } else {
                  team = team.withSubscription(((UsageDecision.Recorded) decision).subscription());
                  used += readings.get(i);
                }
                assertThat(used).isLessThanOrEqualTo(entitlement);
              }
              assertThat(UsageRules.close(team, CATALOG, d("2024-04-01")).lines()).isEmpty();
              assertThat(RenewalRules.renew(team, CATALOG, d("2024-04-01")).lines())
                  .extracting(InvoiceLine::kind)
                  .doesNotContain(LineKind.OVERAGE);
              assertThat(
                      UsageRules.report(team, CATALOG, d("2024-03-31"))
                          .of(resource)
                          .overageSoFar()
                          .isZero())
                  .isTrue();
            });
  }

  /**
   * With overage allowed all month and the entitlement unchanged, the overage line is {@code price
   * x ceil((used - entitlement) / package)}, computed independently with {@code BigDecimal}.
   */
  @Test
  void allowedOverageMatchesABigDecimalOracle() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 2),
            lists().of(integers().between(1, 9_000)).ofSizeBetween(1, 12),
            integers().between(0, 1))
        .checkAssert(
            (blocks, readings, which) -> {
              Resource resource = METERED[which];
              Team team =
                  team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
              team =
                  team.withSubscription(
                      UsageRules.setOverage(
                              team.subscription(), CATALOG, resource, true, at(d("2024-03-01")))
                          .withTerms(team.subscription().terms().withBlocks(resource, blocks)));
              long used = 0;
              for (int i = 0; i < readings.size(); i++) {
                LocalDate on = d("2024-03-02").plusDays(i);
                UsageDecision decision =
                    UsageRules.record(team, CATALOG, resource, readings.get(i), "", at(on), on);
                team = team.withSubscription(((UsageDecision.Recorded) decision).subscription());
                used += readings.get(i);
              }
              long entitlement =
                  Entitlement.of(team.subscription().terms(), CATALOG, resource).total();
              OveragePrice price = CATALOG.overagePrice(resource).orElseThrow();
              BigDecimal packages =
                  BigDecimal.valueOf(Math.max(0, used - entitlement))
                      .divide(BigDecimal.valueOf(price.packageSize()), 0, RoundingMode.CEILING);
              BigDecimal expected = price.price().toBigDecimal().multiply(packages);
              List<InvoiceLine> lines = UsageRules.close(team, CATALOG, d("2024-04-01")).lines();
              BigDecimal charged =
                  lines.stream()
                      .map(l -> l.amount().toBigDecimal())
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              assertThat(charged).isEqualByComparingTo(expected);
            });
  }
}
