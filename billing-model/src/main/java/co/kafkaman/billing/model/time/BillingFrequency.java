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
package co.kafkaman.billing.model.time;

/**
 * How often a plan is billed. A billing cycle is one period of the frequency, counted from the
 * anchor date: monthly cycles are one month long, annual cycles twelve months.
 *
 * @since 0.1.0
 */
public enum BillingFrequency {
  /** One month per cycle. */
  MONTHLY(1),
  /** Twelve months per cycle. */
  ANNUAL(12);

  private final int months;

  BillingFrequency(int months) {
    this.months = months;
  }

  /**
   * Returns the length of one cycle in months: 1 or 12.
   *
   * @return the months per cycle
   */
  public int months() {
    return months;
  }
}
