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
 * Account history and the dashboard's queries (RULES.md section 12): {@link
 * co.kafkaman.billing.rules.history.AccountHistory} answers history between dates, past invoices,
 * {@link co.kafkaman.billing.rules.history.PendingPayment}s and the {@link
 * co.kafkaman.billing.rules.history.BillingOverview}, and finds the entries and invoices a command
 * produced (what a repeated command returns); {@link
 * co.kafkaman.billing.rules.history.IssuedInvoice} keeps each invoice as issued in the history.
 * Replaying a history into a team is the engine's ({@code BillingEngine.replay}).
 *
 * <p>Worked example: command {@code c-9} renewing a Basic team of 3 seats on 2024-04-01 appended
 * {@code c-9} ({@code RENEWED}) and {@code c-9/1} ({@code INVOICE_ISSUED}, payload the invoice
 * KB-000003 of USD 36.00 as issued); {@code entriesOf(team, "c-9")} returns both and {@code
 * invoicesIssuedBy(team, "c-9")} returns KB-000003 as OPEN even after it was paid.
 */
@NullMarked
package co.kafkaman.billing.rules.history;

import org.jspecify.annotations.NullMarked;
