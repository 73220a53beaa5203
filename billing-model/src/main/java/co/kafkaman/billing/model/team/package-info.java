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
 * The billed account: {@link co.kafkaman.billing.model.team.Team} (members, subscription, cards,
 * billing details, account credit, {@link co.kafkaman.billing.model.team.Standing}, invoices and
 * history), {@link co.kafkaman.billing.model.team.Member}s with {@link
 * co.kafkaman.billing.model.team.Role}s, and the {@link
 * co.kafkaman.billing.model.team.Subscription} with its {@link
 * co.kafkaman.billing.model.team.Terms}, {@link co.kafkaman.billing.model.team.BilledItem}s (what
 * was billed this cycle, per {@link co.kafkaman.billing.model.team.ChargeItem}) and {@link
 * co.kafkaman.billing.model.team.OverageSetting}s. Usage of the open usage month is a {@link
 * co.kafkaman.billing.model.team.UsageLedger} of {@link co.kafkaman.billing.model.team.UsageTally}s
 * (used, billable, per source); auto-flex keeps the open {@link
 * co.kafkaman.billing.model.team.AutoFlexCycle} (members at its start and each {@link
 * co.kafkaman.billing.model.team.MemberCountChange}) and the {@link
 * co.kafkaman.billing.model.team.AutoFlexAcceptance} of an opt-in.
 *
 * <p>Worked example: a monthly Basic team with 5 seats billed 60.00 on 2024-03-01 has one billed
 * item {@code 5 BASIC seats, [2024-03-01, 2024-04-01), billed 60.00, credited 0.00}; upgrading on
 * 2024-03-15 credits at most that 60.00 minus earlier credits.
 */
@NullMarked
package co.kafkaman.billing.model.team;

import org.jspecify.annotations.NullMarked;
