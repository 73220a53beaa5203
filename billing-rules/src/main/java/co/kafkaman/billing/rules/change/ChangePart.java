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

/**
 * One part of a change request, as a {@link ChangePolicy} decides it. A request from terms {@code
 * current} to terms {@code target} has every part that differs: moving from Basic with 3 seats
 * monthly to Professional with 2 seats annually has {@link #PLAN_UPGRADE}, {@link #SEATS_REMOVED}
 * and {@link #PERIOD_LONGER}. Whether a plan move is an upgrade or a downgrade is its place in the
 * catalog's plan order; whether a billing period is longer is its length.
 *
 * @since 0.1.0
 */
public enum ChangePart {
  /** A move to a plan later in the catalog's order. */
  PLAN_UPGRADE("upgrade"),
  /** A move to a plan earlier in the catalog's order. */
  PLAN_DOWNGRADE("downgrade"),
  /** More seats. */
  SEATS_ADDED("adding seats"),
  /** Fewer seats. */
  SEATS_REMOVED("removing seats"),
  /** More add-on blocks of a resource. */
  BLOCKS_ADDED("adding blocks"),
  /** Fewer add-on blocks of a resource. */
  BLOCKS_REMOVED("removing blocks"),
  /** A longer billing period, such as monthly to annual. */
  PERIOD_LONGER("a longer billing period"),
  /** A shorter billing period, such as annual to monthly. */
  PERIOD_SHORTER("a shorter billing period"),
  /** A move to a plan that is not self-serve. */
  TO_SALES_ASSISTED("moving to a sales-assisted plan"),
  /** A move from a plan that is not self-serve. */
  FROM_SALES_ASSISTED("moving from a sales-assisted plan");

  private final String description;

  ChangePart(String description) {
    this.description = description;
  }

  /**
   * Returns what the part is in words, for refusals: {@code "removing seats"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
