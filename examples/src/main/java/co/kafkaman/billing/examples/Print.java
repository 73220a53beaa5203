package co.kafkaman.billing.examples;

import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import java.io.PrintStream;

/**
 * Prints outcomes, invoices and history for the examples (examples may print; the library never
 * does).
 */
final class Print {
  private static final PrintStream OUT = System.out;

  private Print() {}

  static void title(String title) {
    OUT.println();
    OUT.println("=".repeat(100));
    OUT.println(title);
    OUT.println("=".repeat(100));
  }

  static void line(String text) {
    OUT.println(text);
  }

  static void outcome(String what, Outcome outcome) {
    OUT.println();
    OUT.println("> " + what);
    OUT.println("  " + (outcome.isAccepted() ? "ACCEPTED " : "") + outcome.summary());
    if (outcome instanceof Outcome.Accepted accepted) {
      for (Invoice invoice : accepted.invoices()) {
        invoice(invoice);
      }
      for (NotificationIntent intent : accepted.notifications()) {
        OUT.println("  notify: " + intent);
      }
      for (HistoryEntry entry : accepted.entries()) {
        OUT.println("  history: " + entry);
      }
    }
  }

  static void invoice(Invoice invoice) {
    OUT.println();
    OUT.print(InvoiceText.render(invoice).indent(2));
  }
}
