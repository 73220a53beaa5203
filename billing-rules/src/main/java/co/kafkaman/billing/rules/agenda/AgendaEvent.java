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
package co.kafkaman.billing.rules.agenda;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One billing event that falls due on a date: what it is, what it refers to (an invoice number, a
 * cycle) and a readable description. Immutable and thread-safe.
 *
 * <p>Events sort by {@link #ORDER}: date, then kind (the order to handle them within a day), then
 * reference and description, so an agenda is deterministic.
 *
 * @param date the date the host should call the engine
 * @param kind what falls due
 * @param reference what it refers to: an invoice number, or the cycle for renewals and auto-flex
 * @param description a readable description with the figures, such as {@code "attempt 2 of 3 for
 *     KB-000002 (USD 36.00)"}
 * @since 0.1.0
 */
public record AgendaEvent(
    LocalDate date, AgendaEventKind kind, String reference, String description) {

  /** Date, kind, reference, description: the deterministic order of an agenda. */
  public static final Comparator<AgendaEvent> ORDER =
      Comparator.comparing(AgendaEvent::date)
          .thenComparing(AgendaEvent::kind)
          .thenComparing(AgendaEvent::reference)
          .thenComparing(AgendaEvent::description);

  /**
   * Validates the reference.
   *
   * @param date the date the host should call the engine
   * @param kind what falls due
   * @param reference what it refers to: an invoice number, or the cycle for renewals and auto-flex
   * @param description a readable description with the figures, such as {@code "attempt 2 of 3 for
   *     KB-000002 (USD 36.00)"}
   */
  public AgendaEvent {
    BillingException.check(
        !reference.isBlank(), BillingErrorCode.BLANK_VALUE, "reference", "must not be blank");
  }

  /**
   * Returns {@code "2024-03-04 PAYMENT_ATTEMPT KB-000002: attempt 2 of 3 for KB-000002 (USD
   * 36.00)"}.
   *
   * @return the event as one line
   */
  @Override
  public String toString() {
    return date + " " + kind + " " + reference + ": " + description;
  }
}
