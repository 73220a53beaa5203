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
 * The agenda: {@link co.kafkaman.billing.rules.agenda.Agenda} lists every billing event of a team
 * that falls due in a date range, so a host's scheduler knows when to call the engine. Each {@link
 * co.kafkaman.billing.rules.agenda.AgendaEvent} has a date, an {@link
 * co.kafkaman.billing.rules.agenda.AgendaEventKind} (which names the command to apply) and a
 * reference; rules contribute events as {@link co.kafkaman.billing.rules.agenda.AgendaSource}s
 * (renewals here, payment attempts and grace ends in {@code rules.dunning}, auto-flex cycle ends
 * and reminders in {@code rules.flex}).
 *
 * <p>Worked example: a card invoice KB-000002 of USD 36.00 issued 2024-03-01 with the kafkaman
 * policy gives, for March 2024, {@code 2024-03-01 PAYMENT_ATTEMPT}, {@code 2024-03-04
 * PAYMENT_ATTEMPT}, {@code 2024-03-08 PAYMENT_ATTEMPT} and {@code 2024-03-22 GRACE_END}; a monthly
 * cycle {@code [2024-03-01, 2024-04-01)} adds {@code 2024-04-01 RENEWAL} when April 1 is in range.
 */
@NullMarked
package co.kafkaman.billing.rules.agenda;

import org.jspecify.annotations.NullMarked;
