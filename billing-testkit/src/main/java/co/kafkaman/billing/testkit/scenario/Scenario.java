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

import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.testkit.TeamFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A billing story read from a scenario file and ready to run: the engine (catalog and conventions),
 * the team's creation with its expectations, and the dated steps.
 *
 * @param file the file's name as given to the reader
 * @param name the story's name
 * @param description what the story shows, or empty
 * @param engine the engine built from the file's catalog and conventions
 * @param fixture the team's creation
 * @param creationChecks the expectations on the creation (its first invoice)
 * @param steps the steps, in file order
 * @since 0.1.0
 */
public record Scenario(
    String file,
    String name,
    String description,
    BillingEngine engine,
    TeamFixture fixture,
    List<Check> creationChecks,
    List<Step> steps) {

  /**
   * Copies the lists.
   *
   * @param file the file's name as given to the reader
   * @param name the story's name
   * @param description what the story shows, or empty
   * @param engine the engine built from the file's catalog and conventions
   * @param fixture the team's creation
   * @param creationChecks the expectations on the creation (its first invoice)
   * @param steps the steps, in file order
   */
  public Scenario {
    creationChecks = List.copyOf(creationChecks);
    steps = List.copyOf(steps);
  }

  /**
   * One dated step: advance the clock to {@code on} (what falls due applies), then apply the
   * command, if any, on that date or at the instant {@code at}, and check the expectations.
   *
   * <p>A step with an instant has its command applied with {@code BillingEngine.apply(team,
   * command, at)}, prorated by the seconds of an engine whose day count is {@code
   * DayCount.seconds(zone)}; {@link ScenarioFormat} reads it only when its date in that zone is
   * {@code on}. Example: {@code on: 2024-04-16}, {@code at: 2024-04-16T12:00:00Z}.
   *
   * @param line the 1-based line the step starts on
   * @param on the step's date
   * @param at the instant the command is applied at, or empty to apply it on {@code on}
   * @param id the command id, or empty for {@code s-<step number>}
   * @param actor who asks, or empty for the team's first member
   * @param commandKey the command's key in the file (such as {@code change}), or empty
   * @param command the command, or {@code null} for a step that only advances time
   * @param note the step's note, or empty
   * @param checks the expectations
   */
  public record Step(
      int line,
      LocalDate on,
      Optional<Instant> at,
      Optional<String> id,
      Optional<String> actor,
      String commandKey,
      @Nullable StepCommand command,
      String note,
      List<Check> checks) {

    /**
     * Copies the checks.
     *
     * @param line the 1-based line the step starts on
     * @param on the step's date
     * @param at the instant the command is applied at, or empty to apply it on {@code on}
     * @param id the command id, or empty for {@code s-<step number>}
     * @param actor who asks, or empty for the team's first member
     * @param commandKey the command's key in the file (such as {@code change}), or empty
     * @param command the command, or {@code null} for a step that only advances time
     * @param note the step's note, or empty
     * @param checks the expectations
     */
    public Step {
      checks = List.copyOf(checks);
    }

    /**
     * A step whose command, if any, is applied on its date, without an instant.
     *
     * @param line the 1-based line the step starts on
     * @param on the step's date
     * @param id the command id, or empty for {@code s-<step number>}
     * @param actor who asks, or empty for the team's first member
     * @param commandKey the command's key in the file (such as {@code change}), or empty
     * @param command the command, or {@code null} for a step that only advances time
     * @param note the step's note, or empty
     * @param checks the expectations
     */
    public Step(
        int line,
        LocalDate on,
        Optional<String> id,
        Optional<String> actor,
        String commandKey,
        @Nullable StepCommand command,
        String note,
        List<Check> checks) {
      this(line, on, Optional.empty(), id, actor, commandKey, command, note, checks);
    }
  }
}
