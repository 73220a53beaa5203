package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import java.util.List;
import java.util.Optional;

/**
 * What applying a command produced: {@link Accepted} (the new team state, the invoices issued, the
 * notification intents, the history entries appended) or {@link Refused} (the team exactly as it
 * was, a stable code, the field at fault, the reason and, where one exists, a command that would be
 * accepted).
 *
 * <p>Example: 2 seats added on 2024-03-15 is {@code Accepted} with one invoice of 13.16 and the
 * entries {@code c-17} and {@code c-17/1}; a downgrade to Free "Immediately" is {@code Refused}
 * with {@code BILL-401 CHANGE_ONLY_ON_RENEWAL [timing]} and the alternative: the same change "On
 * renewal".
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Outcome {

  /**
   * Returns the command decided.
   *
   * @return the command
   */
  Command command();

  /**
   * Returns the team after the command: the new state, or the input itself when refused.
   *
   * @return the team
   */
  Team team();

  /**
   * Returns a one-line summary of what happened.
   *
   * @return the summary
   */
  String summary();

  /**
   * Returns whether the command was accepted.
   *
   * @return true for {@link Accepted}
   */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /**
   * The command was accepted and applied.
   *
   * @param command the command
   * @param team the team after it
   * @param summary what happened, such as {@code "Immediately: BASIC MONTHLY, 3 seats -> ..."}
   * @param invoices the invoices issued, in order
   * @param notifications the notifications the host should send
   * @param entries the history entries appended to {@code team.history()}
   */
  record Accepted(
      Command command,
      Team team,
      String summary,
      List<Invoice> invoices,
      List<NotificationIntent> notifications,
      List<HistoryEntry> entries)
      implements Outcome {
    /** Copies the lists. */
    public Accepted {
      invoices = List.copyOf(invoices);
      notifications = List.copyOf(notifications);
      entries = List.copyOf(entries);
    }
  }

  /**
   * The command was refused; nothing changed.
   *
   * @param command the command
   * @param team the team, exactly as it was given
   * @param code the stable error code
   * @param field the field at fault
   * @param reason why, naming the value
   * @param alternative a command that would be accepted instead, if any
   */
  record Refused(
      Command command,
      Team team,
      BillingErrorCode code,
      String field,
      String reason,
      Optional<Command> alternative)
      implements Outcome {
    @Override
    public String summary() {
      return "Refused "
          + code.code()
          + " "
          + code
          + " ["
          + field
          + "]: "
          + reason
          + alternative.map(a -> "; alternative: " + a).orElse("");
    }
  }
}
