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
package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>Creating a team answers a {@link Creation} instead: {@link Accepted} too, or a {@link
 * Creation.Refused} that has no team, since none exists.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
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
   * The command was accepted and applied: the team after it, what happened, and its effects.
   *
   * <p>The summary is rendered when first read (the engine builds it from the decision's facts, and
   * most outcomes are stored, not displayed). Equality, hash code and text are those of a record of
   * the six values, the summary by its text. It is also the {@link Creation} of a team created.
   * Immutable and thread-safe.
   */
  final class Accepted implements Outcome, Creation {
    private final Command command;
    private final Team team;
    private final Summary summary;
    private final List<Invoice> invoices;
    private final List<NotificationIntent> notifications;
    private final List<HistoryEntry> entries;

    /**
     * Creates the outcome with its summary already written; copies the lists.
     *
     * @param command the command
     * @param team the team after it
     * @param summary what happened, such as {@code "Immediately: BASIC MONTHLY, 3 seats -> ..."}
     * @param invoices the invoices issued, in order
     * @param notifications the notifications the host should send
     * @param entries the history entries appended to {@code team.history()}
     */
    public Accepted(
        Command command,
        Team team,
        String summary,
        List<Invoice> invoices,
        List<NotificationIntent> notifications,
        List<HistoryEntry> entries) {
      this(command, team, Summary.of(summary), invoices, notifications, entries);
    }

    /** Creates the outcome with a summary rendered when first read; copies the lists. */
    Accepted(
        Command command,
        Team team,
        Summary summary,
        List<Invoice> invoices,
        List<NotificationIntent> notifications,
        List<HistoryEntry> entries) {
      this.command = command;
      this.team = team;
      this.summary = summary;
      this.invoices = List.copyOf(invoices);
      this.notifications = List.copyOf(notifications);
      this.entries = List.copyOf(entries);
    }

    @Override
    public Command command() {
      return command;
    }

    @Override
    public Team team() {
      return team;
    }

    /**
     * Returns true: the command was accepted.
     *
     * @return true
     */
    @Override
    public boolean isAccepted() {
      return true;
    }

    /**
     * Returns what happened, rendering it on first use.
     *
     * @return the summary
     */
    @Override
    public String summary() {
      return summary.text();
    }

    /**
     * Returns the invoices issued, in order.
     *
     * @return the invoices
     */
    public List<Invoice> invoices() {
      return invoices;
    }

    /**
     * Returns the notifications the host should send.
     *
     * @return the notification intents
     */
    public List<NotificationIntent> notifications() {
      return notifications;
    }

    /**
     * Returns the history entries appended to {@code team().history()}.
     *
     * @return the entries
     */
    public List<HistoryEntry> entries() {
      return entries;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Accepted other
          && command.equals(other.command)
          && team.equals(other.team)
          && summary.equals(other.summary)
          && invoices.equals(other.invoices)
          && notifications.equals(other.notifications)
          && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
      return Objects.hash(command, team, summary(), invoices, notifications, entries);
    }

    @Override
    public String toString() {
      return "Accepted[command="
          + command
          + ", team="
          + team
          + ", summary="
          + summary()
          + ", invoices="
          + invoices
          + ", notifications="
          + notifications
          + ", entries="
          + entries
          + "]";
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
    /**
     * Returns {@code "Refused BILL-401 CHANGE_ONLY_ON_RENEWAL [timing]: <reason>; an alternative is
     * offered (command c-3)"}: the reason says in words what the alternative does; the command
     * itself is {@link #alternative()}, never printed as a record.
     */
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
          + alternative.map(a -> "; an alternative is offered (command " + a.id() + ")").orElse("");
    }
  }
}
