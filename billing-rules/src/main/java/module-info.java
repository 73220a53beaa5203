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
 * The kafkaman billing rules: pure functions over the model behind one engine. Never reads a clock,
 * never prints; logs through SLF4J at the engine's edge only.
 */
module co.kafkaman.billing.rules {
  requires transitive co.kafkaman.billing.model;
  requires org.slf4j;
  requires static org.jspecify;

  exports co.kafkaman.billing.rules.calendar;
  exports co.kafkaman.billing.rules.proration;
  exports co.kafkaman.billing.rules.change;
  exports co.kafkaman.billing.rules.renewal;
  exports co.kafkaman.billing.rules.usage;
  exports co.kafkaman.billing.rules.flex;
  exports co.kafkaman.billing.rules.invoicing;
  exports co.kafkaman.billing.rules.payment;
  exports co.kafkaman.billing.rules.dunning;
  exports co.kafkaman.billing.rules.agenda;
  exports co.kafkaman.billing.rules.history;
  exports co.kafkaman.billing.rules.engine;
}
