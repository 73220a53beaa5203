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
package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.CatalogVersion;
import co.kafkaman.billing.model.catalog.CatalogVersionId;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.HistoryPayload;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.dunning.DunningRules;
import co.kafkaman.billing.rules.dunning.DunningStep;
import co.kafkaman.billing.rules.history.IssuedInvoice;
import co.kafkaman.billing.rules.invoicing.InvoiceIssuer;
import co.kafkaman.billing.rules.proration.SecondsDayCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The effects of one command while it is being applied: the evolving team, invoices issued,
 * notifications and history entries. Local to one {@code apply} call; the result is an immutable
 * {@link Outcome}.
 */
final class Transition {
  private final Command command;
  private final LocalDate asOf;
  private final BillingPolicy policy;
  private Team team;
  // most commands issue at most one invoice and notify no one: lists are made when first needed
  private List<Invoice> invoices = List.of();
  private List<NotificationIntent> notifications = List.of();
  // the first entry carries the command and the outcome's summary, so it is made on accept (and
  // only then put first) from the kind and catalog version it was recorded with
  private final List<HistoryEntry> entries = new ArrayList<>(3);
  private @Nullable EntryKind firstKind;
  private @Nullable CatalogVersionId firstVersion;
  private boolean firstMade;
  // the catalog version that prices what is recorded from now on; the team's own until set
  private @Nullable CatalogVersion pricedBy;
  // the instant of a command applied at one: its entries record it, for replay
  private final @Nullable Instant at;

  Transition(Command command, Team team, LocalDate asOf, BillingPolicy policy) {
    this.command = command;
    this.team = team;
    this.asOf = asOf;
    this.policy = policy;
    this.at = pinnedOn(policy, asOf);
  }

  /** The instant the policy's seconds count is pinned at, when it falls on {@code asOf}. */
  private static @Nullable Instant pinnedOn(BillingPolicy policy, LocalDate asOf) {
    if (policy.proration().dayCount() instanceof SecondsDayCount seconds
        && seconds.instant().isPresent()
        && seconds.dateOf(seconds.instant().get()).equals(asOf)) {
      return seconds.instant().get();
    }
    return null;
  }

  private HistoryEntry stamped(HistoryEntry entry) {
    return at == null ? entry : entry.withInstant(at);
  }

  Team team() {
    return team;
  }

  Command command() {
    return command;
  }

  LocalDate asOf() {
    return asOf;
  }

  /** Records the entries made from now on as priced by {@code version}. */
  void pricedBy(CatalogVersion version) {
    this.pricedBy = version;
  }

  void setTeam(Team updated) {
    this.team = updated;
  }

  /** Records a history entry: the first carries the command, later ones are its effects. */
  void record(EntryKind kind, String summary) {
    record(kind, Summary.of(summary), HistoryPayload.none());
  }

  /** Records a history entry whose summary is rendered when first read. */
  void record(EntryKind kind, Summary summary) {
    record(kind, summary, HistoryPayload.none());
  }

  /** Records a history entry; an effect entry carries {@code payload}, the first the command. */
  void record(EntryKind kind, String summary, HistoryPayload payload) {
    record(kind, Summary.of(summary), payload);
  }

  private void record(EntryKind kind, Summary summary, HistoryPayload payload) {
    Optional<CatalogVersionId> version =
        pricedBy != null
            ? Optional.of(pricedBy.id())
            : team.subscription().catalogVersion().map(CatalogVersion::id);
    if (firstKind == null) {
      // the first entry takes the outcome's summary: accept makes it
      firstKind = kind;
      firstVersion = version.orElse(null);
      return;
    }
    // the n-th effect is "/n": entries holds the first too once it is made
    int n = firstMade ? entries.size() : entries.size() + 1;
    entries.add(
        stamped(
            HistoryEntry.of(
                command.id() + "/" + n, asOf, command.actor(), kind, summary, payload, version)));
  }

  /**
   * Issues an invoice of {@code lines} (nothing when empty), records it with the invoice as issued
   * in its entry, and starts collecting it (a receivable, and for pay-by-invoice teams the
   * notification that sends it).
   */
  void issue(List<InvoiceLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    InvoiceIssuer.Issued issued = InvoiceIssuer.issue(team, lines, asOf);
    // every invoice stays payable by one payment a host may pass (InputLimits)
    long due = issued.invoice().totalDue().minorUnits();
    BillingException.check(
        Math.abs(due) <= InputLimits.MAX_AMOUNT_MINOR_UNITS,
        BillingErrorCode.AMOUNT_OVERFLOW,
        "invoice",
        () ->
            "the invoice would be due "
                + issued.invoice().totalDue()
                + ", beyond the "
                + InputLimits.MAX_AMOUNT_MINOR_UNITS
                + " minor units a payment may have");
    DunningStep collecting = DunningRules.open(issued.team(), issued.invoice(), policy.dunning());
    team = collecting.team();
    Invoice invoice = issued.invoice();
    invoices = added(invoices, invoice);
    record(
        EntryKind.INVOICE_ISSUED,
        Summary.of(
            () ->
                "invoice "
                    + invoice.number()
                    + ", total due "
                    + invoice.totalDue()
                    + " ("
                    + invoice.status()
                    + ")"),
        new IssuedInvoice(invoice));
    notifyEach(collecting.notifications());
  }

  void notify(NotificationIntent intent) {
    notifications = added(notifications, intent);
  }

  private void notifyEach(List<NotificationIntent> intents) {
    for (NotificationIntent intent : intents) {
      notify(intent);
    }
  }

  private static <T> List<T> added(List<T> list, T element) {
    if (list.isEmpty()) {
      // the usual one invoice or notice: an immutable list, which Outcome keeps without copying
      return List.of(element);
    }
    List<T> growing = list instanceof ArrayList ? list : new ArrayList<>(list);
    growing.add(element);
    return growing;
  }

  /** Applies a dunning step: its team, its entries in order, its notifications. */
  void apply(DunningStep step) {
    team = step.team();
    for (DunningStep.Entry entry : step.entries()) {
      record(entry.kind(), entry.summary());
    }
    notifyEach(step.notifications());
  }

  /**
   * Accepts the command. The first entry's summary becomes {@code summary}, so a repeated command
   * returns the summary of its first outcome from the history.
   */
  Outcome accept(String summary) {
    return accept(Summary.of(summary));
  }

  /** Accepts with a summary rendered when first read; the first entry carries the same summary. */
  Outcome accept(Summary summary) {
    if (firstKind != null) {
      HistoryEntry first =
          stamped(
              HistoryEntry.of(
                  command.id(),
                  asOf,
                  command.actor(),
                  firstKind,
                  summary,
                  command,
                  Optional.ofNullable(firstVersion)));
      // accepted again (a creation through Free accepts its first change): the last summary wins
      if (firstMade) {
        entries.set(0, first);
      } else {
        entries.add(0, first);
        firstMade = true;
      }
    }
    Team updated = team.plusHistory(entries);
    return new Outcome.Accepted(command, updated, summary, invoices, notifications, entries);
  }
}
