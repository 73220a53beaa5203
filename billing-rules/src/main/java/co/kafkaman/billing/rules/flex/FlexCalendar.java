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

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.ScheduleProjection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The auto-flex dates of a subscription in a date range: each auto-flex cycle's end and the
 * reminder due one week (monthly plans) or two weeks (annual plans) before it, so a host's agenda
 * knows when to apply {@code RemindAutoFlex}, {@code CloseUsageMonth} or {@code Renew}.
 *
 * <p>Dates are projected with {@link ScheduleProjection}: the current anchor and frequency, then
 * the next terms' frequency after the current cycle. Nothing is listed while auto-flex is off (a
 * rollout that turns it on at the next renewal shows up once it has).
 *
 * <p>Example: annual anchor 2024-01-31, range {@code [2024-04-01, 2024-08-01)}: reminder
 * 2024-04-16, cycle end 2024-04-30, reminder 2024-07-17, cycle end 2024-07-31. Monthly anchor
 * 2024-01-31, range {@code [2024-02-01, 2024-03-01)}: reminder 2024-02-22, cycle end 2024-02-29 (a
 * renewal).
 *
 * <p>{@link #activeBetween} keeps only the dates on which auto-flex is active ({@link
 * FlexRules#isActive}): on a plan the catalog makes auto-flex eligible, the current plan before the
 * renewal and the next terms' plan after it. An Enterprise or Free team with auto-flex on gets no
 * reminder (it would be refused with {@code AUTO_FLEX_NOT_AVAILABLE}) and no auto-flex cycle end
 * inside its term (its quarter ends only close usage months).
 *
 * @since 0.1.0
 */
public final class FlexCalendar {
  private FlexCalendar() {}

  /**
   * Returns the auto-flex dates of {@code team} in {@code range} on which auto-flex is active: the
   * dates of {@link #between} before the current cycle's end when the current plan is auto-flex
   * eligible, and those from it on when the plan of the next terms is.
   *
   * <p>Example: Basic monthly anchored 2024-01-31 with auto-flex on and standing instructions for
   * Enterprise, range {@code [2024-02-01, 2024-04-01)}: reminder 2024-02-22 and cycle end
   * 2024-02-29 (the renewal); nothing in March, when the team is on Enterprise.
   *
   * @param team the team
   * @param catalog the price list (which plans are auto-flex eligible)
   * @param policy the auto-flex policy (reminder lead days)
   * @param range the dates to look at
   * @return the dates, in date order; empty while auto-flex is off
   */
  public static List<FlexDate> activeBetween(
      Team team, Catalog catalog, AutoFlexPolicy policy, DateRange range) {
    Subscription subscription = team.subscription();
    java.time.LocalDate renewal = subscription.currentCycle().endExclusive();
    boolean now = catalog.plan(subscription.terms().plan()).autoFlexEligible();
    boolean next =
        catalog
            .plan(subscription.nextTerms().orElse(subscription.terms()).plan())
            .autoFlexEligible();
    List<FlexDate> active = new ArrayList<>();
    for (FlexDate date : between(subscription, policy, range)) {
      if (date.date().isBefore(renewal) ? now : next) {
        active.add(date);
      }
    }
    return active;
  }

  /**
   * Returns the auto-flex dates of {@code subscription} in {@code range}, in date order (a reminder
   * before a cycle end on the same day).
   *
   * @param subscription the subscription
   * @param policy the auto-flex policy (reminder lead days)
   * @param range the dates to look at
   * @return the dates, empty while auto-flex is off
   */
  public static List<FlexDate> between(
      Subscription subscription, AutoFlexPolicy policy, DateRange range) {
    if (!subscription.autoFlexEnabled()) {
      return List.of();
    }
    int lead = Math.max(policy.monthlyReminderDays(), policy.annualReminderDays());
    DateRange widened = DateRange.of(range.start(), range.endExclusive().plusDays(lead));
    List<FlexDate> dates = new ArrayList<>();
    for (ScheduleProjection.Boundary end :
        ScheduleProjection.of(subscription).boundaries(FlexRules::cyclePeriod, widened)) {
      java.time.LocalDate reminder = end.date().minusDays(policy.reminderDays(end.frequency()));
      if (range.contains(reminder)) {
        dates.add(new FlexDate(reminder, FlexDate.Kind.REMINDER, end.period(), end.renewal()));
      }
      if (range.contains(end.date())) {
        dates.add(new FlexDate(end.date(), FlexDate.Kind.CYCLE_END, end.period(), end.renewal()));
      }
    }
    dates.sort(Comparator.comparing(FlexDate::date).thenComparing(FlexDate::kind));
    return dates;
  }
}
