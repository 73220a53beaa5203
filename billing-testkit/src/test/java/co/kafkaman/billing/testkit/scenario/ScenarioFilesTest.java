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
