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
package co.kafkaman.billing.rules.history;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.dunning.DunningRules;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import co.kafkaman.billing.rules.renewal.RenewalRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Queries over a team's account (RULES.md section 12 and the billing dashboard): history between
 * dates, past invoices, pending payments, the billing overview, and the effects a command had (what
 * a repeated command returns).
 *
 * <p>The history is append-only and chronological; each entry's id is the command's id, or {@code
 * "<command id>/<n>"} for its n-th effect.
 *
 * <p>Worked example: a card team billed USD 36.00 on 2024-03-01 whose first attempt failed has one
 * pending payment {@code KB-000002 USD 36.00 due 2024-03-01 by [CARD], 1 attempt(s) made, next
 * [2024-03-04, 2024-03-08], grace end 2024-03-22}, and an overview renewing on 2024-04-01 for USD
 * 36.00 with standing ACTIVE.
 *
 * @since 0.1.0
 */
public final class AccountHistory {
  private AccountHistory() {}

  /**
   * Returns the entries dated in {@code range}, oldest first.
   *
   * @param team the team
   * @param range the dates, half-open
   * @return the entries
   */
  public static List<HistoryEntry> between(Team team, DateRange range) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (HistoryEntry entry : team.history()) {
      if (range.contains(entry.date())) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /**
   * Returns every invoice issued, newest first, in its current status.
   *
   * @param team the team
   * @return the invoices
   */
  public static List<Invoice> pastInvoices(Team team) {
    List<Invoice> invoices = new ArrayList<>(team.invoices());
    java.util.Collections.reverse(invoices);
    return invoices;
  }

  /**
   * Returns the unpaid invoices, oldest first, with amounts, due dates, channels, attempts and
   * grace end; the standing each imposes is the one on {@code asOf}.
   *
   * @param team the team
   * @param asOf the date asked about
   * @return the pending payments
   */
  public static List<PendingPayment> pendingPayments(Team team, LocalDate asOf) {
    List<PendingPayment> pending = new ArrayList<>(team.receivables().size());
    for (Receivable receivable : team.receivables()) {
      Invoice invoice =
          team.invoice(receivable.invoiceNumber())
              .orElseThrow(() -> new IllegalStateException(receivable + " has no invoice"));
      Set<PaymentChannel> channels =
          receivable.method() instanceof CollectionMethod.PayByInvoice byInvoice
              ? byInvoice.channels()
              : Set.of(PaymentChannel.CARD);
      pending.add(
          new PendingPayment(
              invoice.number(),
              invoice.totalDue(),
              invoice.issueDate(),
              invoice.dueDate(),
              invoice.status(),
              channels,
              receivable.attempts().size(),
              DunningRules.remainingAttempts(receivable),
              receivable.graceEnd(),
              DunningRules.standingOf(receivable, asOf)));
    }
    return pending;
  }

  /**
   * Returns the billing overview: plan and cycle, expected cost upon renewal, standing, payment
   * method, account credit and unpaid total.
   *
   * @param team the team
   * @param catalog the price list
   * @return the overview, its renewal quoted with the kafkaman auto-flex policy and proration
   *     convention ({@link RenewalRules#quote(Team, Catalog)})
   */
  public static BillingOverview overview(Team team, Catalog catalog) {
    return overview(team, RenewalRules.quote(team, catalog));
  }

  /**
   * Returns the billing overview with {@code renewal} as its expected cost upon renewal: the engine
   * passes its own quote, so the overview announces what the renewal of the engine's policy bills.
   *
   * @param team the team
   * @param renewal the renewal quote
   * @return the overview
   */
  public static BillingOverview overview(Team team, RenewalQuote renewal) {
    Amount unpaid = Amount.zero(team.currency());
    for (Receivable receivable : team.receivables()) {
      unpaid =
          unpaid.plus(
              team.invoice(receivable.invoiceNumber())
                  .map(Invoice::totalDue)
                  .orElse(Amount.zero(team.currency())));
    }
    String method =
        team.collectionMethod() instanceof CollectionMethod.PayByInvoice
            ? team.collectionMethod().toString()
            : team.collectionMethod()
                + ": "
                + team.primaryCard().map(Object::toString).orElse("no card on file");
    return new BillingOverview(
        team.id(),
        team.subscription().terms(),
        team.subscription().currentCycle(),
        renewal,
        team.standing(),
        method,
        team.accountCredit(),
        unpaid,
        team.memberCount());
  }

  /**
   * Returns the entries command {@code commandId} appended: its own entry and its effects.
   *
   * @param team the team
   * @param commandId the command's id
   * @return the entries, in order; empty when the command left none
   */
  public static List<HistoryEntry> entriesOf(Team team, String commandId) {
    return team.entriesOf(commandId);
  }

  /**
   * Returns the invoices command {@code commandId} issued, as they were issued.
   *
   * @param team the team
   * @param commandId the command's id
   * @return the invoices, in order
   */
  public static List<Invoice> invoicesIssuedBy(Team team, String commandId) {
    List<Invoice> invoices = new ArrayList<>(1);
    for (HistoryEntry entry : entriesOf(team, commandId)) {
      if (entry.kind() == EntryKind.INVOICE_ISSUED && entry.payload() instanceof IssuedInvoice i) {
        invoices.add(i.invoice());
      }
    }
    return invoices;
  }
}
