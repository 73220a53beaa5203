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
package co.kafkaman.billing.rules.payment;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;

/**
 * What the host should do for an automatic payment attempt: {@link Card} (charge this card this
 * amount) or {@link Impossible} (do not call the processor: report the attempt as failed with the
 * reason given, such as an expired card).
 *
 * @since 0.1.0
 */
public sealed interface Charge {

  /**
   * Charge {@code card} for {@code amount}.
   *
   * @param card the primary card
   * @param amount the amount due
   */
  record Card(CardReference card, Amount amount) implements Charge {
    @Override
    public String toString() {
      return "charge " + amount + " to " + card;
    }
  }

  /**
   * No charge is possible; the attempt fails with {@code reason}.
   *
   * @param code {@code CARD_EXPIRED} or {@code NO_PAYMENT_METHOD}
   * @param reason why, such as {@code "the primary card visa ending 4242 (exp 2024-02) has
   *     expired"}
   */
  record Impossible(BillingErrorCode code, String reason) implements Charge {
    @Override
    public String toString() {
      return "no charge possible: " + reason;
    }
  }
}
