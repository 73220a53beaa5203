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
package co.kafkaman.billing.testkit.invariants;

import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.history.IssuedInvoice;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants of one team's state that need no engine: totals, account credit, settlement,
 * numbering and chronology ({@link CreditBasisCheck} checks the credit basis). Each check appends
 * what it finds to a list of violations.
 */
final class StateChecks {
  private final Team team;
  private final List<Violation> found;

  StateChecks(Team team, List<Violation> found) {
    this.team = team;
    this.found = found;
  }

  void checkAll() {
    invoiceTotals();
    accountCredit();
    new CreditBasisCheck(team, found).check();
    settlement();
    numbering();
    chronology();
  }

  private void add(Invariant invariant, String message) {
    found.add(new Violation(invariant, team.id(), message));
  }

  private Amount money(long minor) {
    return Amount.ofMinor(minor, team.currency());
  }

  /** Totals against lines (INVOICE_TOTAL) and non-negative totals (NON_NEGATIVE_TOTAL). */
  private void invoiceTotals() {
    for (Invoice invoice : team.invoices()) {
      long all = 0;
      long subtotal = 0;
      long applied = 0;
      long toAccount = 0;
      for (InvoiceLine line : invoice.lines()) {
        long amount = line.amount().minorUnits();
        all = Math.addExact(all, amount);
        if (line.kind().isSubtotalLine()) {
          subtotal = Math.addExact(subtotal, amount);
        } else if (line.kind() == LineKind.ACCOUNT_CREDIT_APPLIED) {
          applied = Math.subtractExact(applied, amount);
        } else {
          toAccount = Math.addExact(toAccount, amount);
        }
      }
      String name = "invoice " + invoice.number();
      if (invoice.totalDue().minorUnits() != all) {
        add(
            Invariant.INVOICE_TOTAL,
            name + ": total due " + invoice.totalDue() + " but its lines sum to " + money(all));
      }
      if (invoice.subtotal().minorUnits() != subtotal) {
        add(
            Invariant.INVOICE_TOTAL,
            name + ": subtotal " + invoice.subtotal() + " but its lines sum to " + money(subtotal));
      }
      if (invoice.creditsApplied().minorUnits() != applied) {
        add(
            Invariant.INVOICE_TOTAL,
            name
                + ": credits applied "
                + invoice.creditsApplied()
                + " but its ACCOUNT_CREDIT_APPLIED lines say "
                + money(applied));
      }
      if (all < 0) {
        add(Invariant.NON_NEGATIVE_TOTAL, name + ": total due " + money(all) + " is negative");
      }
      if (applied < 0 || toAccount < 0) {
        add(
            Invariant.ACCOUNT_CREDIT,
            name
                + ": account credit applied "
                + money(applied)
                + " and moved to the account "
                + money(toAccount)
                + " must not be negative");
      }
      if (applied > 0 && toAccount > 0) {
        add(
            Invariant.ACCOUNT_CREDIT,
            name + ": both consumes " + money(applied) + " and grants " + money(toAccount));
      }
      if (toAccount > 0 && all != 0) {
        add(
            Invariant.ACCOUNT_CREDIT,
            name + ": moves " + money(toAccount) + " to the account but leaves " + money(all));
      }
      if (applied > 0 && subtotal < applied) {
        add(
            Invariant.ACCOUNT_CREDIT,
            name
                + ": applies "
                + money(applied)
                + " of credit to a subtotal of "
                + money(subtotal));
      }
    }
  }

  /** Granted = consumed + balance over the invoices that are not void; balance not negative. */
  private void accountCredit() {
    long granted = 0;
    long consumed = 0;
    for (Invoice invoice : team.invoices()) {
      if (invoice.status() == InvoiceStatus.VOID) {
        continue;
      }
      for (InvoiceLine line : invoice.lines()) {
        if (line.kind() == LineKind.CREDIT_TO_ACCOUNT) {
          granted = Math.addExact(granted, line.amount().minorUnits());
        } else if (line.kind() == LineKind.ACCOUNT_CREDIT_APPLIED) {
          consumed = Math.subtractExact(consumed, line.amount().minorUnits());
        }
      }
    }
    long balance = team.accountCredit().minorUnits();
    if (balance < 0) {
      add(Invariant.ACCOUNT_CREDIT, "account credit " + team.accountCredit() + " is negative");
    }
    if (granted != Math.addExact(consumed, balance)) {
      add(
          Invariant.ACCOUNT_CREDIT,
          "granted "
              + money(granted)
              + " (CREDIT_TO_ACCOUNT lines) but consumed "
              + money(consumed)
              + " (ACCOUNT_CREDIT_APPLIED lines) + balance "
              + team.accountCredit()
              + " = "
              + money(consumed + balance)
              + ", invoices that are void left out");
    }
  }

  /**
   * Each invoice paid once, open, void or uncollectible; receivables; issued once in history; each
   * overdue stage reached in the history still held by a receivable or left.
   */
  private void settlement() {
    Map<String, Integer> payments = new HashMap<>();
    Map<String, Integer> issued = new HashMap<>();
    Map<String, Invoice> asIssued = new HashMap<>();
    int stagesReached = 0;
    int stagesLeft = 0;
    for (HistoryEntry entry : team.history()) {
      if (entry.kind() == EntryKind.OVERDUE_STAGE_REACHED) {
        stagesReached++;
      } else if (entry.kind() == EntryKind.OVERDUE_STAGE_LEFT) {
        stagesLeft++;
      }
      if (entry.payload() instanceof Command.ReportPaymentAttempt attempt
          && attempt.outcome() == PaymentOutcome.SUCCEEDED) {
        payments.merge(attempt.invoiceNumber(), 1, Integer::sum);
      } else if (entry.payload() instanceof Command.RecordPayment payment) {
        payments.merge(payment.invoiceNumber(), 1, Integer::sum);
      } else if (entry.kind() == EntryKind.INVOICE_ISSUED
          && entry.payload() instanceof IssuedInvoice record) {
        issued.merge(record.invoice().number(), 1, Integer::sum);
        asIssued.put(record.invoice().number(), record.invoice());
        if (!entry.date().equals(record.invoice().issueDate())) {
          add(
              Invariant.SETTLEMENT,
              "history entry "
                  + entry.id()
                  + " on "
                  + entry.date()
                  + " issues "
                  + record.invoice().number()
                  + " dated "
                  + record.invoice().issueDate());
        }
      }
    }
    Map<String, Integer> receivables = new HashMap<>();
    int stagesHeld = 0;
    for (Receivable receivable : team.receivables()) {
      receivables.merge(receivable.invoiceNumber(), 1, Integer::sum);
      stagesHeld += receivable.stagesReached().size();
      if (team.invoice(receivable.invoiceNumber()).isEmpty()) {
        add(
            Invariant.SETTLEMENT,
            "receivable of " + receivable.invoiceNumber() + " names no invoice of the team");
      }
    }
    if (stagesLeft > stagesReached || stagesReached - stagesLeft != stagesHeld) {
      add(
          Invariant.SETTLEMENT,
          "the history records "
              + stagesReached
              + " overdue stages reached and "
              + stagesLeft
              + " left, but the receivables hold "
              + stagesHeld);
    }
    Set<String> numbers = new HashSet<>();
    for (Invoice invoice : team.invoices()) {
      String number = invoice.number();
      if (!numbers.add(number)) {
        add(Invariant.SETTLEMENT, "invoice " + number + " is listed twice");
      }
      int paid = payments.getOrDefault(number, 0);
      boolean positive = invoice.totalDue().isPositive();
      int expectedPayments = invoice.status() == InvoiceStatus.PAID && positive ? 1 : 0;
      if (paid != expectedPayments) {
        add(
            Invariant.SETTLEMENT,
            "invoice "
                + number
                + " ("
                + invoice.totalDue()
                + ", "
                + invoice.status()
                + ") has "
                + paid
                + " payments in the history, expected "
                + expectedPayments);
      }
      if (invoice.status() == InvoiceStatus.OPEN && !positive) {
        add(Invariant.SETTLEMENT, "invoice " + number + " is OPEN with nothing due");
      }
      boolean collecting =
          invoice.status() == InvoiceStatus.OPEN || invoice.status() == InvoiceStatus.UNCOLLECTIBLE;
      int held = receivables.getOrDefault(number, 0);
      if (held != (collecting ? 1 : 0)) {
        add(
            Invariant.SETTLEMENT,
            "invoice "
                + number
                + " ("
                + invoice.status()
                + ") has "
                + held
                + " receivables, expected "
                + (collecting ? 1 : 0));
      }
      int entries = issued.getOrDefault(number, 0);
      Invoice original = asIssued.get(number);
      if (entries != 1) {
        add(
            Invariant.SETTLEMENT,
            "invoice " + number + " has " + entries + " INVOICE_ISSUED entries, expected 1");
      } else if (original != null
          && !(original.lines().equals(invoice.lines())
              && original.issueDate().equals(invoice.issueDate())
              && original.dueDate().equals(invoice.dueDate()))) {
        add(
            Invariant.SETTLEMENT,
            "invoice " + number + " differs from the invoice its history entry issued");
      }
    }
    for (String number : issued.keySet()) {
      if (!numbers.contains(number)) {
        add(Invariant.SETTLEMENT, "history issues " + number + ", which the team does not list");
      }
    }
  }

  /** Numbers 1, 2, 3, ... of the team's sequence, and the next number after the last. */
  private void numbering() {
    String prefix = team.invoiceNumbering().prefix();
    List<Invoice> invoices = team.invoices();
    for (int i = 0; i < invoices.size(); i++) {
      String expected = new InvoiceNumbering(prefix, i + 1L).nextNumber();
      if (!invoices.get(i).number().equals(expected)) {
        add(
            Invariant.NUMBERING,
            "invoice #"
                + (i + 1)
                + " is numbered "
                + invoices.get(i).number()
                + ", not "
                + expected);
      }
    }
    if (team.invoiceNumbering().next() != invoices.size() + 1L) {
      add(
          Invariant.NUMBERING,
          "the next number is "
              + team.invoiceNumbering().nextNumber()
              + " after "
              + invoices.size()
              + " invoices");
    }
  }

  /** Dates never go back; ids unique; the team's creation first. */
  private void chronology() {
    List<HistoryEntry> history = team.history();
    if (history.isEmpty() || history.get(0).kind() != EntryKind.TEAM_CREATED) {
      add(Invariant.CHRONOLOGY, "the history does not start with TEAM_CREATED");
    } else if (!history.get(0).date().equals(team.createdOn())) {
      add(
          Invariant.CHRONOLOGY,
          "the team was created on "
              + team.createdOn()
              + " but its history starts on "
              + history.get(0).date());
    }
    Set<String> ids = new HashSet<>();
    LocalDate previous = team.createdOn();
    for (HistoryEntry entry : history) {
      if (!ids.add(entry.id())) {
        add(Invariant.CHRONOLOGY, "history id " + entry.id() + " is used twice");
      }
      if (entry.date().isBefore(previous)) {
        add(
            Invariant.CHRONOLOGY,
            "entry " + entry.id() + " on " + entry.date() + " comes after one on " + previous);
      }
      previous = entry.date().isAfter(previous) ? entry.date() : previous;
    }
    LocalDate issued = team.createdOn();
    for (Invoice invoice : team.invoices()) {
      if (invoice.issueDate().isBefore(issued)) {
        add(
            Invariant.CHRONOLOGY,
            "invoice " + invoice.number() + " issued " + invoice.issueDate() + " after " + issued);
      }
      issued = invoice.issueDate().isAfter(issued) ? invoice.issueDate() : issued;
    }
  }
}
