/**
 * A host application that is itself a named module: it requires the library's three modules by
 * name, as a modular application does, and runs on the module path.
 */
module co.kafkaman.billing.modularhost {
  requires co.kafkaman.billing.model;
  requires co.kafkaman.billing.rules;
  requires co.kafkaman.billing.testkit;
  requires static org.jspecify;

  exports co.kafkaman.billing.modularhost;
}
