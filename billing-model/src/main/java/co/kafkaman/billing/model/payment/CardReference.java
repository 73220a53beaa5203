package co.kafkaman.billing.model.payment;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A reference to a card held by the host's payment processor: never a card number, only the
 * processor's token, the brand, the last four digits and the expiry month.
 *
 * <p>A card can be charged through the last day of its expiry month. Immutable and thread-safe.
 *
 * @param token the processor's token, unique per team (an id: {@link InputLimits#requireId})
 * @param brand such as {@code "visa"} (a free text: {@link InputLimits#requireText})
 * @param last4 exactly four digits
 * @param expiry the last month the card is valid
 */
public record CardReference(String token, String brand, String last4, YearMonth expiry) {

  /**
   * Validates the reference.
   *
   * @param token the processor's token, unique per team (an id: {@link InputLimits#requireId})
   * @param brand such as {@code "visa"} (a free text: {@link InputLimits#requireText})
   * @param last4 exactly four digits
   * @param expiry the last month the card is valid
   */
  public CardReference {
    InputLimits.requireId("token", token);
    InputLimits.requireText("brand", brand);
    Objects.requireNonNull(last4, "last4");
    Objects.requireNonNull(expiry, "expiry");
    BillingException.check(
        last4.length() == 4 && last4.chars().allMatch(c -> c >= '0' && c <= '9'),
        BillingErrorCode.MALFORMED_VALUE,
        "last4",
        () -> "'" + last4 + "' is not four digits");
  }

  /**
   * Returns whether the card has expired on {@code asOf}: it is valid through the last day of its
   * expiry month.
   *
   * @param asOf the date of the charge
   * @return true when {@code asOf} is after the expiry month
   */
  public boolean isExpiredOn(LocalDate asOf) {
    return YearMonth.from(asOf).isAfter(expiry);
  }

  /**
   * Returns {@code "visa ending 4242 (exp 2027-08)"}.
   *
   * @return a readable description without the token
   */
  @Override
  public String toString() {
    return brand + " ending " + last4 + " (exp " + expiry + ")";
  }
}
