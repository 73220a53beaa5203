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
 * Invariants of a team that every sequence of engine commands must keep, for users' tests: {@link
 * co.kafkaman.billing.testkit.invariants.TeamInvariants} checks a team (or one step of its life)
 * and returns or raises {@link co.kafkaman.billing.testkit.invariants.Violation}s with readable
 * messages; {@link co.kafkaman.billing.testkit.invariants.Invariant} names what is checked, and
 * {@link co.kafkaman.billing.testkit.invariants.InvariantsViolated} is the assertion error {@code
 * check} raises.
 *
 * <p>The invariants are computed from the team's invoices, receivables, billed items and history,
 * independently of the rules that produced them: totals against their lines, account credit granted
 * against consumed and balance, change credits against what was billed (and not voided), invoice
 * settlement, gapless numbering, chronology, replay and idempotency.
 *
 * <p>Worked example: a Basic team whose renewal invoice {@code KB-000002} ({@code 3 x 12.00 =
 * 36.00}) was voided still lists its 3 seats as billed 36.00: {@code check} raises {@code
 * CREDIT_BASIS: billed item 3 BASIC seats for [2024-04-01, 2024-05-01) says 36.00 was billed, but
 * no invoice that is not void bills it}.
 */
@NullMarked
package co.kafkaman.billing.testkit.invariants;

import org.jspecify.annotations.NullMarked;
