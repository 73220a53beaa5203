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

/** Runs every example in turn: the README's first command. */
public final class AllExamples {
  private AllExamples() {}

  /**
   * Runs all examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    HostCatalogExamples.main(args);
    PricingModelExamples.main(args);
    ProrationExamples.main(args);
    ChangeExamples.main(args);
    UsageExamples.main(args);
    AutoFlexExamples.main(args);
    PaymentExamples.main(args);
    ScenarioExamples.main(args);
  }
}
