package co.kafkaman.billing.rules.change;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Terms;
import java.util.List;
import java.util.Optional;

/**
 * The decision on a whole {@link ChangeRequest}: applied immediately (with its prorated lines),
 * accepted for renewal (recorded as the next terms), or refused with a code, a reason and, where
 * one exists, the timing that would be accepted. Never a half-applied state.
 */
public sealed interface ChangeDecision {

  /**
   * Returns a one-line summary of the decision.
   *
   * @return the summary
   */
  String summary();

  /**
   * Accepted and applied now.
   *
   * @param subscription the subscription after the change
   * @param lines the prorated credit and charge lines to invoice now (may be empty when nothing is
   *     owed, such as seats on Free)
   * @param summary what was done
   */
  record Immediately(Subscription subscription, List<InvoiceLine> lines, String summary)
      implements ChangeDecision {
    /** Copies the lines. */
    public Immediately {
      lines = List.copyOf(lines);
    }
  }

  /**
   * Accepted for the end of the current cycle.
   *
   * @param nextTerms the terms the next cycle will start with
   * @param summary what was scheduled
   */
  record OnRenewal(Terms nextTerms, String summary) implements ChangeDecision {}

  /**
   * Refused.
   *
   * @param code the stable error code
   * @param field the field at fault
   * @param reason why, naming the parts and values
   * @param alternative the timing that would be accepted, if any
   */
  record Refused(BillingErrorCode code, String field, String reason, Optional<Timing> alternative)
      implements ChangeDecision {
    @Override
    public String summary() {
      return "Refused (" + code.code() + "): " + reason;
    }
  }
}
