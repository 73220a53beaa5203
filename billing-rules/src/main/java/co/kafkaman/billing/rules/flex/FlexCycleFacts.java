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
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link FlexChargeMode} needs to know about an auto-flex cycle at its end (or, for a
 * projection, as if it ended now): the cycle and the term it is part of, the plan's seat price, the
 * paid seats, the members at the end and at their peak, and since when each flex user has been a
 * member above the paid seats.
 *
 * <p>{@link #flexUserSince()} lists, for each member count level above the paid seats (lowest
 * first), the date since which the team has had at least that many members without interruption:
 * with 5 paid seats, 6 members from 2024-03-05 and 7 from 2024-03-06 give {@code [2024-03-05,
 * 2024-03-06]}. It has exactly {@link #flexUsers()} dates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param flexCycle the auto-flex cycle
 * @param term the billing cycle (term) the auto-flex cycle belongs to
 * @param cycleIndex the cycle's position in the term, from 0
 * @param cyclesPerTerm auto-flex cycles per term: 1 for monthly plans, 4 for annual plans
 * @param plan the plan
 * @param frequency the billing frequency
 * @param seatPrice the per-seat price for one term
 * @param paidSeats the paid seats at the cycle's end
 * @param members the members at the cycle's end
 * @param peakMembers the most members at any time during the cycle
 * @param flexUserSince per flex user, since when the team has had that many members
 * @since 0.1.0
 */
public record FlexCycleFacts(
    DateRange flexCycle,
    DateRange term,
    int cycleIndex,
    int cyclesPerTerm,
    Plan plan,
    BillingFrequency frequency,
    Amount seatPrice,
    int paidSeats,
    int members,
    int peakMembers,
    List<LocalDate> flexUserSince) {

  /**
   * Validates the counts and copies the dates.
   *
   * @param flexCycle the auto-flex cycle
   * @param term the billing cycle (term) the auto-flex cycle belongs to
   * @param cycleIndex the cycle's position in the term, from 0
   * @param cyclesPerTerm auto-flex cycles per term: 1 for monthly plans, 4 for annual plans
   * @param plan the plan
   * @param frequency the billing frequency
   * @param seatPrice the per-seat price for one term
   * @param paidSeats the paid seats at the cycle's end
   * @param members the members at the cycle's end
   * @param peakMembers the most members at any time during the cycle
   * @param flexUserSince per flex user, since when the team has had that many members
   */
  public FlexCycleFacts {
    if (cyclesPerTerm < 1 || cycleIndex < 0 || cycleIndex >= cyclesPerTerm) {
      throw new IllegalArgumentException(
          "cycle " + cycleIndex + " is outside a term of " + cyclesPerTerm + " cycles");
    }
    if (peakMembers < members || flexUserSince.size() != Math.max(0, members - paidSeats)) {
      throw new IllegalArgumentException(
          "peak "
              + peakMembers
              + ", members "
              + members
              + ", paid seats "
              + paidSeats
              + " and "
              + flexUserSince.size()
              + " flex dates do not fit");
    }
    flexUserSince = List.copyOf(flexUserSince);
  }

  /**
   * Returns the members above the paid seats at the cycle's end: {@code max(0, members -
   * paidSeats)}.
   *
   * @return the flex users
   */
  public int flexUsers() {
    return Math.max(0, members - paidSeats);
  }

  /**
   * Returns the most members above the paid seats at any time during the cycle.
   *
   * @return the peak flex users
   */
  public int peakFlexUsers() {
    return Math.max(0, peakMembers - paidSeats);
  }

  /**
   * Returns whether the cycle ends with the term, so the renewal follows on its end date.
   *
   * @return true for the last cycle of a term
   */
  public boolean endsTerm() {
    return flexCycle.endExclusive().equals(term.endExclusive());
  }

  /**
   * Returns the auto-flex cycles left in the term after this one.
   *
   * @return from {@code cyclesPerTerm - 1} down to 0
   */
  public int cyclesLeftAfter() {
    return cyclesPerTerm - cycleIndex - 1;
  }
}
