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
 * How an immediate change of a quantity on the same plan (seats or add-on blocks) is invoiced, each
 * line rounded once.
 *
 * <p>Example, 3 Basic seats at 12.00 billed for {@code [2024-03-01, 2024-04-01)}, 5 seats from
 * 2024-03-15 (17 of 31 days left):
 *
 * <table>
 *   <caption>The lines of each layout</caption>
 *   <tr><th>layout</th><th>lines</th><th>total</th></tr>
 *   <tr><td>{@link #DIFFERENCE}</td><td>{@code 2 x 12.00 x 17/31 days = 13.16}</td>
 *       <td>13.16</td></tr>
 *   <tr><td>{@link #REPLACE}</td><td>{@code 3 x -12.00 x 17/31 days = -19.74} and {@code 5 x
 *       12.00 x 17/31 days = 32.90}</td><td>13.16</td></tr>
 * </table>
 *
 * <p>A plan change, and a change that starts a new term, always credit what is replaced and charge
 * the new terms in full: both layouts are the same there.
 *
 * @since 0.1.0
 */
public enum ProrationLayout {
  /**
   * Keep what was billed and charge (or credit) only the difference: added seats are charged for
   * the rest of the cycle, removed seats credited for it, the newest billed first. The kafkaman
   * default (RULES.md section 4) and Kill Bill's.
   */
  DIFFERENCE,
  /**
   * Credit the unused part of everything billed for the item and charge the new quantity for the
   * rest of the cycle in full, as Stripe's and Flexprice's invoices show a quantity change.
   */
  REPLACE
}
