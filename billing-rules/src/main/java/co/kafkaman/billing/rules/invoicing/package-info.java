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
 * Invoicing: {@link co.kafkaman.billing.rules.invoicing.Lines} builds lines that carry their own
 * arithmetic; {@link co.kafkaman.billing.rules.invoicing.InvoiceIssuer} numbers an invoice from the
 * team's gapless sequence, copies the billing details, applies account credit first and moves a net
 * credit to the account; {@link co.kafkaman.billing.rules.invoicing.InvoiceLifecycle} allows only
 * the legal status transitions; {@link co.kafkaman.billing.rules.invoicing.InvoiceText} and {@link
 * co.kafkaman.billing.rules.invoicing.InvoiceHtml} render one as plain text or HTML.
 *
 * <p>Worked example: a change yielding lines {@code -5.00} and {@code +10.00} for a team holding
 * 2.00 of account credit issues invoice {@code KB-000002} with an extra {@code
 * ACCOUNT_CREDIT_APPLIED -2.00} line: subtotal 5.00, credits applied 2.00, total due 3.00.
 */
@NullMarked
package co.kafkaman.billing.rules.invoicing;

import org.jspecify.annotations.NullMarked;
