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
package co.kafkaman.billing.rules.flex;

import co.kafkaman.billing.model.catalog.CatalogTexts;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.proration.DayCount;
import co.kafkaman.billing.rules.proration.Prorated;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/** The built-in charge modes behind the factories of {@link FlexChargeMode}. */
final class FlexChargeModes {
  private FlexChargeModes() {}

  static final FlexChargeMode WHOLE_MONTHS =
      new Mode("whole months", FlexCycleFacts::flexUsers, FlexChargeModes::wholeMonths);

  static final FlexChargeMode DAY_PRORATED =
      new Mode("day-prorated", FlexCycleFacts::flexUsers, FlexChargeModes::dayProrated);

  static final FlexChargeMode WHOLE_QUARTERS =
      new Mode("whole quarters", FlexCycleFacts::peakFlexUsers, FlexChargeModes::wholeQuarters);

  /** A built-in mode: who is billed, and how. */
  private record Mode(
      String name,
      ToIntFunction<FlexCycleFacts> users,
      BiFunction<FlexCycleFacts, ProrationConvention, List<InvoiceLine>> lines)
      implements FlexChargeMode {
    @Override
    public int flexUsers(FlexCycleFacts facts) {
      return users.applyAsInt(facts);
    }

    @Override
    public List<InvoiceLine> charge(FlexCycleFacts facts, ProrationConvention convention) {
      return lines.apply(facts, convention);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Flex users at the end x price x whole months left in the term / months of the term. */
  private static List<InvoiceLine> wholeMonths(
      FlexCycleFacts facts, ProrationConvention convention) {
    int users = facts.flexUsers();
    if (users == 0 || facts.endsTerm()) {
      return List.of();
    }
    LocalDate end = facts.flexCycle().endExclusive();
    ProrationConvention months =
        new ProrationConvention(
            "whole months", DayCount.wholeMonths(), convention.rounding(), 0, true);
    Prorated prorated = months.charge(facts.seatPrice(), users, facts.term(), end);
    return List.of(
        line(
            facts,
            users,
            prorated,
            facts.term().startingAt(end),
            "billed for the whole months left in the term"));
  }

  /** Each flex user x price x days left in the term from when the team grew / days of the term. */
  private static List<InvoiceLine> dayProrated(
      FlexCycleFacts facts, ProrationConvention convention) {
    List<InvoiceLine> lines = new ArrayList<>(2);
    List<LocalDate> since = facts.flexUserSince();
    int i = 0;
    while (i < since.size()) {
      LocalDate from = since.get(i);
      int users = 0;
      while (i < since.size() && since.get(i).equals(from)) {
        users++;
        i++;
      }
      Prorated prorated = convention.charge(facts.seatPrice(), users, facts.term(), from);
      if (!prorated.amount().isZero()) {
        lines.add(
            line(
                facts,
                users,
                prorated,
                facts.term().startingAt(from),
                "prorated from " + from + ", when the team reached that many members"));
      }
    }
    return lines;
  }

  /** The peak of flex users x price x quarters left after this one / quarters of the term. */
  private static List<InvoiceLine> wholeQuarters(
      FlexCycleFacts facts, ProrationConvention convention) {
    int users = facts.peakFlexUsers();
    if (users == 0 || facts.endsTerm()) {
      return List.of();
    }
    Fraction left = Fraction.of(facts.cyclesLeftAfter(), facts.cyclesPerTerm(), "quarters");
    Prorated prorated =
        new Prorated(left, facts.seatPrice().multipliedBy(users, left, convention.rounding()), "");
    return List.of(
        line(
            facts,
            users,
            prorated,
            facts.term().startingAt(facts.flexCycle().endExclusive()),
            "peak of " + facts.peakMembers() + " members; billed per quarter left in the term"));
  }

  /** Builds an {@code AUTO_FLEX} line for {@code users} flex users of {@code facts}. */
  static InvoiceLine line(
      FlexCycleFacts facts, int users, Prorated prorated, DateRange period, String how) {
    String note =
        facts.members()
            + " members, "
            + facts.paidSeats()
            + " paid seats at the end of auto-flex cycle "
            + facts.flexCycle()
            + "; "
            + how
            + (prorated.note().isEmpty() ? "" : "; " + prorated.note());
    return new InvoiceLine(
        LineKind.AUTO_FLEX,
        "Auto-flex users: " + CatalogTexts.seatsOf(facts.plan(), facts.frequency()),
        users,
        facts.seatPrice(),
        prorated.fraction(),
        period,
        prorated.amount(),
        note);
  }
}
