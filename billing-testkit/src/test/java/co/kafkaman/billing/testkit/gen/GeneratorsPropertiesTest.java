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
package co.kafkaman.billing.testkit.gen;

import static co.kafkaman.billing.testkit.assertions.BillingAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.testkit.TeamFixture;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;

/** The generators are valid by construction. */
class GeneratorsPropertiesTest {

  @Test
  void everyGeneratedCatalogCreatesAnyGeneratedTeam() {
    qt().withExamples(150)
        .forAll(
            CatalogGen.catalogs()
                .map((Catalog c) -> BillingEngine.of(c))
                .flatMap(TeamGen::fixtures))
        .checkAssert(
            fixture -> {
              Team team = fixture.team();
              assertThat(team).isActive().hasTerms(fixture.terms());
              assertThat(team.invoices()).hasSizeLessThanOrEqualTo(1);
              assertThat(team.currency().getCurrencyCode())
                  .isEqualTo(fixture.engine().catalog().currency().getCurrencyCode());
            });
  }

  @Test
  void generatedLivesLetMembersJoinAndLeave() {
    qt().withExamples(80)
        .forAll(LifeGen.sample().withSteps(4, 10).lives())
        .checkAssert(
            life -> {
              var simulator = life.simulate();
              // every accepted join is a member until an accepted leave of that member
              java.util.Set<String> members = new java.util.HashSet<>();
              members.add(life.fixture().team().members().get(0).id());
              for (var step : simulator.steps()) {
                if (step.outcome().isAccepted()) {
                  if (step.outcome().command()
                      instanceof co.kafkaman.billing.rules.engine.Command.AddMember add) {
                    members.add(add.memberId());
                  } else if (step.outcome().command()
                      instanceof co.kafkaman.billing.rules.engine.Command.RemoveMember remove) {
                    members.remove(remove.memberId());
                  }
                }
              }
              assertThat(simulator.team().members())
                  .extracting(co.kafkaman.billing.model.team.Member::id)
                  .containsExactlyInAnyOrderElementsOf(members);
            });
  }

  @Test
  void generatedLinesAreQuantityTimesUnitPriceTimesFractionRoundedOnce() {
    qt().withExamples(500)
        .forAll(MoneyGen.currencies().flatMap(InvoiceGen::lines))
        .checkAssert(
            line -> {
              BigInteger exact =
                  BigInteger.valueOf(line.unitPrice().minorUnits())
                      .multiply(BigInteger.valueOf(line.quantity()))
                      .multiply(BigInteger.valueOf(line.fraction().numerator()));
              BigInteger denominator = BigInteger.valueOf(line.fraction().denominator());
              BigInteger down = RoundingPolicy.HALF_EVEN.divide(exact, denominator);
              BigInteger up = RoundingPolicy.HALF_UP.divide(exact, denominator);
              assertThat(BigInteger.valueOf(line.amount().minorUnits())).isIn(down, up);
              assertThat(line.amount().currency()).isEqualTo(line.unitPrice().currency());
            });
  }

  @Test
  void generatedInvoicesAddUp() {
    qt().withExamples(300)
        .forAll(MoneyGen.currencies().flatMap(InvoiceGen::invoices))
        .checkAssert(invoice -> assertThat(invoice).totalEqualsSumOfLines());
  }

  @Test
  void generatedTermsAreOfferedByTheirCatalog() {
    qt().withExamples(300)
        .forAll(CatalogGen.catalogs().flatMap(c -> TeamGen.terms(c).map(t -> Pair.of(c, t))))
        .checkAssert(
            pair -> {
              Catalog catalog = pair._1;
              var terms = pair._2;
              assertThat(catalog.plan(terms.tier()).offers(terms.frequency())).isTrue();
              terms
                  .addOnBlocks()
                  .keySet()
                  .forEach(r -> assertThat(catalog.addOns()).containsKey(r));
            });
  }

  @Test
  void datesInAGeneratedRangeStayInIt() {
    qt().withExamples(300)
        .forAll(
            DateGen.dateRanges()
                .assuming(r -> !r.isEmpty())
                .flatMap(r -> DateGen.datesIn(r).map(d -> DateRange.of(d, r.endExclusive()))))
        .checkAssert(rest -> assertThat(rest.isEmpty()).isFalse());
  }

  @Test
  void generatedTeamsHaveNoMoreMembersThanSeats() {
    qt().withExamples(150)
        .forAll(TeamGen.teams(BillingEngine.of(Catalog.kafkamanSample())))
        .checkAssert(
            team ->
                assertThat(team.memberCount())
                    .isBetween(1, Math.max(1, team.subscription().terms().seats())));
  }

  @Test
  void aFixtureAnchorsItsTeamOnItsDate() {
    qt().withExamples(100)
        .forAll(TeamGen.fixtures(BillingEngine.of(Catalog.kafkamanSample())))
        .checkAssert(
            (TeamFixture fixture) -> {
              Team team = fixture.team();
              assertThat(team.createdOn()).isEqualTo(fixture.createdOn());
              assertThat(team.members().get(0).joinedOn()).isEqualTo(fixture.createdOn());
              assertThat(team.subscription().anchor()).isEqualTo(fixture.createdOn());
            });
  }
}
