package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.HistoryPayload;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.invoicing.InvoiceIssuer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The effects of one command while it is being applied: the evolving team, invoices issued,
 * notifications and history entries. Local to one {@code apply} call; the result is an immutable
 * {@link Outcome}.
 */
final class Transition {
  private final Command command;
  private final LocalDate asOf;
  private Team team;
  private final List<Invoice> invoices = new ArrayList<>(2);
  private final List<NotificationIntent> notifications = new ArrayList<>(2);
  private final List<HistoryEntry> entries = new ArrayList<>(3);

  Transition(Command command, Team team, LocalDate asOf) {
    this.command = command;
    this.team = team;
    this.asOf = asOf;
  }

  Team team() {
    return team;
  }

  LocalDate asOf() {
    return asOf;
  }

  void setTeam(Team updated) {
    this.team = updated;
  }

  /** Records a history entry: the first carries the command, later ones are its effects. */
  void record(EntryKind kind, String summary) {
    record(kind, Summary.of(summary));
  }

  /** Records a history entry whose summary is rendered when first read. */
  void record(EntryKind kind, Summary summary) {
    String id = entries.isEmpty() ? command.id() : command.id() + "/" + entries.size();
    HistoryPayload payload = entries.isEmpty() ? command : HistoryPayload.none();
    entries.add(HistoryEntry.of(id, asOf, command.actor(), kind, summary, payload));
  }

  /** Issues an invoice of {@code lines} (nothing when empty) and records it. */
  void issue(List<InvoiceLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    InvoiceIssuer.Issued issued = InvoiceIssuer.issue(team, lines, asOf);
    team = issued.team();
    Invoice invoice = issued.invoice();
    invoices.add(invoice);
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
                    + ")"));
  }

  void notify(NotificationIntent intent) {
    notifications.add(intent);
  }

  Outcome accept(String summary) {
    return accept(Summary.of(summary));
  }

  /** Accepts with a summary rendered when first read. */
  Outcome accept(Summary summary) {
    List<HistoryEntry> history = new ArrayList<>(team.history().size() + entries.size());
    history.addAll(team.history());
    history.addAll(entries);
    Team updated = team.withHistory(history);
    return new Outcome.Accepted(command, updated, summary, invoices, notifications, entries);
  }
}
