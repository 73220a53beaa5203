/**
 * The kafkaman billing model: immutable values for money, time, catalog, team, invoice, payment and
 * history. No rules, no I/O.
 */
module co.kafkaman.billing.model {
  requires transitive java.money;
  requires org.javamoney.moneta;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports co.kafkaman.billing.model;
  exports co.kafkaman.billing.model.money;
  exports co.kafkaman.billing.model.time;
  exports co.kafkaman.billing.model.catalog;
  exports co.kafkaman.billing.model.team;
  exports co.kafkaman.billing.model.invoice;
  exports co.kafkaman.billing.model.payment;
  exports co.kafkaman.billing.model.history;
}
