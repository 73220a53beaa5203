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
package co.kafkaman.billing.model.history;

/**
 * What a notification intent is about.
 *
 * @since 0.1.0
 */
public enum NotificationKind {
  /** An invoice was issued. */
  INVOICE_ISSUED,
  /** A payment attempt failed. */
  PAYMENT_FAILED,
  /** The last automatic attempt failed; the grace period starts (non-payment). */
  NON_PAYMENT,
  /** Grace ended unpaid; the team is deactivated. */
  DEACTIVATED,
  /** A payment brought the team back to good standing. */
  REACTIVATED,
  /** An auto-flex cycle ends soon; added users will be billed. */
  AUTO_FLEX_REMINDER,
  /** Flex users were billed. */
  AUTO_FLEX_BILLED,
  /** Usage reached the entitlement while overage is disallowed. */
  USAGE_LIMIT_REACHED
}
