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
 * QuickTheories generators of billing values, valid by construction, with the cases that break
 * billing code weighted in: {@link co.kafkaman.billing.testkit.gen.MoneyGen} (currencies with 0, 2
 * and 3 decimals, zero and huge amounts and quantities, fractions), {@link
 * co.kafkaman.billing.testkit.gen.DateGen} (month ends, the 29th to 31st, February 29, first and
 * last days of a range), {@link co.kafkaman.billing.testkit.gen.CatalogGen} (price lists), {@link
 * co.kafkaman.billing.testkit.gen.TeamGen} (terms, members, billing details, cards, created teams),
 * {@link co.kafkaman.billing.testkit.gen.InvoiceGen} (lines whose arithmetic holds, whole
 * invoices), and whole team lives: {@link co.kafkaman.billing.testkit.gen.CommandGen} (one kind of
 * command for a team on a date) composed by {@link co.kafkaman.billing.testkit.gen.LifeGen}.
 *
 * <p>Worked example: a generated {@code SEAT_PRORATION} line always satisfies {@code amount =
 * round(quantity x unitPrice x fraction)}, e.g. {@code 2 x 12.00 x 17/31 days = 13.16}; a generated
 * JPY catalog prices a Basic seat at {@code JPY 1} as readily as at {@code JPY 1200}.
 */
@NullMarked
package co.kafkaman.billing.testkit.gen;

import org.jspecify.annotations.NullMarked;
