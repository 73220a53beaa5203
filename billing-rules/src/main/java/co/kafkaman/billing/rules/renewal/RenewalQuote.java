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

import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * The expected cost upon renewal, line by line, after standing instructions and including the
 * auto-flex users who will be billed: nothing is issued. The lines are exactly those the renewal
 * invoice will have if nothing changes before it (account credit is applied when that invoice is
 * issued). Usage overage cannot be known ahead, so it is not part of the total: it is shown
 * separately as "so far this cycle" (the open usage month's overage lines).
 *
 * <p>Example: Basic monthly, 5 seats and 1 monitoring block, with standing instructions for
 * Professional: renews on 2024-04-01 for {@code [2024-04-01, 2024-05-01)} with {@code PLAN_SEATS 5
 * x 29.00 = 145.00} and {@code ADD_ON 1 x 8.00 = 8.00}, total 153.00.
 *
 * <p>Immutable and thread-safe.
 *
 * @param renewsOn the renewal date (the current cycle's end)
 * @param nextCycle the cycle the renewal starts
 * @param nextTerms the terms it starts with
 * @param lines the lines the renewal invoice will have if nothing changes
 * @param total the sum of the lines, before account credit
 * @param overageSoFar the overage of the open usage month so far, one line per resource
 * @param overageSoFarTotal the sum of {@code overageSoFar}
 * @since 0.1.0
 */
public record RenewalQuote(
    LocalDate renewsOn,
    DateRange nextCycle,
    Terms nextTerms,
    List<InvoiceLine> lines,
    Amount total,
    List<InvoiceLine> overageSoFar,
    Amount overageSoFarTotal) {

  /**
   * Copies the lines.
   *
   * @param renewsOn the renewal date (the current cycle's end)
   * @param nextCycle the cycle the renewal starts
   * @param nextTerms the terms it starts with
   * @param lines the lines the renewal invoice will have if nothing changes
   * @param total the sum of the lines, before account credit
   * @param overageSoFar the overage of the open usage month so far, one line per resource
   * @param overageSoFarTotal the sum of {@code overageSoFar}
   */
  public RenewalQuote {
    lines = List.copyOf(lines);
    overageSoFar = List.copyOf(overageSoFar);
  }

  /**
   * Returns a quote without overage so far.
   *
   * @param renewsOn the renewal date
   * @param nextCycle the next cycle
   * @param nextTerms the next terms
   * @param lines the lines
   * @param total the sum of the lines
   */
  public RenewalQuote(
      LocalDate renewsOn,
      DateRange nextCycle,
      Terms nextTerms,
      List<InvoiceLine> lines,
      Amount total) {
    this(renewsOn, nextCycle, nextTerms, lines, total, List.of(), Amount.zero(total.currency()));
  }
}
