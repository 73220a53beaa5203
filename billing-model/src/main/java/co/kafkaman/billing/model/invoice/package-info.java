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
 * Invoices: {@link co.kafkaman.billing.model.invoice.Invoice} (immutable once issued, totals
 * derived from its lines), {@link co.kafkaman.billing.model.invoice.InvoiceLine} (kind, quantity,
 * unit price, fraction, service period, amount, and an explanation rendered from those), {@link
 * co.kafkaman.billing.model.invoice.LineKind}, {@link
 * co.kafkaman.billing.model.invoice.InvoiceStatus} (legal transitions only), {@link
 * co.kafkaman.billing.model.invoice.InvoiceNumbering} (a gapless sequence) and {@link
 * co.kafkaman.billing.model.invoice.BillingDetails} (copied onto each invoice when issued).
 *
 * <p>Worked example: a $10 plan upgraded to $20 halfway through a 30-day cycle is invoiced as
 * {@code CHANGE_CREDIT 1 x -10.00 x 15/30 days = -5.00} and {@code SEAT_PRORATION 1 x 20.00 x 15/30
 * days = 10.00}; subtotal and total due 5.00.
 */
@NullMarked
package co.kafkaman.billing.model.invoice;

import org.jspecify.annotations.NullMarked;
