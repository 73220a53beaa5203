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
