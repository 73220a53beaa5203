package co.kafkaman.billing.testkit.simulation;

import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;

/**
 * A command and the date it is applied on: one step of a {@link TeamLife}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param on the date
 * @param command the command
 */
public record DatedCommand(LocalDate on, Command command) {

  /**
   * Returns {@code "2024-03-15 ChangeSubscription[id=c-2, ...]"}.
   *
   * @return the step as one line
   */
  @Override
  public String toString() {
    return on + " " + command;
  }
}
