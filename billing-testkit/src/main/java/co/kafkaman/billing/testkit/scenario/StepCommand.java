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

import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.Command;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A step's command as read from the file, resolved when the step runs: {@code change: {seats: 5}}
 * becomes a change of the team's terms as they are on the step's date.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StepCommand {

  /**
   * Returns the engine command for {@code team} as it is when the step runs.
   *
   * @param team the team on the step's date, after what fell due
   * @param id the command id (the step's {@code id}, or {@code s-<step number>})
   * @param actor who asks (the step's {@code by}, or the team's first member)
   * @return the command
   */
  Command toCommand(Team team, String id, String actor);

  /**
   * Returns the engine command for {@code team} as it is when the step dated {@code on} runs. The
   * runner calls this one; commands that carry an instant (a usage reading, an overage setting)
   * take the start of {@code on} in UTC unless the step names the instant. By default, the command
   * without the date.
   *
   * @param team the team on the step's date, after what fell due
   * @param id the command id
   * @param actor who asks
   * @param on the step's date
   * @return the command
   */
  default Command toCommand(Team team, String id, String actor, LocalDate on) {
    return toCommand(team, id, actor);
  }

  /**
   * Returns the engine command for {@code team} as it is when the step dated {@code on} runs at the
   * instant {@code at} (the step's {@code at:}). The runner calls this one for a step with an
   * instant and applies the command at {@code at}; commands that carry an instant of their own (a
   * usage reading's {@code at}, an overage setting's {@code from}) take {@code at} unless the
   * command names its own. By default, the command of {@link #toCommand(Team, String, String,
   * LocalDate)}.
   *
   * @param team the team on the step's date, after what fell due
   * @param id the command id
   * @param actor who asks
   * @param on the step's date
   * @param at the step's instant, on {@code on}
   * @return the command
   * @since 0.1.0
   */
  default Command toCommand(Team team, String id, String actor, LocalDate on, Instant at) {
    return toCommand(team, id, actor, on);
  }
}
