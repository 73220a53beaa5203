package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;

/**
 * A team's acceptance of the auto-flex terms when it opted in: who accepted and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param acceptedBy the member (or host user) who accepted, not blank
 * @param acceptedOn the date of acceptance
 */
public record AutoFlexAcceptance(String acceptedBy, LocalDate acceptedOn) {

  /**
   * Validates the acceptance.
   *
   * @param acceptedBy the member (or host user) who accepted, not blank
   * @param acceptedOn the date of acceptance
   */
  public AutoFlexAcceptance {
    BillingException.check(
        !acceptedBy.isBlank(), BillingErrorCode.BLANK_VALUE, "acceptedBy", "must not be blank");
  }
}
