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
package co.kafkaman.billing.rules.engine;

import static co.kafkaman.billing.rules.TestTeams.accepted;
import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.CatalogVersions;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.Timing;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One catalog priced in EUR and USD (prices the host set, not converted): a team bills in the
 * currency it is created in, every command of its life in that currency. Worked by hand: Team is
 * 20.00 EUR / 22.00 USD a month plus 10.00 EUR / 11.00 USD a seat; build minutes past the allowance
 * are graduated, 100 at 0.10 EUR / 0.12 USD then 0.05 EUR / 0.06 USD. Teams start on 2024-03-01; 2
 * seats are added on 2024-03-15, 17 of March's 31 days left.
 */
class MultiCurrencyTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MARCH_15 = LocalDate.of(2024, 3, 15);
  private static final ResourceId MINUTES = ResourceId.of("minutes");
  private static final String CATALOG =
      String.join(
          "\n",
          "currency=EUR",
          "currencies=EUR,USD",
          "plans=team",
          "resources=minutes",
          "resource.minutes.singular=build minute",
          "resource.minutes.plural=build minutes",
          "resource.minutes.measure=METERED",
          "resource.minutes.limit=OVERAGE_ALWAYS",
          "plan.team.name=Team",
          "plan.team.seat.MONTHLY=10.00",
          "plan.team.seat.MONTHLY.USD=11.00",
          "plan.team.baseFee.MONTHLY=20.00",
          "plan.team.baseFee.MONTHLY.USD=22.00",
          "overage.minutes.model=GRADUATED",
          "overage.minutes.tier.1.upTo=100",
          "overage.minutes.tier.1.price=0.10",
          "overage.minutes.tier.1.price.USD=0.12",
          "overage.minutes.tier.2.upTo=inf",
          "overage.minutes.tier.2.price=0.05",
          "overage.minutes.tier.2.price.USD=0.06",
          "");
  private static final Catalog PRICES = CatalogFormat.read(new StringReader(CATALOG));
  private static final BillingEngine ENGINE = BillingEngine.of(PRICES);

  private static Creation create(BillingEngine engine, String currency) {
    return TestTeams.create(
        engine,
        MARCH_1,
        Terms.of(PlanId.of("team"), BillingFrequency.MONTHLY, 3),
        Currencies.of(currency));
  }

  private static Team lifeUntilRenewal(BillingEngine engine, String currency) {
    Team team = accepted(create(engine, currency)).team();
    team =
        accepted(
                engine.apply(
                    team,
                    Command.ChangeSubscription.of(
                        "seats",
                        "ana",
                        team.subscription().terms().withSeats(5),
                        Timing.IMMEDIATELY),
                    MARCH_15))
            .team();
    team =
        accepted(
                engine.apply(
                    team,
                    new Command.RecordUsage(
                        "u-1",
                        "system",
                        MINUTES,
                        150,
                        "ci",
                        MARCH_15.atStartOfDay().toInstant(ZoneOffset.UTC)),
                    MARCH_15))
            .team();
    return accepted(
            engine.apply(team, new Command.Renew("renew", "system"), LocalDate.of(2024, 4, 1)))
        .team();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // currency | creation | 2 seats on 03-15 | renewal on 04-01 with 150 build minutes
        // EUR: 20.00 + 3 x 10.00; 2 x 10.00 x 17/31 = 10.967 -> 10.97;
        //      20.00 + 5 x 10.00, 100 x 0.10 + 50 x 0.05
        "EUR | PLAN_FEE 20.00; PLAN_SEATS 30.00 | SEAT_PRORATION 10.97"
            + " | PLAN_FEE 20.00; PLAN_SEATS 50.00; OVERAGE 10.00; OVERAGE 2.50",
        // USD: 22.00 + 3 x 11.00; 2 x 11.00 x 17/31 = 12.064 -> 12.06;
        //      22.00 + 5 x 11.00, 100 x 0.12 + 50 x 0.06
        "USD | PLAN_FEE 22.00; PLAN_SEATS 33.00 | SEAT_PRORATION 12.06"
            + " | PLAN_FEE 22.00; PLAN_SEATS 55.00; OVERAGE 12.00; OVERAGE 3.00",
      })
  void aTeamIsBilledEveryCommandInItsOwnCurrency(
      String currency, String creation, String change, String renewal) {
    Team renewed = lifeUntilRenewal(ENGINE, currency);

    assertThat(renewed.invoices()).hasSize(3);
    assertThat(kindsAndAmounts(renewed.invoices().get(0))).isEqualTo(creation);
    assertThat(kindsAndAmounts(renewed.invoices().get(1))).isEqualTo(change);
    assertThat(kindsAndAmounts(renewed.invoices().get(2))).isEqualTo(renewal);
    assertThat(renewed.invoices())
        .allSatisfy(
            invoice ->
                assertThat(invoice.totalDue().currency().getCurrencyCode()).isEqualTo(currency));
    assertThat(ENGINE.replay(renewed.history())).isEqualTo(renewed);
  }

  @Test
  void aCurrencyTheCatalogHasNoPricesInIsRefusedAtCreation() {
    Creation refused = create(ENGINE, "GBP");

    assertThat(refused).isInstanceOf(Creation.Refused.class);
    Creation.Refused why = (Creation.Refused) refused;
    assertThat(why.code()).isEqualTo(BillingErrorCode.CURRENCY_MISMATCH);
    assertThat(why.field()).isEqualTo("currency");
    assertThat(why.reason()).isEqualTo("GBP is not a currency of the catalog (EUR, USD)");
  }

  @Test
  void aNewVersionChangingOnlyTheUsdPriceReachesUsdTeamsAtRenewalAndLeavesEurTeamsAlone() {
    Catalog dearer =
        CatalogFormat.read(
            new StringReader(
                CATALOG.replace(
                    "plan.team.seat.MONTHLY.USD=11.00", "plan.team.seat.MONTHLY.USD=12.00")));
    BillingEngine engine =
        BillingEngine.of(
            CatalogVersions.of(LocalDate.of(2024, 1, 1), PRICES)
                .plusVersion(LocalDate.of(2024, 3, 20), dearer));

    Team usd = lifeUntilRenewal(engine, "USD");
    Team eur = lifeUntilRenewal(engine, "EUR");

    // the issued USD invoices keep 11.00; the renewal bills 22.00 + 5 x 12.00 = 82.00
    assertThat(kindsAndAmounts(usd.invoices().get(0)))
        .isEqualTo("PLAN_FEE 22.00; PLAN_SEATS 33.00");
    assertThat(kindsAndAmounts(usd.invoices().get(2)))
        .isEqualTo("PLAN_FEE 22.00; PLAN_SEATS 60.00; OVERAGE 12.00; OVERAGE 3.00");
    assertThat(kindsAndAmounts(eur.invoices().get(2)))
        .isEqualTo("PLAN_FEE 20.00; PLAN_SEATS 50.00; OVERAGE 10.00; OVERAGE 2.50");
    assertThat(engine.replay(usd.history())).isEqualTo(usd);
  }
}
