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
