package co.kafkaman.billing.model.history;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;

/**
 * One entry of a team's append-only account history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the caller-supplied id (the command's id, with {@code "/n"} for its n-th effect)
 * @param date the billing date it happened on
 * @param actor who caused it (a member id, {@code "system"} for scheduled events)
 * @param kind what it records
 * @param summary a readable one-line summary
 * @param payload the command that caused it, or {@link HistoryPayload#none()}
 */
public record HistoryEntry(
    String id,
    LocalDate date,
    String actor,
    EntryKind kind,
    String summary,
    HistoryPayload payload) {

  /** Validates the entry. */
  public HistoryEntry {
    BillingException.check(!id.isBlank(), BillingErrorCode.BLANK_VALUE, "id", "must not be blank");
  }

  /**
   * Returns {@code "2024-03-15 INVOICE_ISSUED by ana: invoice KB-000007, total USD 13.16"}.
   *
   * @return the entry as one line
   */
  @Override
  public String toString() {
    return date + " " + kind + " by " + actor + ": " + summary;
  }
}
