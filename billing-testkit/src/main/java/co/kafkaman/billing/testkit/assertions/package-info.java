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
 * AssertJ assertions for billing values: {@link
 * co.kafkaman.billing.testkit.assertions.BillingAssertions} (the {@code assertThat} entry point),
 * {@link co.kafkaman.billing.testkit.assertions.AmountAssert}, {@link
 * co.kafkaman.billing.testkit.assertions.InvoiceAssert}, {@link
 * co.kafkaman.billing.testkit.assertions.TeamAssert}, {@link
 * co.kafkaman.billing.testkit.assertions.OutcomeAssert}, and {@link
 * co.kafkaman.billing.testkit.assertions.BillingRepresentation}, which prints invoices, teams and
 * outcomes readably in every failure message.
 *
 * <p>Worked example: after adding 2 Basic seats on 2024-03-15 to a team on cycle {@code
 * [2024-03-01, 2024-04-01)}, {@code assertThat(invoice).hasLine(SEAT_PRORATION,
 * "13.16").explanationMentions("17/31")} passes ({@code 2 x 12.00 x 17/31 days = 13.16}); {@code
 * hasLine(SEAT_PRORATION, "13.17")} fails and prints the whole invoice.
 */
@NullMarked
package co.kafkaman.billing.testkit.assertions;

import org.jspecify.annotations.NullMarked;
