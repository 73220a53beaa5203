package co.kafkaman.billing.rules.usage;

import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.UsageLedger;
import java.util.List;
import java.util.Optional;

/**
 * The close of a usage month: the ledger closed (if one was open) and one {@code OVERAGE} line per
 * resource with billable usage, to be invoiced together with whatever else falls due that day.
 *
 * @param closed the ledger closed, or empty when no usage was recorded
 * @param lines the overage lines, possibly none
 * @param summary what was closed, with the figures
 */
public record UsageClosing(Optional<UsageLedger> closed, List<InvoiceLine> lines, String summary) {

  /**
   * Copies the lines.
   *
   * @param closed the ledger closed, or empty when no usage was recorded
   * @param lines the overage lines, possibly none
   * @param summary what was closed, with the figures
   */
  public UsageClosing {
    lines = List.copyOf(lines);
  }
}
