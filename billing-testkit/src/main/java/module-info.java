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
