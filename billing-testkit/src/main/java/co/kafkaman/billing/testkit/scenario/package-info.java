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
 * Scenario files: human-written YAML billing stories (catalog, team, dated commands, expected
 * invoices, notifications and standings) and their runner. {@link
 * co.kafkaman.billing.testkit.scenario.ScenarioFormat} reads a file into a {@link
 * co.kafkaman.billing.testkit.scenario.Scenario}, reporting every malformed value with file, line
 * and key ({@link co.kafkaman.billing.testkit.scenario.ScenarioException}); {@link
 * co.kafkaman.billing.testkit.scenario.ScenarioRunner} runs files or folders in a simulator and
 * reports each {@link co.kafkaman.billing.testkit.scenario.Mismatch} as a small diff ({@link
 * co.kafkaman.billing.testkit.scenario.ScenarioResult}). New commands and expectations plug in
 * through {@link co.kafkaman.billing.testkit.scenario.CommandReader} and {@link
 * co.kafkaman.billing.testkit.scenario.ExpectationReader}.
 *
 * <p>Worked example: the step {@code - on: 2024-03-15, change: {seats: 5}} for a Basic team with 3
 * seats on cycle {@code [2024-03-01, 2024-04-01)} expects {@code invoices: [{lines:
 * ["SEAT_PRORATION 2 x 12.00 x 17/31 days = 13.16"], total: 13.16}]}; writing {@code total: 13.17}
 * fails with {@code - expected: USD 13.17 / + actual: USD 13.16} and the invoice printed below.
 */
@NullMarked
package co.kafkaman.billing.testkit.scenario;

import org.jspecify.annotations.NullMarked;
