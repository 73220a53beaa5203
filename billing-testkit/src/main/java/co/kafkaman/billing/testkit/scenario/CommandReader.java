package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.catalog.Catalog;

/**
 * Reads one kind of step command from a scenario file: the value under its key (such as {@code
 * change}). Reading checks keys and values, so a malformed file fails before anything runs;
 * resolving against the team happens in the returned {@link StepCommand}.
 *
 * <p>Register a reader with {@link ScenarioFormat#withCommand(String, CommandReader)}; that is how
 * a new engine command becomes writable in scenario files.
 */
@FunctionalInterface
public interface CommandReader {

  /**
   * Reads the command.
   *
   * @param value the value under the command's key
   * @param catalog the scenario's catalog (for currencies and plans)
   * @return the command, resolved when the step runs
   * @throws ScenarioException for unknown keys or malformed values
   */
  StepCommand read(ScenarioNode value, Catalog catalog);
}
