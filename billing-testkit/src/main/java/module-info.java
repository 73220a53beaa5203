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
/**
 * The kafkaman billing testkit: what tests of billing code need. Generators of valid model values
 * and whole team lives ({@code gen}), AssertJ assertions that print invoices readably ({@code
 * assertions}), a simulator with a test clock ({@code simulation}), a scenario-file runner ({@code
 * scenario}) and the invariants every team must keep ({@code invariants}). Meant for the test scope
 * of its users.
 */
module co.kafkaman.billing.testkit {
  requires transitive co.kafkaman.billing.rules;
  requires transitive quicktheories;
  requires transitive org.assertj.core;
  requires org.yaml.snakeyaml;
  requires static org.jspecify;

  exports co.kafkaman.billing.testkit;
  exports co.kafkaman.billing.testkit.gen;
  exports co.kafkaman.billing.testkit.assertions;
  exports co.kafkaman.billing.testkit.simulation;
  exports co.kafkaman.billing.testkit.invariants;
  exports co.kafkaman.billing.testkit.scenario;
}
