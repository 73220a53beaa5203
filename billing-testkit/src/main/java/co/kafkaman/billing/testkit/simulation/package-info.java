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
 * A test clock: {@link co.kafkaman.billing.testkit.simulation.Simulator} drives one team through
 * dated commands and advances time, applying what falls due on each date, as {@link
 * co.kafkaman.billing.testkit.simulation.DueEvents} discovers it ({@link
 * co.kafkaman.billing.testkit.simulation.DueEvent}s; by default the engine's agenda: renewals,
 * usage-month and auto-flex cycle ends, reminders, payment attempts answered by a {@link
 * co.kafkaman.billing.testkit.simulation.PaymentProcessor}, dunning dates), and collects outcomes,
 * invoices, notification intents and history. Deterministic; never sleeps, never reads a clock.
 *
 * <p>Worked example: a Basic team with 3 monthly seats created 2024-01-31 and advanced to
 * 2025-01-31 renews 12 times, on 2024-02-29, 2024-03-31, 2024-04-30, ... 2025-01-31 (boundaries
 * from the anchor, month-end clamped), each renewal invoicing {@code 3 x 12.00 = 36.00}: 13
 * invoices, 468.00 in all.
 */
@NullMarked
package co.kafkaman.billing.testkit.simulation;

import org.jspecify.annotations.NullMarked;
