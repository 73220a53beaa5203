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
package co.kafkaman.billing.rules.agenda;

/**
 * What falls due on an agenda date, and which engine command the host applies then. The constants
 * are in the order a host should handle events that fall on the same day.
 *
 * @since 0.1.0
 */
public enum AgendaEventKind {
  /**
   * An auto-flex cycle ends inside a billing cycle (a quarter of an annual term): apply {@code
   * Command.CloseUsageMonth}, which bills the flex users and the usage month's overage on one
   * invoice. When an auto-flex cycle ends with the billing cycle, {@link #RENEWAL} bills it.
   */
  AUTO_FLEX_CYCLE_END,
  /**
   * A usage month ends inside a billing cycle (annual plans) and no auto-flex cycle ends with it:
   * apply {@code Command.CloseUsageMonth}, which bills the month's overage.
   */
  USAGE_MONTH_END,
  /** The billing cycle ends: apply {@code Command.Renew} on this date. */
  RENEWAL,
  /**
   * An auto-flex cycle ends soon: apply {@code Command.RemindAutoFlex}, which yields the reminder
   * to billing members and admins.
   */
  AUTO_FLEX_REMINDER,
  /**
   * An automatic payment attempt is due: ask {@code BillingEngine.chargeFor} what to charge, charge
   * it, and report the outcome with {@code Command.ReportPaymentAttempt}. Attempts after the next
   * one happen only if the earlier ones fail.
   */
  PAYMENT_ATTEMPT,
  /**
   * An invoice without automatic attempts (pay by invoice, or marked uncollectible) is past its due
   * date: apply {@code Command.EvaluateDunning}; if still unpaid the team is past due.
   */
  PAYMENT_OVERDUE,
  /**
   * The grace period of an unpaid invoice ends: apply {@code Command.EvaluateDunning}; if still
   * unpaid the team is deactivated.
   */
  GRACE_END,
  /**
   * An unpaid invoice reaches an overdue stage of the dunning policy that does not deactivate (such
   * as one blocking immediate changes, {@code OverdueEffect.BLOCK_CHANGES}): apply {@code
   * Command.EvaluateDunning}; if still unpaid the history records the stage reached ({@code
   * OVERDUE_STAGE_REACHED}, once per stage and invoice). The stage's effects do not wait for it:
   * the engine works them out on each command. Listed also so a host can tell the team in advance.
   */
  OVERDUE_STAGE
}
