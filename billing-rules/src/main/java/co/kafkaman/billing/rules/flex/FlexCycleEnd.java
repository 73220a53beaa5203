package co.kafkaman.billing.rules.flex;

import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Subscription;
import java.util.List;

/**
 * The end of an auto-flex cycle inside a term: the subscription with the billed flex users turned
 * into locked paid seats and a fresh auto-flex cycle, and the {@code AUTO_FLEX} lines to invoice
 * (together with whatever else falls due that day).
 *
 * @param subscription the subscription after the cycle's end
 * @param lines the {@code AUTO_FLEX} lines, empty when nothing is billed
 * @param billedUsers the flex users who became paid seats
 * @param summary what happened, with the figures
 */
public record FlexCycleEnd(
    Subscription subscription, List<InvoiceLine> lines, int billedUsers, String summary) {

  /**
   * Copies the lines.
   *
   * @param subscription the subscription after the cycle's end
   * @param lines the {@code AUTO_FLEX} lines, empty when nothing is billed
   * @param billedUsers the flex users who became paid seats
   * @param summary what happened, with the figures
   */
  public FlexCycleEnd {
    lines = List.copyOf(lines);
  }
}
