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
package co.kafkaman.billing.model.invoice;

import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;

/**
 * One line of an invoice: what it bills ({@code kind}, {@code description}), its arithmetic ({@code
 * quantity x unitPrice x fraction}, rounded once), the service period it covers, and a note for
 * anything the arithmetic alone does not say (such as usage figures or a cap).
 *
 * <p>{@link #explanation()} renders the arithmetic from these fields when asked, for example {@code
 * "2 x 12.00 x 17/31 days = 13.16"}. A credit has a negative unit price: {@code "1 x -10.00 x 15/30
 * days = -5.00"}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the line bills
 * @param description what is billed, such as {@code "Basic seats (monthly)"}
 * @param quantity seats, blocks or packages
 * @param unitPrice the price of one for the whole period (negative for a credit)
 * @param fraction the part of the period billed ({@code n/n} for a whole one)
 * @param servicePeriod the dates the line pays for
 * @param amount the line's amount, at currency scale
 * @param note extra arithmetic context, or empty
 * @since 0.1.0
 */
public record InvoiceLine(
    LineKind kind,
    String description,
    long quantity,
    Amount unitPrice,
    Fraction fraction,
    DateRange servicePeriod,
    Amount amount,
    String note) {

  /**
   * Returns the line's arithmetic as text, such as {@code "2 x 12.00 x 17/31 days = 13.16"} or,
   * with a note, {@code "3 x 0.90 = 2.70 (2,500 billable of 12,500 used, 10,000 included)"}.
   *
   * @return the explanation
   */
  public String explanation() {
    // written into one buffer, as Fraction.toString and Amount.toPlainString would read
    StringBuilder text = new StringBuilder(64);
    unitPrice.appendPlainTo(text.append(quantity).append(" x "));
    if (!fraction.isWhole() || !fraction.unit().isEmpty()) {
      text.append(" x ").append(fraction.numerator()).append('/').append(fraction.denominator());
      if (!fraction.unit().isEmpty()) {
        text.append(' ').append(fraction.unit());
      }
    }
    amount.appendPlainTo(text.append(" = "));
    if (!note.isEmpty()) {
      text.append(" (").append(note).append(')');
    }
    return text.toString();
  }
}
