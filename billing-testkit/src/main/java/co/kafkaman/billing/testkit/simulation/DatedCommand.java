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
 * @since 0.1.0
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
