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
package co.kafkaman.billing.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction is one way: testkit and examples -> rules -> model. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("co.kafkaman.billing");

  @Test
  void rulesNeverDependOnTheTestkitOrTheExamples() {
    noClasses()
        .that()
        .resideInAPackage("co.kafkaman.billing.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("co.kafkaman.billing.testkit..", "co.kafkaman.billing.examples..")
        .check(CLASSES);
  }

  @Test
  void theModelDependsOnNoRules() {
    noClasses()
        .that()
        .resideInAPackage("co.kafkaman.billing.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "co.kafkaman.billing.rules..",
            "co.kafkaman.billing.testkit..",
            "co.kafkaman.billing.examples..")
        .check(CLASSES);
  }

  @Test
  void theTestkitNeverDependsOnTheExamples() {
    noClasses()
        .that()
        .resideInAPackage("co.kafkaman.billing.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("co.kafkaman.billing.examples..")
        .check(CLASSES);
  }

  @Test
  void theImportSeesAllThreeLayers() {
    org.assertj.core.api.Assertions.assertThat(CLASSES.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("co.kafkaman.billing.model"))
        .anyMatch(p -> p.startsWith("co.kafkaman.billing.rules"))
        .anyMatch(p -> p.startsWith("co.kafkaman.billing.testkit"));
  }
}
