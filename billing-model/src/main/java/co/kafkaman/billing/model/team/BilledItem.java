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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * <p>An item bought at an instant (a command applied with {@code BillingEngine.apply(Team, Command,
 * Instant)} by an engine that prorates by seconds) records the instant its service started ({@link
 * #serviceStart()}): its service period still starts on the instant's date, and a later credit of
 * it counts the unused part over the seconds from that instant to the period's end, not from the
 * date's midnight. Example: 2 Basic seats added at {@code 2024-04-16T12:00:00Z} in the UTC cycle
 * {@code [2024-04-01, 2024-05-01)} are billed {@code 2 x 12.00 x 1252800/2592000 seconds = 11.60}
 * for {@code [2024-04-16, 2024-05-01)} from noon; removed at {@code 2024-04-20T18:00:00Z} they are
 * credited {@code 11.60 x 885600/1252800 seconds = 8.20} (10.25 of the 14.5 days bought). Every
 * item billed from a date (all items of an engine that counts dates, every whole cycle) has none.
 *
 * <p>Immutable and thread-safe.
 *
 * @param item what was billed
 * @param quantity seats or blocks
 * @param servicePeriod the dates it was billed for
 * @param billed the amount billed for it, zero or more
 * @param credited the amount credited back so far, between zero and {@code billed}
 * @param replacedOn the day a change replaced the item, null while it is in use
 * @param serviceStart the instant the service started, on the first date of {@code servicePeriod}
 *     (in the zone of the seconds count that billed it), or null when it started with that date
 * @since 0.1.0
 */
public record BilledItem(
    ChargeItem item,
    long quantity,
    DateRange servicePeriod,
    Amount billed,
    Amount credited,
    @Nullable LocalDate replacedOn,
    @Nullable Instant serviceStart) {

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
    this(item, quantity, servicePeriod, billed, credited, null, null);
  }

  /**
   * Returns an item whose service started with its period's first date (no {@link
   * #serviceStart()}), replaced on {@code replacedOn} or in use.
   *
   * @param item what was billed
   * @param quantity seats or blocks
   * @param servicePeriod the dates it was billed for
   * @param billed the amount billed for it, zero or more
   * @param credited the amount credited back so far, between zero and {@code billed}
   * @param replacedOn the day a change replaced the item, null while it is in use
   */
  public BilledItem(
      ChargeItem item,
      long quantity,
      DateRange servicePeriod,
      Amount billed,
      Amount credited,
      @Nullable LocalDate replacedOn) {
    this(item, quantity, servicePeriod, billed, credited, replacedOn, null);
  }

  /**
   * Validates the amounts and the service start (the messages are built only when a check fails).
   *
   * @param item what was billed
   * @param quantity seats or blocks
   * @param servicePeriod the dates it was billed for
   * @param billed the amount billed for it, zero or more
   * @param credited the amount credited back so far, between zero and {@code billed}
   * @param replacedOn the day a change replaced the item, null while it is in use
   * @param serviceStart the instant the service started, null when it started with the period's
   *     first date
   * @throws BillingException {@code INCONSISTENT_STATE} naming {@code serviceStart} if the instant
   *     falls on the first date of {@code servicePeriod} in no time zone
   */
  public BilledItem {
    // each condition tested here, its message built apart only when it fails: small enough to
    // inline wherever an item is billed
    if (quantity < 0) {
      throw BillingException.refusal(
          BillingErrorCode.INVALID_QUANTITY, "quantity", "must not be negative, was ", quantity);
    }
    if (billed.isNegative()) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE, "billed", "must not be negative, was ", billed);
    }
    if (credited.isNegative() || credited.compareTo(billed) > 0) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE,
          "credited",
          credited,
          " is outside [0, billed " + billed + "]");
    }
    if (serviceStart != null && !onDate(serviceStart, servicePeriod.start())) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE,
          "serviceStart",
          serviceStart,
          " is not on " + servicePeriod.start() + " in any time zone");
    }
  }

  /** Whether {@code instant} falls on {@code date} in some zone (offsets -18:00 to +18:00). */
  private static boolean onDate(Instant instant, LocalDate date) {
    Instant first = date.atStartOfDay().toInstant(ZoneOffset.MAX);
    Instant after = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MIN);
    return !instant.isBefore(first) && instant.isBefore(after);
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
    return new BilledItem(
        item, quantity, servicePeriod, billed, credited.plus(credit), replacedOn, serviceStart);
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
    return new BilledItem(
        item, quantity, servicePeriod, billed, credited.plus(credit), day, serviceStart);
  }
}
