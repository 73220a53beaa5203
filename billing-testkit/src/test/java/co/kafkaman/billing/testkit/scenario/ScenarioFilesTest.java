package co.kafkaman.billing.testkit.scenario;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The worked examples of RULES.md and the issues, as scenario files run by the runner. */
class ScenarioFilesTest {
  private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

  @Test
  void everyScenarioFilePasses() {
    ScenarioRunner.assertPasses(SCENARIOS);
  }

  @TestFactory
  Stream<DynamicTest> oneTestPerScenarioFile() {
    return ScenarioRunner.standard().cases(SCENARIOS).stream()
        .map(c -> DynamicTest.dynamicTest(c.name(), c::assertPasses));
  }
}
