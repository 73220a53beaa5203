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
package co.kafkaman.billing.testkit.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.flex.FlexOverview;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import co.kafkaman.billing.rules.usage.ResourceUsage;
import co.kafkaman.billing.testkit.simulation.Simulator;
import co.kafkaman.billing.testkit.simulation.TeamLife;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The engine agrees with itself over generated lives (those of the conservation gate): every event
 * the agenda lists is accepted when the command it names is applied on its date, and what the
 * renewal quote, the billing overview, the usage report and the auto-flex overview announce the day
 * before is what the renewal or the usage-month close then bills.
 */
class EngineAgreementPropertiesTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());
  private static final int LIVES = 300;

  /** A step carrying out an agenda event, with the team before it. */
  private record Scheduled(Team before, Simulator.Step step) {
    LocalDate date() {
      return step.date();
    }

    Command command() {
      return step.outcome().command();
    }

    /** Whether the step is an accepted renewal or usage-month close. */
    boolean isAcceptedClosing() {
      return (command() instanceof Command.Renew || command() instanceof Command.CloseUsageMonth)
          && step.outcome().isAccepted();
    }

    List<InvoiceLine> billed(LineKind... kinds) {
      List<InvoiceLine> lines = new ArrayList<>();
      if (step.outcome() instanceof Outcome.Accepted accepted) {
        for (Invoice invoice : accepted.invoices()) {
          for (InvoiceLine line : invoice.lines()) {
            if (List.of(kinds).contains(line.kind())) {
              lines.add(line);
            }
          }
        }
      }
      return lines;
    }
  }

  /** Runs {@code check} on every scheduled step of generated lives; fails listing mismatches. */
  private static void forEveryScheduledStep(BiConsumer<Scheduled, List<String>> check) {
    List<String> mismatches = new ArrayList<>();
    qt().withExamples(LIVES)
        .forAll(ConservationPropertiesTest.longLives().lives())
        .checkAssert(
            (TeamLife life) -> {
              List<Simulator.Step> steps =
                  life.simulate(ConservationPropertiesTest.PAYMENTS).steps();
              for (int i = 1; i < steps.size() && mismatches.size() < 5; i++) {
                if (steps.get(i).isScheduled()) {
                  int before = mismatches.size();
                  check.accept(
                      new Scheduled(steps.get(i - 1).outcome().team(), steps.get(i)), mismatches);
                  if (mismatches.size() > before) {
                    mismatches.set(before, mismatches.get(before) + "\n in life " + life);
                  }
                }
              }
            });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyEventTheAgendaListsIsAcceptedOnItsDate() {
    forEveryScheduledStep(
        (scheduled, mismatches) -> {
          if (scheduled.step().outcome() instanceof Outcome.Refused refused) {
            mismatches.add(
                scheduled.step().event()
                    + " on "
                    + scheduled.date()
                    + " is refused: "
                    + refused.code()
                    + " "
                    + refused.reason());
          }
        });
  }

  @Test
  void theRenewalQuoteAndTheOverviewAreWhatTheRenewalBills() {
    forEveryScheduledStep(
        (scheduled, mismatches) -> {
          if (!(scheduled.command() instanceof Command.Renew)
              || !scheduled.step().outcome().isAccepted()) {
            return;
          }
          RenewalQuote quote = ENGINE.quoteRenewal(scheduled.before());
          List<InvoiceLine> announced = new ArrayList<>(quote.lines());
          announced.addAll(quote.overageSoFar());
          List<InvoiceLine> billed =
              scheduled.billed(
                  LineKind.PLAN_SEATS, LineKind.ADD_ON, LineKind.AUTO_FLEX, LineKind.OVERAGE);
          if (!billed.equals(announced)) {
            mismatches.add(
                "renewal on "
                    + scheduled.date()
                    + " bills "
                    + billed
                    + " but was quoted "
                    + announced);
          }
          RenewalQuote overview = ENGINE.overview(scheduled.before()).renewal();
          if (!overview.equals(quote)) {
            mismatches.add(
                "overview before the renewal on "
                    + scheduled.date()
                    + " shows "
                    + overview
                    + " but the quote is "
                    + quote);
          }
        });
  }

  @Test
  void theUsageReportIsWhatTheUsageMonthBills() {
    forEveryScheduledStep(
        (scheduled, mismatches) -> {
          if (!scheduled.isAcceptedClosing()
              || scheduled.before().subscription().usage().isEmpty()) {
            return;
          }
          Amount announced = Amount.zero(scheduled.before().currency());
          for (ResourceUsage usage :
              ENGINE.usage(scheduled.before(), scheduled.date().minusDays(1)).resources()) {
            announced = announced.plus(usage.overageSoFar());
          }
          Amount billed = sum(scheduled.before(), scheduled.billed(LineKind.OVERAGE));
          if (!billed.equals(announced)) {
            mismatches.add(
                scheduled.command().id()
                    + " bills "
                    + billed
                    + " of overage but the usage report said "
                    + announced
                    + " so far");
          }
        });
  }

  @Test
  void theAutoFlexOverviewIsWhatTheCycleEndBills() {
    forEveryScheduledStep(
        (scheduled, mismatches) -> {
          Team before = scheduled.before();
          LocalDate eve = scheduled.date().minusDays(1);
          if (!scheduled.isAcceptedClosing()
              || !before.subscription().currentCycle().contains(eve)) {
            return;
          }
          FlexOverview overview = ENGINE.autoFlexOverview(before, eve);
          if (!overview.autoFlexCycle().endExclusive().equals(scheduled.date())) {
            return;
          }
          List<InvoiceLine> billed = scheduled.billed(LineKind.AUTO_FLEX);
          if (!billed.equals(overview.lines())
              || !sum(before, billed).equals(overview.toBeBilled())) {
            mismatches.add(
                scheduled.command().id()
                    + " bills "
                    + billed
                    + " but the auto-flex overview on "
                    + eve
                    + " said "
                    + overview.toBeBilled()
                    + " "
                    + overview.lines());
          }
        });
  }

  private static Amount sum(Team team, List<InvoiceLine> lines) {
    Amount total = Amount.zero(team.currency());
    for (InvoiceLine line : lines) {
      total = total.plus(line.amount());
    }
    return total;
  }
}
