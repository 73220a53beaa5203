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
package co.kafkaman.billing.model.history;

import java.time.LocalDate;
import java.util.List;

/**
 * A notification the host should send: the rules never send anything themselves. It says what it is
 * about, for whom (both the audience and the resolved addresses), when it is due, and a readable
 * message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what it is about
 * @param recipients the audience
 * @param to the resolved email addresses, in member order
 * @param dueOn the date it should be sent
 * @param message a readable message with the figures
 * @since 0.1.0
 */
public record NotificationIntent(
    NotificationKind kind,
    Recipients recipients,
    List<String> to,
    LocalDate dueOn,
    String message) {

  /**
   * Copies the addresses.
   *
   * @param kind what it is about
   * @param recipients the audience
   * @param to the resolved email addresses, in member order
   * @param dueOn the date it should be sent
   * @param message a readable message with the figures
   */
  public NotificationIntent {
    to = List.copyOf(to);
  }

  /**
   * Returns {@code "2024-04-17 AUTO_FLEX_REMINDER to BILLING_AND_ADMINS [a@x.co]: ..."}.
   *
   * @return the intent as one line
   */
  @Override
  public String toString() {
    return dueOn + " " + kind + " to " + recipients + " " + to + ": " + message;
  }
}
