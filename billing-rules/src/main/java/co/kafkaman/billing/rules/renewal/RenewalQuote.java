package co.kafkaman.billing.rules.renewal;

import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * The expected cost upon renewal, line by line, after standing instructions: nothing is issued.
 * Usage overage cannot be known ahead and is not part of it.
 *
 * @param renewsOn the renewal date (the current cycle's end)
 * @param nextCycle the cycle the renewal starts
 * @param nextTerms the terms it starts with
 * @param lines the lines the renewal invoice will have if nothing changes
 * @param total the sum of the lines, before account credit
 */
public record RenewalQuote(
    LocalDate renewsOn,
    DateRange nextCycle,
    Terms nextTerms,
    List<InvoiceLine> lines,
    Amount total) {

  /** Copies the lines. */
  public RenewalQuote {
    lines = List.copyOf(lines);
  }
}
