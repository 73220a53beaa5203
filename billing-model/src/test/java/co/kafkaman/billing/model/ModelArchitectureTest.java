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
package co.kafkaman.billing.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model is the bottom layer: values only, JDK and JSR 354 at run time. */
class ModelArchitectureTest {
  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("co.kafkaman.billing.model");

  @Test
  void importsTheCompiledModelIncludingGeneratedValueClasses() {
    assertThat(MODEL.contain("co.kafkaman.billing.model.team.ImmutableTeam")).isTrue();
    assertThat(MODEL.contain("co.kafkaman.billing.model.money.Amount")).isTrue();
    assertThat(MODEL.contain(ModelArchitectureTest.class)).isFalse();
  }

  @Test
  void modelDoesNotDependOnRulesTestkitOrExamples() {
    noClasses()
        .that()
        .resideInAPackage("co.kafkaman.billing.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("co.kafkaman.billing.rules..", "..testkit..", "..examples..")
        .because("the dependency direction is testkit and examples -> rules -> model")
        .check(MODEL);
  }

  @Test
  void modelNeedsNoImmutablesAtRunTime() {
    // Immutables' annotations have CLASS or SOURCE retention and are only read by the compiler;
    // what matters is that no compiled model class calls, reads or constructs anything of it.
    noClasses()
        .that()
        .resideInAPackage("co.kafkaman.billing.model..")
        .should()
        .accessClassesThat()
        .resideInAPackage("org.immutables..")
        .because("the published model depends at run time only on the JDK, JSR 354 and JSpecify")
        .check(MODEL);
  }
}
