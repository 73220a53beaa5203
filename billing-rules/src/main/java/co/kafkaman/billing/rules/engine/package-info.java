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
 * The engine: {@link co.kafkaman.billing.rules.engine.BillingEngine}, the one façade host
 * applications call, with its sealed {@link co.kafkaman.billing.rules.engine.Command}s, {@link
 * co.kafkaman.billing.rules.engine.Outcome}s (accepted with the new team, invoices, notifications
 * and history entries; or refused with the team unchanged, a code and an alternative), the {@link
 * co.kafkaman.billing.rules.engine.Creation} of a new team (accepted, or refused without a team),
 * and the {@link co.kafkaman.billing.rules.engine.BillingPolicy} of pluggable conventions
 * (proration, auto-flex, dunning). The engine also answers the queries of a billing dashboard and a
 * host's scheduler (agenda, pending payments, overview, what to charge, usage, auto-flex overview)
 * and replays a history into the team it came from.
 *
 * <p>Subscription commands: change plan, seats, frequency or add-ons (immediately or on renewal),
 * set, replace or clear standing instructions (cancel = Free at renewal) before the cycle ends,
 * renew at the cycle's end; {@code quoteRenewal} prices the renewal without issuing anything.
 *
 * <p>Worked example: {@code engine.apply(team, ChangeSubscription.of("c-1", "ana",
 * terms.withSeats(5), IMMEDIATELY), 2024-03-15)} for a Basic team with 3 seats on cycle {@code
 * [2024-03-01, 2024-04-01)} is accepted and issues one invoice with the line {@code 2 x 12.00 x
 * 17/31 days = 13.16}. With 10.00 of account credit, that invoice adds {@code
 * ACCOUNT_CREDIT_APPLIED -10.00} and 3.16 is due.
 */
@NullMarked
package co.kafkaman.billing.rules.engine;

import org.jspecify.annotations.NullMarked;
