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
package co.kafkaman.billing.rules.renewal;

/**
 * How the first, partial cycle of a team created with a billing day ({@code
 * Command.CreateTeam.withBillingDay}) is billed: the stretch from the creation day (or from the end
 * of its free trial) to the first billing day. A bridge after a bill-cycle-day change of a running
 * subscription is always charged pro rata. Example, Basic monthly, 3 seats at 12.00, created on
 * 2024-03-15 with billing day 1 (cycle {@code [2024-03-01, 2024-04-01)}, 17 of 31 days left):
 *
 * <table>
 *   <caption>The first invoice by stub policy</caption>
 *   <tr><th>policy</th><th>first invoice</th></tr>
 *   <tr><td>{@link #PRORATED}</td><td>{@code 3 x 12.00 x 17/31 days = 19.74}</td></tr>
 *   <tr><td>{@link #FREE}</td><td>none: the stub costs nothing</td></tr>
 *   <tr><td>{@link #WHOLE}</td><td>{@code 3 x 12.00 = 36.00}</td></tr>
 * </table>
 *
 * <p>Every later cycle is billed whole on the billing day.
 *
 * @since 0.1.0
 */
public enum FirstStub {
  /** The stub is charged pro rata (Stripe's and Lago's default, Kill Bill's). The default. */
  PRORATED,
  /** The stub is free; billing starts on the first billing day. */
  FREE,
  /** The stub is billed as a whole cycle. */
  WHOLE
}
