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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.CatalogVersions;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.VersionAdoption;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story of catalog versions, written by hand: a team billed EUR 27.00 (3 Team seats at
 * 9.00) under version 1; version 2 raises the seat to 10.00 from 2025-03-15.
 */
class CatalogVersionsTest {
  private static final LocalDate FEB_1 = LocalDate.of(2025, 2, 1);
  private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate MAR_15 = LocalDate.of(2025, 3, 15);
  private static final LocalDate MAR_20 = LocalDate.of(2025, 3, 20);
  private static final LocalDate APR_1 = LocalDate.of(2025, 4, 1);
  private static final Terms THREE_SEATS = Terms.of(PlanId.of("team"), BillingFrequency.MONTHLY, 3);

  static Catalog catalog(String teamSeat) {
    return CatalogFormat.read(
        new StringReader(
            String.join(
                "\n",
                "currency=EUR",
                "plans=team",
                "plan.team.name=Team",
                "plan.team.seat.MONTHLY=" + teamSeat,
                "")));
  }

  static final CatalogVersions V1 = CatalogVersions.of(LocalDate.of(2025, 1, 1), catalog("9.00"));
  static final CatalogVersions V1_V2 = V1.plusVersion(MAR_15, catalog("10.00"));

  private static Command.CreateTeam create(String teamId) {
    return new Command.CreateTeam(
        "c-0",
        "ana",
        teamId,
        catalog("9.00").currency(),
        Member.of("ana", "ana@acme.test", FEB_1, Role.BILLING, Role.ADMIN),
        new BillingDetails("Acme GmbH", "billing@acme.test", "", ""),
        "KB-",
        THREE_SEATS);
  }

  private static Amount eur(String amount) {
    return Amount.of(amount, "EUR");
  }

  private static Invoice onlyInvoice(Outcome.Accepted outcome) {
    assertThat(outcome.invoices()).hasSize(1);
    return outcome.invoices().get(0);
  }

  /** The team of the story up to its March renewal, made under version 1 only. */
  private static Team billedUnderVersion1() {
    BillingEngine engine = BillingEngine.of(V1);
    Outcome.Accepted created = accepted(engine.create(create("acme"), FEB_1));
    assertThat(onlyInvoice(created).totalDue()).isEqualTo(eur("27.00"));
    Outcome.Accepted march =
        accepted(engine.apply(created.team(), new Command.Renew("r-1", "system"), MAR_1));
    assertThat(onlyInvoice(march).totalDue()).isEqualTo(eur("27.00"));
    return march.team();
  }

  @Test
  void aLaterVersionLeavesIssuedInvoicesAndBillsTheNextRenewalAfterItsDate() {
    Team team = billedUnderVersion1();
    BillingEngine engine = BillingEngine.of(V1_V2);
    // a change within the cycle after the new date keeps the cycle's prices: 1 x 9.00 x 12/31
    Outcome.Accepted seat =
        accepted(
            engine.apply(
                team,
                Command.ChangeSubscription.of(
                    "s-1", "ana", THREE_SEATS.withSeats(4), Timing.IMMEDIATELY),
                MAR_20));
    assertThat(onlyInvoice(seat).totalDue()).isEqualTo(eur("3.48"));
    Outcome.Accepted april =
        accepted(engine.apply(seat.team(), new Command.Renew("r-2", "system"), APR_1));
    // 4 x 10.00 from the first renewal on or after 2025-03-15
    assertThat(onlyInvoice(april).totalDue()).isEqualTo(eur("40.00"));
    assertThat(april.team().subscription().catalogVersion()).contains(V1_V2.versions().get(1));
    assertThat(engine.pastInvoices(april.team()))
        .extracting(Invoice::totalDue)
        .containsExactly(eur("40.00"), eur("3.48"), eur("27.00"), eur("27.00"));
    // every entry records the version that priced it
    assertThat(april.team().history())
        .extracting(e -> e.catalogVersion().orElseThrow().effectiveFrom())
        .containsOnly(LocalDate.of(2025, 1, 1), MAR_15);
    assertThat(april.entries())
        .allMatch(e -> e.catalogVersion().equals(java.util.Optional.of(V1_V2.latest().id())));
  }

  @Test
  void theQuoteOfTheNextRenewalUsesTheVersionInEffectOnItsDate() {
    Team team = billedUnderVersion1();
    assertThat(BillingEngine.of(V1_V2).quoteRenewal(team).total()).isEqualTo(eur("30.00"));
    assertThat(BillingEngine.of(V1).quoteRenewal(team).total()).isEqualTo(eur("27.00"));
  }

  @Test
  void aTeamCreatedOnOrAfterTheDateGetsTheNewVersionAtOnce() {
    Outcome.Accepted created = accepted(BillingEngine.of(V1_V2).create(create("beta"), MAR_20));
    assertThat(onlyInvoice(created).totalDue()).isEqualTo(eur("30.00"));
    Outcome.Accepted before = accepted(BillingEngine.of(V1_V2).create(create("gamma"), MAR_1));
    assertThat(onlyInvoice(before).totalDue()).isEqualTo(eur("27.00"));
  }

  @Test
  void grandfatheredTeamsKeepTheirVersionAtRenewal() {
    Team team = billedUnderVersion1();
    BillingEngine engine = BillingEngine.of(V1_V2.withAdoption(VersionAdoption.GRANDFATHERED));
    Outcome.Accepted april =
        accepted(engine.apply(team, new Command.Renew("r-2", "system"), APR_1));
    assertThat(onlyInvoice(april).totalDue()).isEqualTo(eur("27.00"));
    assertThat(accepted(engine.create(create("beta"), MAR_20)).invoices().get(0).totalDue())
        .isEqualTo(eur("30.00"));
  }

  @Test
  void replayWithTheSameVersionsEqualsTheTeamEvenAfterALaterVersionWasAdded() {
    Team team = billedUnderVersion1();
    assertThat(BillingEngine.of(V1).replay(team.history())).isEqualTo(team);
    assertThat(BillingEngine.of(V1_V2).replay(team.history())).isEqualTo(team);
    Team april =
        accepted(BillingEngine.of(V1_V2).apply(team, new Command.Renew("r-2", "system"), APR_1))
            .team();
    assertThat(BillingEngine.of(V1_V2).replay(april.history())).isEqualTo(april);
  }

  @Test
  void replayUnderAnEditedVersionIsRefusedNamingTheEntryAndTheVersion() {
    Team team = billedUnderVersion1();
    // the same date, 27.00 edited to 30.00: the issued invoice would silently become 30.00
    BillingEngine edited =
        BillingEngine.of(CatalogVersions.of(LocalDate.of(2025, 1, 1), catalog("10.00")));
    assertThatThrownBy(() -> edited.replay(team.history()))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(BillingErrorCode.CATALOG_VERSION_MISMATCH);
              assertThat(e.field()).isEqualTo("history[0]");
              assertThat(e.reason())
                  .contains(
                      "entry c-0 of 2025-02-01", V1.latest().id().toString(), "other content");
            });
    // an engine of several versions refuses a team priced by a version it does not have
    BillingEngine editedLater =
        BillingEngine.of(
            CatalogVersions.of(LocalDate.of(2025, 1, 1), catalog("10.00"))
                .plusVersion(MAR_15, catalog("10.00")));
    Outcome renew = editedLater.apply(team, new Command.Renew("r-2", "system"), APR_1);
    assertThat(renew).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused) renew).code())
        .isEqualTo(BillingErrorCode.CATALOG_VERSION_MISMATCH);
    assertThat(((Outcome.Refused) renew).field()).isEqualTo("subscription.catalogVersion");
  }

  @Test
  void replayUnderAVersionDatedInThePastOfTheHistoryIsRefused() {
    Team team = billedUnderVersion1();
    // version 2 back-dated to 2025-02-15: the March renewal would reprice at 30.00
    BillingEngine backDated =
        BillingEngine.of(V1.plusVersion(LocalDate.of(2025, 2, 15), catalog("10.00")));
    assertThatThrownBy(() -> backDated.replay(team.history()))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(BillingErrorCode.CATALOG_VERSION_MISMATCH);
              assertThat(e.reason()).contains("entry r-1 of 2025-03-01");
            });
  }

  @Test
  void aVersionMustFollowInOrderKeepTheCurrencyAndKeepEveryPlan() {
    assertThatThrownBy(() -> V1_V2.plusVersion(MAR_15, catalog("11.00")))
        .hasMessageContaining("CATALOG_VERSION_MISMATCH [effectiveFrom]");
    Catalog chf =
        CatalogFormat.read(
            new StringReader(
                "currency=CHF\nplans=team\nplan.team.name=Team\nplan.team.seat.MONTHLY=9.00\n"));
    assertThatThrownBy(() -> V1.plusVersion(APR_1, chf)).hasMessageContaining("CURRENCY_MISMATCH");
    Catalog renamed =
        CatalogFormat.read(
            new StringReader(
                "currency=EUR\nplans=crew\nplan.crew.name=Crew\nplan.crew.seat.MONTHLY=9.00\n"));
    assertThatThrownBy(() -> V1.plusVersion(APR_1, renamed))
        .hasMessageContaining("CATALOG_VERSION_MISMATCH [plans]")
        .hasMessageContaining("removes plan 'team'");
    assertThatThrownBy(() -> V1.effectiveOn(LocalDate.of(2024, 12, 31)))
        .hasMessageContaining("DATE_OUT_OF_RANGE");
  }

  @Test
  void versionsRoundTripThroughTheirPropertiesFiles() {
    CatalogVersions read =
        CatalogVersions.read(
            List.of(new StringReader(V1_V2.write(0)), new StringReader(V1_V2.write(1))));
    assertThat(read).isEqualTo(V1_V2);
    assertThat(read.latest().id().fingerprint()).isEqualTo(V1_V2.latest().id().fingerprint());
    assertThatThrownBy(
            () ->
                CatalogVersions.read(
                    List.of(new StringReader(CatalogFormat.write(catalog("9.00"))))))
        .hasMessageContaining("MALFORMED_VALUE [effectiveFrom]");
  }

  @Test
  void aSingleCatalogEngineIsAOneVersionList() {
    BillingEngine engine = BillingEngine.of(catalog("9.00"));
    assertThat(engine.versions().versions()).hasSize(1);
    assertThat(engine.versions().latest().catalog()).isEqualTo(engine.catalog());
    HistoryEntry first = accepted(engine.create(create("acme"), FEB_1)).entries().get(0);
    assertThat(first.catalogVersion()).contains(engine.versions().latest().id());
  }
}
