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

import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * The auto-flex part of the billing overview: the additional members now, what will be billed at
 * the end of the auto-flex cycle if nothing changes (line by line), and the dates of the current
 * auto-flex and billing cycles.
 *
 * <p>Example: annual Basic at 144.00, 5 paid seats, 7 members on 2024-04-10: 2 additional members,
 * {@code 2 x 144.00 x 9/12 months = 216.00} to be billed on 2024-04-30, the end of auto-flex cycle
 * {@code [2024-01-31, 2024-04-30)} of billing cycle {@code [2024-01-31, 2025-01-31)}; reminder on
 * 2024-04-16.
 *
 * @param active whether auto-flex applies (on, and the plan is eligible)
 * @param paidSeats the paid seats
 * @param members the members
 * @param additionalMembers members above paid seats: {@code max(0, members - paidSeats)}
 * @param lockedFlexSeats paid seats billed through auto-flex, locked until renewal
 * @param usersToBill the flex users the cycle's end will bill if nothing changes
 * @param toBeBilled what the cycle's end will bill for them if nothing changes
 * @param lines the lines behind {@code toBeBilled}
 * @param autoFlexCycle the current auto-flex cycle
 * @param billingCycle the current billing cycle
 * @param reminderOn the date the reminder of the current auto-flex cycle is due
 * @since 0.1.0
 */
public record FlexOverview(
    boolean active,
    int paidSeats,
    int members,
    int additionalMembers,
    int lockedFlexSeats,
    int usersToBill,
    Amount toBeBilled,
    List<InvoiceLine> lines,
    DateRange autoFlexCycle,
    DateRange billingCycle,
    LocalDate reminderOn) {

  /**
   * Copies the lines.
   *
   * @param active whether auto-flex applies (on, and the plan is eligible)
   * @param paidSeats the paid seats
   * @param members the members
   * @param additionalMembers members above paid seats: {@code max(0, members - paidSeats)}
   * @param lockedFlexSeats paid seats billed through auto-flex, locked until renewal
   * @param usersToBill the flex users the cycle's end will bill if nothing changes
   * @param toBeBilled what the cycle's end will bill for them if nothing changes
   * @param lines the lines behind {@code toBeBilled}
   * @param autoFlexCycle the current auto-flex cycle
   * @param billingCycle the current billing cycle
   * @param reminderOn the date the reminder of the current auto-flex cycle is due
   */
  public FlexOverview {
    lines = List.copyOf(lines);
  }

  /**
   * Returns the date the current auto-flex cycle ends and its flex users are billed.
   *
   * @return the end of the auto-flex cycle
   */
  public LocalDate billedOn() {
    return autoFlexCycle.endExclusive();
  }
}
