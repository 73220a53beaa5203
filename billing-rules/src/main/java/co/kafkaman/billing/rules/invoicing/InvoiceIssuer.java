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
package co.kafkaman.billing.rules.invoicing;

import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues an invoice for a team: takes the next number of the team's gapless sequence, copies the
 * billing details, applies account credit before anything is charged, and moves a net credit to the
 * account, so the total due is the sum of the lines and never negative.
 *
 * <p>Example: lines {@code -5.00} and {@code +10.00} with 2.00 of account credit: an {@code
 * ACCOUNT_CREDIT_APPLIED} line {@code -2.00} is added, total due 3.00, account credit 0.00. Lines
 * summing to {@code -7.00}: a {@code CREDIT_TO_ACCOUNT} line {@code +7.00} is added, total due
 * 0.00, account credit +7.00.
 *
 * @since 0.1.0
 */
public final class InvoiceIssuer {
  private InvoiceIssuer() {}

  /**
   * The result of issuing: the team with the invoice recorded, its numbering advanced and its
   * account credit updated, and the invoice. Example: issuing {@code KB-000001} leaves the team's
   * next number at {@code KB-000002}.
   *
   * @param team the team after issuing
   * @param invoice the invoice issued
   */
  public record Issued(Team team, Invoice invoice) {}

  /**
   * Issues an invoice of {@code lines} on {@code issueDate}.
   *
   * @param team the team billed
   * @param lines the charge and change-credit lines, not empty
   * @param issueDate the issue date
   * @return the updated team and the invoice; the invoice is {@code PAID} at once when nothing is
   *     due, {@code OPEN} otherwise
   * @throws IllegalArgumentException if {@code lines} is empty
   */
  public static Issued issue(Team team, List<InvoiceLine> lines, LocalDate issueDate) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one line");
    }
    long subtotal = 0;
    LocalDate start = lines.get(0).servicePeriod().start();
    LocalDate end = lines.get(0).servicePeriod().endExclusive();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine line = lines.get(i);
      subtotal = Math.addExact(subtotal, line.amount().minorUnits());
      start = line.servicePeriod().start().isBefore(start) ? line.servicePeriod().start() : start;
      end =
          line.servicePeriod().endExclusive().isAfter(end)
              ? line.servicePeriod().endExclusive()
              : end;
    }
    DateRange span = DateRange.of(start, end);
    Amount credit = team.accountCredit();
    InvoiceNumbering numbering = team.invoiceNumbering();
    Invoice.Builder invoice =
        Invoice.builder()
            .number(numbering.nextNumber())
            .teamId(team.id())
            .issueDate(issueDate)
            .dueDate(team.collectionMethod().dueDate(issueDate))
            .currency(team.currency())
            .addAllLines(lines)
            .billingDetails(team.billingDetails());
    long totalDue = subtotal;
    if (subtotal > 0 && credit.isPositive()) {
      Amount applied = credit.min(Amount.ofMinor(subtotal, team.currency()));
      Amount appliedLine = applied.negated();
      invoice.addLines(
          new InvoiceLine(
              LineKind.ACCOUNT_CREDIT_APPLIED,
              "Account credit applied",
              1,
              appliedLine,
              Fraction.ONE,
              span,
              appliedLine,
              credit
                  .appendPlainTo(new StringBuilder(40).append("balance "))
                  .append(" before this invoice")
                  .toString()));
      credit = credit.minus(applied);
      totalDue = subtotal - applied.minorUnits();
    } else if (subtotal < 0) {
      Amount carried = Amount.ofMinor(-subtotal, team.currency());
      totalDue = 0;
      invoice.addLines(
          new InvoiceLine(
              LineKind.CREDIT_TO_ACCOUNT,
              "Net credit moved to account credit",
              1,
              carried,
              Fraction.ONE,
              span,
              carried,
              "consumed first by the next invoices"));
      credit = credit.plus(carried);
    }
    // the total due is the sum of all lines: paid at once when nothing is due
    Invoice issued =
        invoice.status(totalDue == 0 ? InvoiceStatus.PAID : InvoiceStatus.OPEN).build();
    Team updated =
        team.plusInvoice(issued)
            .withInvoiceNumbering(numbering.advance())
            .withAccountCredit(credit);
    return new Issued(updated, issued);
  }
}
