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
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.util.List;

/**
 * How flex users are charged at the end of an auto-flex cycle: a named, pluggable strategy
 * (RULES.md section 8). Whatever the mode, the users it counts become paid seats locked until the
 * renewal; at the end of a term's last cycle the renewal itself bills them as seats of the next
 * term, at the full price.
 *
 * <ul>
 *   <li>{@link #wholeMonths()} (kafkaman default): flex users at the cycle's end x per-seat price x
 *       whole months left in the term / months of the term. Annual Basic at 144.00, 2 flex users at
 *       the end of the first quarter: {@code 2 x 144.00 x 9/12 months = 216.00}. A monthly plan's
 *       cycle ends with its term, so nothing is charged until the renewal bills them as seats.
 *   <li>{@link #dayProrated()} (Slack style): each flex user pays price x days left in the term
 *       from the day the team first had that many members / days of the term, billed at the cycle's
 *       end, with the engine's {@link ProrationConvention}.
 *   <li>{@link #wholeQuarters()} (GitLab style): the peak of members above paid seats during the
 *       cycle pays price / 4 for each quarter left in the term after this one, and becomes paid
 *       seats even if members left again: paid seats only ratchet up within the term.
 * </ul>
 *
 * <p>Implementations must be pure and thread-safe.
 *
 * @since 0.1.0
 */
public interface FlexChargeMode {

  /**
   * Returns the mode's name, such as {@code "whole months"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns how many flex users become paid seats at the end of a cycle that does not end the term.
   *
   * @param facts the cycle's facts
   * @return the users billed, zero or more
   */
  int flexUsers(FlexCycleFacts facts);

  /**
   * Returns the {@code AUTO_FLEX} lines billed at the cycle's end; at the end of a term's last
   * cycle, only what the renewal's seat lines do not already bill.
   *
   * @param facts the cycle's facts
   * @param convention the engine's proration convention (rounding, day count)
   * @return the lines, empty when nothing is charged
   */
  List<InvoiceLine> charge(FlexCycleFacts facts, ProrationConvention convention);

  /**
   * Returns the kafkaman default: flex users at the cycle's end pay for the whole months left.
   *
   * @return the mode
   */
  static FlexChargeMode wholeMonths() {
    return FlexChargeModes.WHOLE_MONTHS;
  }

  /**
   * Returns the day-prorated true-up (Slack style).
   *
   * @return the mode
   */
  static FlexChargeMode dayProrated() {
    return FlexChargeModes.DAY_PRORATED;
  }

  /**
   * Returns the whole-quarters true-up (GitLab style).
   *
   * @return the mode
   */
  static FlexChargeMode wholeQuarters() {
    return FlexChargeModes.WHOLE_QUARTERS;
  }
}
