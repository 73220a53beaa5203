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
package co.kafkaman.billing.rules.calendar;

import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A subscription's periodic schedules projected forward: up to the current cycle's end they follow
 * the current anchor and frequency; after it, the next terms' frequency (a change of frequency
 * anchors a new term on the renewal date, as the renewal does). Further changes cannot be known
 * ahead, so the projection assumes none.
 *
 * <p>Used by the auto-flex and usage calendars, so a host's agenda can ask what falls due in any
 * date range. Example: annual anchor 2024-01-31, current cycle {@code [2024-01-31, 2025-01-31)},
 * quarters ({@code monthsPerPeriod} 3) in {@code [2024-02-01, 2025-02-01)}: 2024-04-30, 2024-07-31,
 * 2024-10-31 and 2025-01-31 (a renewal).
 *
 * <p>Immutable and thread-safe.
 *
 * @param anchor the subscription's anchor
 * @param frequency the current frequency
 * @param currentCycle the current billing cycle
 * @param nextFrequency the frequency after the current cycle
 * @param newTermAtCycleEnd whether a new term starts, anchored, at the current cycle's end whatever
 *     the frequency: the current cycle is a free trial
 * @param nextAnchor the anchor the cycles after the current one are counted from: the anchor when
 *     the frequency stays, the current cycle's end for a new term, or the latest date on the new
 *     billing day for a bill-cycle-day change ({@link Subscription#nextBillingDay()}), which makes
 *     the next cycle a bridge that ends on that day
 * @since 0.1.0
 */
public record ScheduleProjection(
    LocalDate anchor,
    BillingFrequency frequency,
    DateRange currentCycle,
    BillingFrequency nextFrequency,
    boolean newTermAtCycleEnd,
    LocalDate nextAnchor) {

  /**
   * Returns the projection of a current cycle after which the cycles keep the anchor when the
   * frequency stays, else start a new term on the cycle's end.
   *
   * @param anchor the subscription's anchor
   * @param frequency the current frequency
   * @param currentCycle the current billing cycle
   * @param nextFrequency the frequency after the current cycle
   * @param newTermAtCycleEnd whether a new term starts at the current cycle's end whatever the
   *     frequency: the current cycle is a free trial
   */
  public ScheduleProjection(
      LocalDate anchor,
      BillingFrequency frequency,
      DateRange currentCycle,
      BillingFrequency nextFrequency,
      boolean newTermAtCycleEnd) {
    this(
        anchor,
        frequency,
        currentCycle,
        nextFrequency,
        newTermAtCycleEnd,
        !newTermAtCycleEnd && nextFrequency.equals(frequency)
            ? anchor
            : currentCycle.endExclusive());
  }

  /**
   * Returns the projection of a current cycle that is not a trial.
   *
   * @param anchor the subscription's anchor
   * @param frequency the current frequency
   * @param currentCycle the current billing cycle
   * @param nextFrequency the frequency after the current cycle
   */
  public ScheduleProjection(
      LocalDate anchor,
      BillingFrequency frequency,
      DateRange currentCycle,
      BillingFrequency nextFrequency) {
    this(anchor, frequency, currentCycle, nextFrequency, false);
  }

  /**
   * A boundary of a periodic schedule: the end of {@link #period()}.
   *
   * @param date the boundary date (the period's end)
   * @param period the period that ends on it
   * @param frequency the billing frequency in force for that period
   * @param renewal whether a billing cycle also ends on it
   */
  public record Boundary(
      LocalDate date, DateRange period, BillingFrequency frequency, boolean renewal) {}

  /**
   * Returns the projection of {@code subscription}.
   *
   * @param subscription the subscription
   * @return the projection
   */
  public static ScheduleProjection of(Subscription subscription) {
    BillingFrequency current = subscription.terms().frequency();
    BillingFrequency next = subscription.nextTerms().map(Terms::frequency).orElse(current);
    Optional<Integer> day = subscription.nextBillingDay();
    if (day.isPresent() && next.isMonthBased()) {
      return new ScheduleProjection(
          subscription.anchor(),
          current,
          subscription.currentCycle(),
          next,
          subscription.inTrial(),
          // a trial ends into the cycle a creation on its last day would start with; a running
          // subscription bridges to the first new billing day
          subscription.inTrial()
              ? CycleSchedule.latestDayOnOrBefore(
                  subscription.currentCycle().endExclusive(), day.get())
              : CycleSchedule.bridgeAnchor(
                  subscription.currentCycle().endExclusive(), day.get(), next));
    }
    return new ScheduleProjection(
        subscription.anchor(), current, subscription.currentCycle(), next, subscription.inTrial());
  }

  /**
   * Returns the billing cycle after the current one: the next period of the schedule from the
   * anchor when the frequency stays, else the first period of a new term anchored on the current
   * cycle's end (always so after a trial); after a bill-cycle-day change, the bridge from the
   * current cycle's end to the first new billing day (see {@link #nextPeriod()}).
   *
   * @return the next billing cycle
   */
  public DateRange nextCycle() {
    DateRange period = nextPeriod();
    LocalDate cycleEnd = currentCycle.endExclusive();
    return period.start().equals(cycleEnd) ? period : period.startingAt(cycleEnd);
  }

  /**
   * Returns the whole period of the next schedule that contains the current cycle's end: the next
   * cycle itself, except after a bill-cycle-day change, where the next cycle is the bridge from the
   * current cycle's end to the new day and this is the new day's period that contains it (the
   * bridge is charged pro rata over it). Example: cycles on the 1st, day 11 from the renewal on
   * 2024-07-01: the period {@code [2024-06-11, 2024-07-11)} and the bridge {@code [2024-07-01,
   * 2024-07-11)}.
   *
   * @return the period
   */
  public DateRange nextPeriod() {
    LocalDate cycleEnd = currentCycle.endExclusive();
    if (nextAnchor.equals(anchor) && !newTermAtCycleEnd && nextFrequency.equals(frequency)) {
      CycleSchedule cycles = CycleSchedule.billingCycles(anchor, frequency);
      return cycles.period(cycles.indexOf(currentCycle.start()) + 1);
    }
    if (nextAnchor.equals(cycleEnd)) {
      return CycleSchedule.billingCycles(cycleEnd, nextFrequency).period(0);
    }
    return CycleSchedule.billingCycles(nextAnchor, nextFrequency).periodContaining(cycleEnd);
  }

  /**
   * Returns whether the next cycle is a bridge: shorter than the period of the new billing day that
   * contains it ({@link #nextPeriod()}), after a bill-cycle-day change.
   *
   * @return true when the next cycle starts inside a period of the new day
   */
  public boolean bridges() {
    LocalDate cycleEnd = currentCycle.endExclusive();
    if (nextAnchor.equals(cycleEnd)
        || (nextAnchor.equals(anchor) && !newTermAtCycleEnd && nextFrequency.equals(frequency))) {
      return false;
    }
    return !nextPeriod().start().equals(cycleEnd);
  }

  /**
   * Returns the boundaries in {@code range} after the current cycle's start of the schedule with
   * periods of {@code periodOf.apply(frequency)}, in date order.
   *
   * @param periodOf the period for a billing frequency (monthly for usage months; the auto-flex
   *     cycle; the frequency itself for billing cycles)
   * @param range the dates to look at
   * @return the boundaries
   */
  public List<Boundary> boundaries(UnaryOperator<BillingFrequency> periodOf, DateRange range) {
    List<Boundary> out = new ArrayList<>();
    LocalDate cycleEnd = currentCycle.endExclusive();
    if (newTermAtCycleEnd) {
      // a trial is one period of every schedule (usage month, auto-flex cycle, billing cycle):
      // its end is its one boundary, a renewal
      if (range.contains(cycleEnd)) {
        out.add(new Boundary(cycleEnd, currentCycle, frequency, true));
      }
    } else {
      add(out, anchor, frequency, periodOf, currentCycle.start(), cycleEnd, range);
    }
    add(out, nextAnchor, nextFrequency, periodOf, cycleEnd, null, range);
    return out;
  }

  private static void add(
      List<Boundary> out,
      LocalDate anchor,
      BillingFrequency frequency,
      UnaryOperator<BillingFrequency> periodOf,
      LocalDate afterExclusive,
      @Nullable LocalDate untilInclusive,
      DateRange range) {
    CycleSchedule schedule = new CycleSchedule(anchor, periodOf.apply(frequency));
    CycleSchedule terms = CycleSchedule.billingCycles(anchor, frequency);
    LocalDate from = range.start().isAfter(afterExclusive) ? range.start() : afterExclusive;
    long n = schedule.indexOf(from.isBefore(anchor) ? anchor : from);
    while (!schedule.boundary(n).isAfter(afterExclusive)
        || schedule.boundary(n).isBefore(range.start())) {
      n++;
    }
    for (LocalDate b = schedule.boundary(n);
        b.isBefore(range.endExclusive()) && (untilInclusive == null || !b.isAfter(untilInclusive));
        b = schedule.boundary(++n)) {
      boolean renewal = terms.boundary(terms.indexOf(b)).equals(b);
      out.add(new Boundary(b, schedule.period(n - 1), frequency, renewal));
    }
  }
}
