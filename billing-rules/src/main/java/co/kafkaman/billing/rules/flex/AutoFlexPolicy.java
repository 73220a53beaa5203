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

import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The auto-flex policy as data: the effective-dated eligibility {@link AutoFlexRollout}s, the
 * {@link FlexChargeMode} and how many days before an auto-flex cycle ends the reminder is due.
 *
 * <p>{@link #kafkaman()} is the documented policy: on for Basic and Professional plans purchased
 * after 2021-04-08, opt-in for earlier teams from 2021-04-08, on for every team at its first
 * renewal after 2021-07-01; whole-months charge mode; reminders 7 days (monthly plans) and 14 days
 * (annual plans) before the cycle ends.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rollouts the eligibility entries, in the order they are consulted
 * @param chargeMode how flex users are charged at the end of an auto-flex cycle
 * @param monthlyReminderDays days before a monthly auto-flex cycle ends that the reminder is due
 * @param annualReminderDays days before an annual plan's quarter ends that the reminder is due
 * @since 0.1.0
 */
public record AutoFlexPolicy(
    List<AutoFlexRollout> rollouts,
    FlexChargeMode chargeMode,
    int monthlyReminderDays,
    int annualReminderDays) {

  /** The date auto-flex launched (plans purchased after it have it on). */
  public static final LocalDate LAUNCH = LocalDate.of(2021, 4, 8);

  /** The date after which every team gets auto-flex at its first renewal. */
  public static final LocalDate GENERAL_AVAILABILITY = LocalDate.of(2021, 7, 1);

  /**
   * Validates the lead days and copies the rollouts.
   *
   * @param rollouts the eligibility entries, in the order they are consulted
   * @param chargeMode how flex users are charged at the end of an auto-flex cycle
   * @param monthlyReminderDays days before a monthly auto-flex cycle ends that the reminder is due
   * @param annualReminderDays days before an annual plan's quarter ends that the reminder is due
   */
  public AutoFlexPolicy {
    if (monthlyReminderDays < 1 || annualReminderDays < 1) {
      throw new IllegalArgumentException(
          "reminder days must be 1 or more, were "
              + monthlyReminderDays
              + " and "
              + annualReminderDays);
    }
    rollouts = List.copyOf(rollouts);
  }

  /**
   * Returns the kafkaman policy.
   *
   * @return the default policy
   */
  public static AutoFlexPolicy kafkaman() {
    return new AutoFlexPolicy(
        List.of(
            AutoFlexRollout.purchasedAfter(
                LAUNCH, KafkamanSample.BASIC, KafkamanSample.PROFESSIONAL),
            AutoFlexRollout.optInFrom(LAUNCH, KafkamanSample.BASIC, KafkamanSample.PROFESSIONAL),
            AutoFlexRollout.firstRenewalAfter(
                GENERAL_AVAILABILITY, KafkamanSample.BASIC, KafkamanSample.PROFESSIONAL)),
        FlexChargeMode.wholeMonths(),
        7,
        14);
  }

  /**
   * Returns a copy with one more rollout, consulted after the existing ones: the way to express the
   * next rollout.
   *
   * @param rollout the new entry
   * @return the copy
   */
  public AutoFlexPolicy plusRollout(AutoFlexRollout rollout) {
    List<AutoFlexRollout> copy = new ArrayList<>(rollouts);
    copy.add(rollout);
    return new AutoFlexPolicy(copy, chargeMode, monthlyReminderDays, annualReminderDays);
  }

  /**
   * Returns a copy with other rollouts.
   *
   * @param entries the rollouts
   * @return the copy
   */
  public AutoFlexPolicy withRollouts(List<AutoFlexRollout> entries) {
    return new AutoFlexPolicy(entries, chargeMode, monthlyReminderDays, annualReminderDays);
  }

  /**
   * Returns a copy charging with {@code mode}, for example {@link FlexChargeMode#dayProrated()}.
   *
   * @param mode the charge mode
   * @return the copy
   */
  public AutoFlexPolicy withChargeMode(FlexChargeMode mode) {
    return new AutoFlexPolicy(rollouts, mode, monthlyReminderDays, annualReminderDays);
  }

  /**
   * Returns a copy with other reminder lead days.
   *
   * @param monthly days before a monthly cycle ends
   * @param annual days before an annual plan's quarter ends
   * @return the copy
   */
  public AutoFlexPolicy withReminderDays(int monthly, int annual) {
    return new AutoFlexPolicy(rollouts, chargeMode, monthly, annual);
  }

  /**
   * Returns how many days before an auto-flex cycle of {@code frequency} ends the reminder is due.
   *
   * @param frequency the plan's frequency
   * @return 7 for monthly and 14 for annual plans under the kafkaman policy: the monthly days for
   *     plans billed monthly or more often, the annual days for longer ones
   */
  public int reminderDays(BillingFrequency frequency) {
    return frequency.compareTo(BillingFrequency.MONTHLY) <= 0
        ? monthlyReminderDays
        : annualReminderDays;
  }

  /**
   * Returns the first rollout with trigger {@code event} that applies to {@code plan} on {@code
   * on}.
   *
   * @param event purchase, opt-in or renewal
   * @param plan the plan
   * @param on the date of the event
   * @return the rollout, or empty when none applies
   */
  public Optional<AutoFlexRollout> rolloutFor(
      AutoFlexRollout.Trigger event, Plan plan, LocalDate on) {
    for (AutoFlexRollout rollout : rollouts) {
      if (rollout.appliesTo(event, plan, on)) {
        return Optional.of(rollout);
      }
    }
    return Optional.empty();
  }
}
