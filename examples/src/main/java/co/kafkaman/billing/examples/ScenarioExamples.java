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
package co.kafkaman.billing.examples;

import co.kafkaman.billing.testkit.scenario.Scenario;
import co.kafkaman.billing.testkit.scenario.ScenarioFormat;
import co.kafkaman.billing.testkit.scenario.ScenarioResult;
import co.kafkaman.billing.testkit.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A billing story written as a scenario file (the testkit README's example), run by the scenario
 * runner: once as written, once with a wrong expected total to show the diff a mismatch prints.
 */
public final class ScenarioExamples {
  private static final String FILE = "seat-addition.yaml";

  private ScenarioExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Print.title("Scenario file: " + FILE + " (from the testkit README), run by the ScenarioRunner");
    String text = resource(FILE);
    ScenarioRunner runner = ScenarioRunner.standard();
    Scenario scenario = ScenarioFormat.standard().read(FILE, text, Path.of("."));
    ScenarioResult passed = runner.run(scenario);
    Print.line(passed.report());

    Print.line("");
    Print.line("> The same story expecting a total of 13.17 for the two added seats:");
    Scenario wrong =
        ScenarioFormat.standard()
            .read(FILE, text.replace("total: 13.16", "total: 13.17"), Path.of("."));
    Print.line(runner.run(wrong).report());
  }

  private static String resource(String name) {
    try (InputStream in = ScenarioExamples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
