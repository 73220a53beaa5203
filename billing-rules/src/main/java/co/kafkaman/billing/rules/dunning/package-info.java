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
 * Failed payments, grace and deactivation (RULES.md section 10): {@link
 * co.kafkaman.billing.rules.dunning.DunningPolicy} is the one effective-dated policy (versions of
 * {@link co.kafkaman.billing.rules.dunning.DunningTerms}: a {@link
 * co.kafkaman.billing.rules.dunning.RetrySchedule}, the grace length and the recipients of each
 * notification) that drives both the retries and the grace timeline; {@link
 * co.kafkaman.billing.rules.dunning.DunningRules} opens a receivable for each invoice issued,
 * applies reported attempts and payments, re-evaluates the standing and lists the dunning events of
 * the agenda; each rule returns a {@link co.kafkaman.billing.rules.dunning.DunningStep} (the team,
 * entries to record, notification intents).
 *
 * <p>Worked example (kafkaman policy: attempts on days 0, 3, 7, grace 21 days): a card invoice of
 * USD 36.00 issued 2024-03-01 is attempted on 03-01, 03-04 and 03-08; after the third failure the
 * team is {@code PAST_DUE} with grace until 03-21 and is {@code DEACTIVATED} on 03-22 if unpaid. A
 * pay-by-invoice invoice issued 2024-03-01 on net 30 is due 03-31, past due from 04-01 and
 * deactivates the team on 04-21. With an earlier version of 10 days grace, the card invoice would
 * deactivate on 03-11.
 *
 * <p>Dunning as policy: a {@link co.kafkaman.billing.rules.dunning.RetrySchedule} of offsets or of
 * waits after each failed attempt (Kill Bill's {@code retry.days}); a {@link
 * co.kafkaman.billing.rules.dunning.DunningEnd} (deactivate, cancel the subscription, mark the
 * invoice uncollectible); {@link co.kafkaman.billing.rules.dunning.OverdueStage}s with {@link
 * co.kafkaman.billing.rules.dunning.OverdueEffect}s, as Kill Bill's {@code overdue.xml}; and what
 * renewals do while the team is overdue ({@link co.kafkaman.billing.rules.dunning.OverdueRenewals}).
 * As Kill Bill records each overdue state transition, a stage that does not deactivate leaves
 * history: {@code OVERDUE_STAGE_REACHED} once per stage and invoice, from the first dunning
 * evaluation on or after its day (a stage {@code blocked} at 10 days, invoice due 2024-03-01:
 * reached on 03-11), and {@code OVERDUE_STAGE_LEFT} when the invoice is paid, void or written off.
 */
@NullMarked
package co.kafkaman.billing.rules.dunning;

import org.jspecify.annotations.NullMarked;
