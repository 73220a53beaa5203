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

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The conservation law of changes within a cycle, shared by the change properties: whatever
 * accepted immediate changes follow each other, the credits and charges together cost what the
 * service used is worth ({@code price x days in force / days of the cycle} per stretch of unchanged
 * terms, new terms in full), within one minor unit per line; no credit exceeds what was billed for
 * its item, and no item is billed more than its full-cycle price.
 */
final class CycleConservation {
  private static final MathContext EXACT = MathContext.DECIMAL128;

  private CycleConservation() {}

  /**
   * Applies each step to {@code team} (the step's days to wait are {@code step % 12}; {@code next}
   * turns the current terms and the step into the target) and checks the law.
   */
  static void check(
      Team start,
      Catalog catalog,
      ChangePolicy policy,
      ProrationConvention convention,
      List<Integer> steps,
      BiFunction<Terms, Integer, Terms> next) {
    Team team = start;
    long net = 0;
    long lines = 0;
    for (BilledItem item : team.subscription().billedItems()) {
      net += item.billed().minorUnits();
      lines++;
    }
    BigDecimal exact = BigDecimal.ZERO;
    DateRange cycle = team.subscription().currentCycle();
    LocalDate segmentStart = cycle.start();
    LocalDate day = cycle.start();
    for (int step : steps) {
      day = day.plusDays(step % 12);
      if (!cycle.contains(day)) {
        break;
      }
      Terms current = team.subscription().terms();
      ChangeDecision decision =
          ChangeRules.decide(
              team,
              catalog,
              policy,
              convention,
              new ChangeRequest(next.apply(current, step), Timing.IMMEDIATELY, true),
              day);
      if (!(decision instanceof ChangeDecision.Immediately now)) {
        continue;
      }
      for (InvoiceLine line : now.lines()) {
        net += line.amount().minorUnits();
        lines++;
      }
      exact = exact.add(valueUsed(catalog, current, segmentStart, day, cycle));
      team = team.withSubscription(now.subscription());
      BillingFrequency frequency = team.subscription().terms().frequency();
      for (BilledItem item : team.subscription().billedItems()) {
        assertThat(item.credited()).isLessThanOrEqualTo(item.billed());
        assertThat(item.billed().minorUnits())
            .isLessThanOrEqualTo(unitPrice(catalog, item.item(), frequency) * item.quantity());
      }
      cycle = team.subscription().currentCycle();
      segmentStart = day;
    }
    exact =
        exact.add(
            valueUsed(
                catalog, team.subscription().terms(), segmentStart, cycle.endExclusive(), cycle));
    assertThat(BigDecimal.valueOf(net).subtract(exact).abs())
        .isLessThanOrEqualTo(BigDecimal.valueOf(lines));
  }

  /** The price of {@code terms} for one whole cycle, in minor units. */
  static long cyclePrice(Catalog catalog, Terms terms) {
    long price =
        catalog
            .plan(terms.plan())
            .seatPrice(terms.frequency())
            .multipliedBy(terms.seats())
            .minorUnits();
    for (var blocks : terms.addOnBlocks().entrySet()) {
      price +=
          catalog
              .addOn(blocks.getKey())
              .price(terms.frequency())
              .multipliedBy(blocks.getValue())
              .minorUnits();
    }
    return price;
  }

  /** What one of {@code item} costs for a whole cycle of {@code frequency}, in minor units. */
  private static long unitPrice(Catalog catalog, ChargeItem item, BillingFrequency frequency) {
    if (item instanceof ChargeItem.Seats seats) {
      return catalog.plan(seats.plan()).seatPrice(frequency).minorUnits();
    }
    ChargeItem.AddOnBlocks blocks = (ChargeItem.AddOnBlocks) item;
    return catalog.addOn(blocks.resource()).price(frequency).minorUnits();
  }

  private static BigDecimal valueUsed(
      Catalog catalog, Terms terms, LocalDate from, LocalDate toExclusive, DateRange cycle) {
    return BigDecimal.valueOf(cyclePrice(catalog, terms))
        .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, toExclusive)))
        .divide(BigDecimal.valueOf(cycle.lengthInDays()), EXACT);
  }
}
