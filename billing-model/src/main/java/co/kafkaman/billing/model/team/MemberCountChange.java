package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;

/**
 * A change of a team's member count during an auto-flex cycle: the date and the count after it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param on the date the member joined or left
 * @param membersAfter the number of members after the change, zero or more
 */
public record MemberCountChange(LocalDate on, int membersAfter) {

  /**
   * Validates the count.
   *
   * @param on the date the member joined or left
   * @param membersAfter the number of members after the change, zero or more
   */
  public MemberCountChange {
    BillingException.check(
        membersAfter >= 0,
        BillingErrorCode.INVALID_QUANTITY,
        "membersAfter",
        () -> "must not be negative, was " + membersAfter);
  }
}
