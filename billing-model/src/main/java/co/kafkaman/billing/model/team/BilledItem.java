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
package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something billed in the current cycle and what has been credited back of it: the basis of every
 * proration credit, so two changes in one cycle never refund or charge twice.
 *
 * <p>Example: 5 Basic seats billed 60.00 for {@code [2024-03-01, 2024-04-01)}, 0.00 credited. An
 * upgrade on 2024-03-15 credits {@code 60.00 x 17/31 = 32.90} and records {@code credited = 32.90};
 * nothing more than the remaining 27.10 can ever be credited for it.
 *
 * <p>An item a change replaced records the day it was replaced on ({@link #replacedOn()}): it is no
 * longer in use from that day, so no later change of the cycle credits it again, even when the team
 * comes back to the same plan or quantity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param item what was billed
 * @param quantity seats or blocks
 * @param servicePeriod the dates it was billed for
 * @param billed the amount billed for it, zero or more
 * @param credited the amount credited back so far, between zero and {@code billed}
 * @param replacedOn the day a change replaced the item, null while it is in use
 * @since 0.1.0
 */
public record BilledItem(
    ChargeItem item,
    long quantity,
    DateRange servicePeriod,
    Amount billed,
    Amount credited,
    @Nullable LocalDate replacedOn) {

  /**
   * Returns an item in use.
   *
   * @param item what was billed
   * @param quantity seats or blocks
   * @param servicePeriod the dates it was billed for
   * @param billed the amount billed for it, zero or more
   * @param credited the amount credited back so far, between zero and {@code billed}
   */
  public BilledItem(
      ChargeItem item, long quantity, DateRange servicePeriod, Amount billed, Amount credited) {
    this(item, quantity, servicePeriod, billed, credited, null);
  }

  /**
   * Validates the amounts (the messages are built only when a check fails).
   *
   * @param item what was billed
   * @param quantity seats or blocks
   * @param servicePeriod the dates it was billed for
   * @param billed the amount billed for it, zero or more
   * @param credited the amount credited back so far, between zero and {@code billed}
   * @param replacedOn the day a change replaced the item, null while it is in use
   */
  public BilledItem {
    if (quantity < 0) {
      throw new BillingException(
          BillingErrorCode.INVALID_QUANTITY, "quantity", "must not be negative, was " + quantity);
    }
    if (billed.isNegative()) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE, "billed", "must not be negative, was " + billed);
    }
    if (credited.isNegative() || credited.compareTo(billed) > 0) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "credited",
          credited + " is outside [0, billed " + billed + "]");
    }
  }

  /**
   * Returns what can still be credited: {@code billed - credited}.
   *
   * @return the creditable remainder
   */
  public Amount creditable() {
    return billed.minus(credited);
  }

  /**
   * Returns a copy with {@code credit} more credited.
   *
   * @param credit the credit granted, not more than {@link #creditable()}
   * @return the copy
   */
  public BilledItem plusCredited(Amount credit) {
    return new BilledItem(item, quantity, servicePeriod, billed, credited.plus(credit), replacedOn);
  }

  /**
   * Returns whether the item is still in use: no change has replaced it.
   *
   * @return true while {@link #replacedOn()} is null
   * @since 0.1.0
   */
  public boolean inUse() {
    return replacedOn == null;
  }

  /**
   * Returns a copy replaced on {@code day}, with {@code credit} more credited: what a change
   * crediting the unused part of the item records.
   *
   * @param day the first day the item is no longer used
   * @param credit the credit granted, not more than {@link #creditable()}
   * @return the copy
   * @since 0.1.0
   */
  public BilledItem replaced(LocalDate day, Amount credit) {
    return new BilledItem(item, quantity, servicePeriod, billed, credited.plus(credit), day);
  }
}
