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

import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entry of the effective-dated auto-flex eligibility policy: what turns auto-flex on ({@link
 * Trigger}), from which date, for which plan tiers. The next rollout is a new entry, not new code.
 *
 * <p>A plan must also be auto-flex eligible in the catalog ({@link Plan#autoFlexEligible()}): the
 * catalog says whether a plan can have auto-flex, the rollouts say when.
 *
 * <p>Example: {@code purchasedAfter(2021-04-08, BASIC, PROFESSIONAL)} turns auto-flex on for a
 * Basic plan bought on 2021-04-09, not for one bought on 2021-04-08.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trigger what turns auto-flex on
 * @param date the date the trigger is measured against
 * @param tiers the plan tiers it applies to, not empty
 * @since 0.1.0
 */
public record AutoFlexRollout(Trigger trigger, LocalDate date, Set<PlanId> tiers) {

  /** What turns auto-flex on. */
  public enum Trigger {
    /** On for plans purchased strictly after the date, from the purchase on. */
    PURCHASED_AFTER,
    /** From the date on, a team may opt in by accepting the auto-flex terms. */
    OPT_IN_FROM,
    /** On at the plan's first renewal strictly after the date. */
    FIRST_RENEWAL_AFTER
  }

  /**
   * Validates the tiers and copies them.
   *
   * @param trigger what turns auto-flex on
   * @param date the date the trigger is measured against
   * @param tiers the plan tiers it applies to, not empty
   */
  public AutoFlexRollout {
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a rollout needs at least one tier (" + trigger + ")");
    }
    tiers = Set.copyOf(new TreeSet<>(tiers));
  }

  /**
   * Returns a rollout that turns auto-flex on for plans purchased strictly after {@code date}.
   *
   * @param date the date
   * @param tiers the tiers
   * @return the rollout
   */
  public static AutoFlexRollout purchasedAfter(LocalDate date, PlanId... tiers) {
    return new AutoFlexRollout(Trigger.PURCHASED_AFTER, date, Set.of(tiers));
  }

  /**
   * Returns a rollout that lets teams opt in from {@code date} on.
   *
   * @param date the date
   * @param tiers the tiers
   * @return the rollout
   */
  public static AutoFlexRollout optInFrom(LocalDate date, PlanId... tiers) {
    return new AutoFlexRollout(Trigger.OPT_IN_FROM, date, Set.of(tiers));
  }

  /**
   * Returns a rollout that turns auto-flex on at the first renewal strictly after {@code date}.
   *
   * @param date the date
   * @param tiers the tiers
   * @return the rollout
   */
  public static AutoFlexRollout firstRenewalAfter(LocalDate date, PlanId... tiers) {
    return new AutoFlexRollout(Trigger.FIRST_RENEWAL_AFTER, date, Set.of(tiers));
  }

  /**
   * Returns whether this rollout, with trigger {@code event}, applies to {@code plan} on {@code on}
   * (the purchase, opt-in or renewal date).
   *
   * @param event the event being decided
   * @param plan the plan
   * @param on the event's date
   * @return true when the plan is eligible in the catalog, its tier is listed, and the date fits
   */
  public boolean appliesTo(Trigger event, Plan plan, LocalDate on) {
    if (event != trigger || !plan.autoFlexEligible() || !tiers.contains(plan.id())) {
      return false;
    }
    return trigger == Trigger.OPT_IN_FROM ? !on.isBefore(date) : on.isAfter(date);
  }

  /**
   * Returns {@code "plans purchased after 2021-04-08 (BASIC, PROFESSIONAL)"}.
   *
   * @return the rollout as text
   */
  @Override
  public String toString() {
    String when =
        switch (trigger) {
          case PURCHASED_AFTER -> "plans purchased after " + date;
          case OPT_IN_FROM -> "opt-in from " + date;
          case FIRST_RENEWAL_AFTER -> "the first renewal after " + date;
        };
    return when + " " + new TreeSet<>(tiers);
  }
}
