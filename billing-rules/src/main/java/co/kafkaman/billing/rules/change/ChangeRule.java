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

import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a {@link ChangePolicy}: which parts of a change it matches (a part, plans moved from
 * and to, billing periods moved from and to; an unset condition matches anything) and what it
 * allows, like a {@code changePolicyCase} of Kill Bill's catalog. The first matching rule of the
 * policy decides.
 *
 * <p>Example: {@code ChangeRule.of(ChangePart.PLAN_DOWNGRADE,
 * ChangeTiming.IMMEDIATELY).toPlan(PlanId.of("free"))} lets a team drop to Free at once, while
 * every other downgrade falls through to later rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param part the part matched, null for any part
 * @param fromPlan the current plan matched, null for any
 * @param toPlan the target plan matched, null for any
 * @param fromPeriod the current billing period matched, null for any
 * @param toPeriod the target billing period matched, null for any
 * @param timing what a matching part is allowed
 * @since 0.1.0
 */
public record ChangeRule(
    @Nullable ChangePart part,
    @Nullable PlanId fromPlan,
    @Nullable PlanId toPlan,
    @Nullable BillingFrequency fromPeriod,
    @Nullable BillingFrequency toPeriod,
    ChangeTiming timing) {

  /**
   * Checks the timing.
   *
   * @param part the part matched, null for any part
   * @param fromPlan the current plan matched, null for any
   * @param toPlan the target plan matched, null for any
   * @param fromPeriod the current billing period matched, null for any
   * @param toPeriod the target billing period matched, null for any
   * @param timing what a matching part is allowed
   */
  public ChangeRule {
    Objects.requireNonNull(timing, "timing");
  }

  /**
   * Returns a rule allowing {@code part} with {@code timing}, whatever the plans and periods.
   *
   * @param part the part
   * @param timing what it is allowed
   * @return the rule
   */
  public static ChangeRule of(ChangePart part, ChangeTiming timing) {
    return new ChangeRule(Objects.requireNonNull(part, "part"), null, null, null, null, timing);
  }

  /**
   * Returns a rule allowing every part with {@code timing}: the last rule of a policy, for what no
   * earlier rule matched.
   *
   * @param timing what every part is allowed
   * @return the rule
   */
  public static ChangeRule always(ChangeTiming timing) {
    return new ChangeRule(null, null, null, null, null, timing);
  }

  /**
   * Returns a copy matching only changes from {@code plan}.
   *
   * @param plan the current plan
   * @return the copy
   */
  public ChangeRule fromPlan(PlanId plan) {
    return new ChangeRule(part, plan, toPlan, fromPeriod, toPeriod, timing);
  }

  /**
   * Returns a copy matching only changes to {@code plan}.
   *
   * @param plan the target plan
   * @return the copy
   */
  public ChangeRule toPlan(PlanId plan) {
    return new ChangeRule(part, fromPlan, plan, fromPeriod, toPeriod, timing);
  }

  /**
   * Returns a copy matching only changes from the billing period {@code period}.
   *
   * @param period the current billing period
   * @return the copy
   */
  public ChangeRule fromPeriod(BillingFrequency period) {
    return new ChangeRule(part, fromPlan, toPlan, period, toPeriod, timing);
  }

  /**
   * Returns a copy matching only changes to the billing period {@code period}.
   *
   * @param period the target billing period
   * @return the copy
   */
  public ChangeRule toPeriod(BillingFrequency period) {
    return new ChangeRule(part, fromPlan, toPlan, fromPeriod, period, timing);
  }

  /**
   * Returns whether the rule matches {@code changed} of a change from {@code current} to {@code
   * target}.
   *
   * @param changed the part of the change
   * @param current the terms in place
   * @param target the terms requested
   * @return true when every condition set holds
   */
  public boolean matches(ChangePart changed, Terms current, Terms target) {
    return (part == null || part == changed)
        && (fromPlan == null || fromPlan.equals(current.plan()))
        && (toPlan == null || toPlan.equals(target.plan()))
        && (fromPeriod == null || fromPeriod.equals(current.frequency()))
        && (toPeriod == null || toPeriod.equals(target.frequency()));
  }

  /**
   * Returns the rule as the policy documentation writes it: {@code "PLAN_DOWNGRADE to free:
   * IMMEDIATELY"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(part == null ? "any part" : part.name());
    if (fromPlan != null) {
      text.append(" from ").append(fromPlan);
    }
    if (toPlan != null) {
      text.append(" to ").append(toPlan);
    }
    if (fromPeriod != null) {
      text.append(" from ").append(fromPeriod);
    }
    if (toPeriod != null) {
      text.append(" to ").append(toPeriod);
    }
    return text.append(": ").append(timing).toString();
  }
}
