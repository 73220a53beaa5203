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
 * Something that falls due for a team on a date and the command that carries it out, such as the
 * renewal at a cycle's end ({@code Command.Renew} with id {@code "renew@2024-04-01"}).
 *
 * <p>The command's id must be the same every time the event is asked about, and unique per team:
 * the simulator applies each id at most once. Immutable and thread-safe.
 *
 * @param on the date it falls due
 * @param command what the simulator applies on that date, usually with actor {@code "system"}
 * @param description a readable description, such as {@code "renewal of [2024-03-01, 2024-04-01)"}
 * @since 0.1.0
 */
public record DueEvent(LocalDate on, Command command, String description) {

  /**
   * Returns {@code "2024-04-01 renew@2024-04-01: renewal of [2024-03-01, 2024-04-01)"}.
   *
   * @return the event as one line
   */
  @Override
  public String toString() {
    return on + " " + command.id() + ": " + description;
  }
}
