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
