/*
 * Copyright 2026 the kafkaman-billing authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
 * @since 0.1.0
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
