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

import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.simulation.Simulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs scenario files: a file or every {@code .yaml}/{@code .yml} file under a folder (sorted by
 * path), each in its own {@link Simulator}, checking every expectation and reporting mismatches as
 * readable diffs.
 *
 * <p>From a JUnit test, in one line:
 *
 * <pre>{@code
 * @Test
 * void scenarios() {
 *   ScenarioRunner.assertPasses(Path.of("src/test/resources/scenarios"));
 * }
 * }</pre>
 *
 * <p>or one dynamic test per file:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *   return ScenarioRunner.standard().cases(Path.of("src/test/resources/scenarios")).stream()
 *       .map(c -> DynamicTest.dynamicTest(c.name(), c::assertPasses));
 * }
 * }</pre>
 *
 * <p>From the command line: {@code java -cp ... co.kafkaman.billing.testkit.scenario.ScenarioRunner
 * <file-or-folder>...} prints a report per file and exits 1 when a scenario fails, 2 when a path
 * holds no scenario.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioRunner {
  private final ScenarioFormat format;

  private ScenarioRunner(ScenarioFormat format) {
    this.format = format;
  }

  /**
   * Returns a runner reading the standard format.
   *
   * @return the runner
   */
  public static ScenarioRunner standard() {
    return new ScenarioRunner(ScenarioFormat.standard());
  }

  /**
   * Returns a runner reading {@code format} (the standard one with more commands or expectations).
   *
   * @param format the format
   * @return the runner
   */
  public static ScenarioRunner of(ScenarioFormat format) {
    return new ScenarioRunner(format);
  }

  /**
   * Runs every scenario at {@code fileOrFolder} with the standard format and fails with one
   * readable report of every failing scenario.
   *
   * @param fileOrFolder a scenario file or a folder of them
   * @throws AssertionError if a scenario fails or the path holds none
   */
  public static void assertPasses(Path fileOrFolder) {
    standard().assertAllPass(fileOrFolder);
  }

  /**
   * Runs every scenario at {@code fileOrFolder} and fails with one readable report of every failing
   * scenario.
   *
   * @param fileOrFolder a scenario file or a folder of them
   * @throws AssertionError if a scenario fails or the path holds none
   */
  public void assertAllPass(Path fileOrFolder) {
    List<ScenarioResult> results = runAll(fileOrFolder);
    List<String> failed = new ArrayList<>();
    for (ScenarioResult result : results) {
      if (!result.passed()) {
        failed.add(result.report());
      }
    }
    if (!failed.isEmpty()) {
      throw new AssertionError(
          failed.size()
              + " of "
              + results.size()
              + " scenarios failed\n"
              + String.join("\n\n", failed));
    }
  }

  /**
   * One scenario file as a test case, for a JUnit {@code @TestFactory}.
   *
   * @param name the display name: the file name and the scenario's name
   * @param file the file
   * @param runner the runner that runs it
   */
  public record ScenarioCase(String name, Path file, ScenarioRunner runner) {
    /**
     * Runs the scenario.
     *
     * @throws AssertionError with the report when it fails
     */
    public void assertPasses() {
      ScenarioResult result = runner.run(file);
      if (!result.passed()) {
        throw new AssertionError(result.report());
      }
    }
  }

  /**
   * Returns one case per scenario file at {@code fileOrFolder}, named after the file.
   *
   * @param fileOrFolder a scenario file or a folder of them
   * @return the cases, sorted by path
   * @throws IllegalArgumentException if the path holds no scenario file
   */
  public List<ScenarioCase> cases(Path fileOrFolder) {
    List<ScenarioCase> cases = new ArrayList<>();
    for (Path file : files(fileOrFolder)) {
      cases.add(new ScenarioCase(String.valueOf(file.getFileName()), file, this));
    }
    return cases;
  }

  /**
   * Runs every scenario at {@code fileOrFolder}.
   *
   * @param fileOrFolder a scenario file or a folder of them
   * @return one result per file, sorted by path
   * @throws IllegalArgumentException if the path holds no scenario file
   */
  public List<ScenarioResult> runAll(Path fileOrFolder) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Path file : files(fileOrFolder)) {
      results.add(run(file));
    }
    return results;
  }

  /**
   * Runs one scenario file. A malformed file is a failed result (with the file, line and key), not
   * an exception.
   *
   * @param file the scenario file
   * @return the result
   */
  public ScenarioResult run(Path file) {
    Scenario scenario;
    try {
      scenario = format.read(file);
    } catch (ScenarioException | UncheckedIOException e) {
      return new ScenarioResult(
          file.toString(),
          String.valueOf(file.getFileName()),
          0,
          List.of(),
          Optional.of(String.valueOf(e.getMessage())));
    }
    return run(scenario);
  }

  /**
   * Runs a scenario already read.
   *
   * @param scenario the scenario
   * @return the result
   */
  public ScenarioResult run(Scenario scenario) {
    List<ScenarioResult.StepFailure> failures = new ArrayList<>();
    Simulator simulator;
    try {
      simulator = Simulator.start(scenario.fixture());
    } catch (IllegalStateException e) {
      return result(scenario, failures, "team creation: " + e.getMessage());
    }
    Outcome created = simulator.steps().get(0).outcome();
    check(
        "team creation on " + scenario.fixture().createdOn(),
        scenario.creationChecks(),
        new StepResult(
            scenario.fixture().createdOn(),
            Optional.of(created),
            simulator.steps(),
            simulator.team(),
            scenario.engine()),
        failures);
    int number = 0;
    for (Scenario.Step step : scenario.steps()) {
      number++;
      String heading =
          "step "
              + number
              + " on "
              + step.on()
              + step.at().map(at -> " at " + at).orElse("")
              + " ("
              + (step.commandKey().isEmpty() ? "time passes" : step.commandKey())
              + ", line "
              + step.line()
              + ")"
              + (step.note().isEmpty() ? "" : " " + step.note());
      if (step.on().isBefore(simulator.today())) {
        return result(
            scenario,
            failures,
            heading + ": the date is before the previous step's " + simulator.today());
      }
      int mark = simulator.stepCount();
      Optional<Outcome> outcome;
      try {
        simulator.advanceTo(step.on());
        outcome = Optional.empty();
        StepCommand command = step.command();
        if (command != null) {
          String id = step.id().orElse("s-" + number);
          String actor =
              step.actor()
                  .orElse(
                      simulator.team().members().isEmpty()
                          ? "system"
                          : simulator.team().members().get(0).id());
          Instant at = step.at().orElse(null);
          Command resolved =
              at == null
                  ? command.toCommand(simulator.team(), id, actor, step.on())
                  : command.toCommand(simulator.team(), id, actor, step.on(), at);
          outcome =
              Optional.of(at == null ? simulator.apply(resolved) : simulator.apply(resolved, at));
        }
        check(
            heading,
            step.checks(),
            new StepResult(
                step.on(),
                outcome,
                simulator.stepsSince(mark),
                simulator.team(),
                scenario.engine()),
            failures);
      } catch (ScenarioException | IllegalArgumentException e) {
        // a BillingException, or a step built by hand whose instant is on another date
        return result(scenario, failures, heading + ": " + e.getMessage());
      }
    }
    return result(scenario, failures, null);
  }

  /**
   * Runs the scenario files named on the command line and prints a report for each.
   *
   * @param args files or folders of scenario files
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the scenario files or folders {@code args} with the standard format, printing reports to
   * {@code out}; what {@link #main(String[])} does, without exiting.
   *
   * @param args files or folders
   * @param out where reports go
   * @return the exit status: 0 when all pass, 1 when one fails, 2 for a usage error
   */
  public static int run(String[] args, PrintStream out) {
    if (args.length == 0) {
      out.println("usage: ScenarioRunner <scenario.yaml | folder>...");
      return 2;
    }
    ScenarioRunner runner = standard();
    int passed = 0;
    int failed = 0;
    for (String arg : args) {
      List<ScenarioResult> results;
      try {
        results = runner.runAll(Path.of(arg));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        out.println(e.getMessage());
        return 2;
      }
      for (ScenarioResult result : results) {
        out.println(result.report());
        if (result.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    out.println(
        "Scenarios run: " + (passed + failed) + ", passed: " + passed + ", failed: " + failed);
    return failed == 0 ? 0 : 1;
  }

  private static void check(
      String heading, List<Check> checks, StepResult result, List<ScenarioResult.StepFailure> out) {
    List<Mismatch> mismatches = new ArrayList<>();
    for (Check check : checks) {
      mismatches.addAll(check.check(result));
    }
    if (!mismatches.isEmpty()) {
      out.add(new ScenarioResult.StepFailure(heading, mismatches));
    }
  }

  private static ScenarioResult result(
      Scenario scenario,
      List<ScenarioResult.StepFailure> failures,
      @org.jspecify.annotations.Nullable String error) {
    return new ScenarioResult(
        scenario.file(),
        scenario.name(),
        scenario.steps().size(),
        failures,
        Optional.ofNullable(error));
  }

  private static List<Path> files(Path fileOrFolder) {
    if (Files.isRegularFile(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    if (!Files.isDirectory(fileOrFolder)) {
      throw new IllegalArgumentException("no scenario file or folder at " + fileOrFolder);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(fileOrFolder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + fileOrFolder, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .yaml or .yml scenario file under " + fileOrFolder);
    }
    return files;
  }
}
