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
package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.catalog.Catalog;

/**
 * Reads one kind of step command from a scenario file: the value under its key (such as {@code
 * change}). Reading checks keys and values, so a malformed file fails before anything runs;
 * resolving against the team happens in the returned {@link StepCommand}.
 *
 * <p>Register a reader with {@link ScenarioFormat#withCommand(String, CommandReader)}; that is how
 * a new engine command becomes writable in scenario files.
 *
 * @since 0.1.0
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
