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
 * The billing testkit: what tests of billing code need, for this project and for hosts that build
 * their own pricing on the engine.
 *
 * <p>Map: {@link co.kafkaman.billing.testkit.TeamFixture} (a created team with sensible defaults);
 * {@code gen} (QuickTheories generators of valid model values and whole team lives, edge cases
 * weighted in); {@code assertions} (AssertJ assertions on amounts, invoices, teams and outcomes,
 * printing invoices readably); {@code simulation} (a test clock applying what falls due); {@code
 * scenario} (human-written YAML billing stories and their runner); {@code invariants} (what every
 * team must keep: totals, account credit, credit basis, settlement, numbering, chronology, replay,
 * idempotency).
 *
 * <p>Worked example: {@code TeamFixture.of(BillingEngine.of(Catalog.kafkamanSample())).team()} is
 * team {@code acme} on Basic monthly with 3 seats from 2024-03-01, first invoice {@code KB-000001}
 * with the line {@code 3 x 12.00 = 36.00}.
 */
@NullMarked
package co.kafkaman.billing.testkit;

import org.jspecify.annotations.NullMarked;
