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
package co.kafkaman.billing.model.invoice;

/**
 * The life of an issued invoice. Legal transitions: {@code OPEN -> PAID | VOID | UNCOLLECTIBLE},
 * {@code UNCOLLECTIBLE -> PAID | VOID}. {@code PAID} and {@code VOID} are final.
 *
 * @since 0.1.0
 */
public enum InvoiceStatus {
  /** Issued and awaiting payment. */
  OPEN,
  /** Paid in full. */
  PAID,
  /** Cancelled; never to be paid. */
  VOID,
  /** Written off as unlikely to be paid; may still be paid later. */
  UNCOLLECTIBLE;

  /**
   * Returns whether an invoice in this status may move to {@code next}.
   *
   * @param next the status asked for
   * @return true for a legal transition
   */
  public boolean canBecome(InvoiceStatus next) {
    return switch (this) {
      case OPEN -> next != OPEN;
      case UNCOLLECTIBLE -> next == PAID || next == VOID;
      case PAID, VOID -> false;
    };
  }
}
