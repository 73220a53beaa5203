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
package co.kafkaman.billing.testkit.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogVersions;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.history.IssuedInvoice;
import co.kafkaman.billing.testkit.gen.CatalogGen;
import co.kafkaman.billing.testkit.gen.LifeGen;
import co.kafkaman.billing.testkit.simulation.Simulator;
import co.kafkaman.billing.testkit.simulation.TeamLife;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Catalog versions through the engine: a life lived under version 1 of a generated catalog, then a
 * version 2 (another generated catalog in the same currency) added after it, or version 1 edited in
 * place.
 */
class CatalogVersionsPropertiesTest {

  /** A life under {@code v1} and a second price list {@code v2} in the same currency. */
  record Case(Catalog v1, TeamLife life, Catalog v2) {}

  static Gen<Case> cases() {
    return CatalogGen.catalogs()
        .flatMap(
            v1 ->
                LifeGen.of(BillingEngine.of(v1))
                    .withSteps(0, 8)
                    .withTailDays(200)
                    .lives()
                    .zip(CatalogGen.catalogs(v1.currency()), (life, v2) -> new Case(v1, life, v2)));
  }

  private static List<Invoice> issued(Team team) {
    return team.history().stream()
        .map(HistoryEntry::payload)
        .filter(IssuedInvoice.class::isInstance)
        .map(p -> ((IssuedInvoice) p).invoice())
        .toList();
  }

  private static boolean compatible(Catalog v1, Catalog v2) {
    return v2.plans().keySet().containsAll(v1.plans().keySet())
        && v2.resources().keySet().containsAll(v1.resources().keySet());
  }

  @Test
  void aVersionChangeNeverAltersAnIssuedInvoiceAndReplayEqualsTheTeam() {
    qt().withExamples(60)
        .forAll(cases())
        .checkAssert(
            c -> {
              if (!compatible(c.v1(), c.v2())) {
                return;
              }
              Simulator lived = c.life().simulate();
              Team before = lived.team();
              BillingEngine first = lived.engine();
              LocalDate effective = lived.today().plusDays(1);
              CatalogVersions versions = CatalogVersions.of(c.v1()).plusVersion(effective, c.v2());
              BillingEngine changed = BillingEngine.of(versions, first.policy());
              // a version added after the history: replay gives the same team, invoice for invoice
              assertThat(changed.replay(before.history())).isEqualTo(before);
              // the team lives on under version 2: renewals on or after its date bill its prices
              Team after = Simulator.of(changed, before, lived.today()).advanceDays(400).team();
              Team replayed = changed.replay(after.history());
              assertThat(replayed).isEqualTo(after);
              List<Invoice> issuedBefore = issued(before);
              assertThat(issued(replayed).subList(0, issuedBefore.size())).isEqualTo(issuedBefore);
            });
  }

  @Test
  void replayUnderAVersionEditedInPlaceIsRefusedUnlessNothingChanged() {
    qt().withExamples(60)
        .forAll(cases())
        .checkAssert(
            c -> {
              Simulator lived = c.life().simulate();
              Team team = lived.team();
              // version 1 edited in place: the same date, another content
              BillingEngine edited =
                  BillingEngine.of(CatalogVersions.of(c.v2()), lived.engine().policy());
              if (c.v2().equals(c.v1())) {
                assertThat(edited.replay(team.history())).isEqualTo(team);
                return;
              }
              assertThatThrownBy(() -> edited.replay(team.history()))
                  .isInstanceOfSatisfying(
                      BillingException.class,
                      e ->
                          assertThat(e.errorCode())
                              .isEqualTo(BillingErrorCode.CATALOG_VERSION_MISMATCH));
            });
  }
}
