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
package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.rules.change.ChangePolicy;
import co.kafkaman.billing.rules.dunning.DunningPolicy;
import co.kafkaman.billing.rules.flex.AutoFlexPolicy;
import co.kafkaman.billing.rules.flex.FlexChargeMode;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import co.kafkaman.billing.rules.renewal.FirstStub;

/**
 * The pluggable conventions the engine applies, as one value: proration, auto-flex (eligibility
 * rollouts, charge mode, reminders) and dunning (retries, grace, recipients). {@link #kafkaman()}
 * is the kafkaman product policy of RULES.md, {@link #standard()} the neutral one for a host's own
 * catalog (no kafkaman auto-flex rollouts); each {@code with*} copy swaps one convention.
 *
 * <p>Example: {@code BillingPolicy.kafkaman().withProration(ProrationConvention.KILL_BILL)}
 * prorates 2 seats at 12.00 with 17 of 31 days left as {@code 2 x 12.00 x 0.548387097 = 13.16};
 * {@code withProration(ProrationConvention.KAFKAMAN.withRounding(RoundingPolicy.HALF_EVEN))} rounds
 * a half cent to even.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BillingPolicy {
  private final ProrationConvention proration;
  private final AutoFlexPolicy autoFlex;
  private final DunningPolicy dunning;
  private final ChangePolicy changes;
  private final FirstStub firstStub;

  private BillingPolicy(
      ProrationConvention proration,
      AutoFlexPolicy autoFlex,
      DunningPolicy dunning,
      ChangePolicy changes,
      FirstStub firstStub) {
    this.proration = proration;
    this.autoFlex = autoFlex;
    this.dunning = dunning;
    this.changes = changes;
    this.firstStub = firstStub;
  }

  /**
   * Returns the kafkaman policy: {@link ProrationConvention#KAFKAMAN}, {@link
   * AutoFlexPolicy#kafkaman()} and {@link DunningPolicy#kafkaman()} (attempts on days 0, 3 and 7,
   * grace 21 days).
   *
   * @return the default policy
   */
  public static BillingPolicy kafkaman() {
    return new BillingPolicy(
        ProrationConvention.KAFKAMAN,
        AutoFlexPolicy.kafkaman(),
        DunningPolicy.kafkaman(),
        ChangePolicy.kafkaman(),
        FirstStub.PRORATED);
  }

  // --- the neutral policy (issue 11, lifecycle) ---

  /**
   * Returns the neutral policy for a host's own catalog: {@link ProrationConvention#KAFKAMAN}
   * (actual days, {@code HALF_UP}), auto-flex with no eligibility rollout (no plan gets auto-flex
   * by date; a host adds its own with {@link #withAutoFlex}) and the dunning of RULES.md ({@link
   * DunningPolicy#kafkaman()}: attempts on days 0, 3 and 7, grace 21 days). It differs from {@link
   * #kafkaman()} only in the auto-flex rollouts of 2021-04-08 and 2021-07-01, which name the
   * kafkaman plans.
   *
   * @return the neutral policy
   * @since 0.1.0
   */
  public static BillingPolicy standard() {
    return new BillingPolicy(
        ProrationConvention.KAFKAMAN,
        AutoFlexPolicy.kafkaman().withRollouts(java.util.List.of()),
        DunningPolicy.kafkaman(),
        ChangePolicy.kafkaman(),
        FirstStub.PRORATED);
  }

  /**
   * Returns the proration convention.
   *
   * @return the convention
   */
  public ProrationConvention proration() {
    return proration;
  }

  /**
   * Returns the auto-flex policy: eligibility rollouts, charge mode and reminder lead days.
   *
   * @return the auto-flex policy
   */
  public AutoFlexPolicy autoFlex() {
    return autoFlex;
  }

  /**
   * Returns the dunning policy: retries, grace and the recipients of payment notifications, as
   * effective-dated data.
   *
   * @return the dunning policy
   */
  public DunningPolicy dunning() {
    return dunning;
  }

  /**
   * Returns a copy prorating with {@code convention}, for example {@link
   * ProrationConvention#KILL_BILL}.
   *
   * @param convention the convention
   * @return the copy
   */
  public BillingPolicy withProration(ProrationConvention convention) {
    return new BillingPolicy(convention, autoFlex, dunning, changes, firstStub);
  }

  /**
   * Returns a copy with another auto-flex policy, for example one with a further rollout entry.
   *
   * @param policy the auto-flex policy
   * @return the copy
   */
  public BillingPolicy withAutoFlex(AutoFlexPolicy policy) {
    return new BillingPolicy(proration, policy, dunning, changes, firstStub);
  }

  /**
   * Returns a copy charging flex users with {@code mode}, for example {@link
   * FlexChargeMode#dayProrated()}.
   *
   * @param mode the charge mode
   * @return the copy
   */
  public BillingPolicy withFlexChargeMode(FlexChargeMode mode) {
    return new BillingPolicy(proration, autoFlex.withChargeMode(mode), dunning, changes, firstStub);
  }

  /**
   * Returns a copy with another dunning policy, for example one whose earlier version had 10 days
   * of grace.
   *
   * @param policy the dunning policy
   * @return the copy
   */
  public BillingPolicy withDunning(DunningPolicy policy) {
    return new BillingPolicy(proration, autoFlex, policy, changes, firstStub);
  }

  /**
   * Returns the change policy: which parts of a change may apply at once, only on renewal, or not
   * at all, and how immediate quantity changes are invoiced. {@link ChangePolicy#kafkaman()}
   * (RULES.md section 5) in both {@link #kafkaman()} and {@link #standard()}.
   *
   * @return the change policy
   * @since 0.1.0
   */
  public ChangePolicy changes() {
    return changes;
  }

  /**
   * Returns a copy deciding changes with {@code policy}, for example {@link
   * ChangePolicy#immediate()}: downgrades and removals apply at once, credited for the unused part
   * of the cycle.
   *
   * @param policy the change policy
   * @return the copy
   * @since 0.1.0
   */
  public BillingPolicy withChanges(ChangePolicy policy) {
    return new BillingPolicy(
        proration, autoFlex, dunning, java.util.Objects.requireNonNull(policy), firstStub);
  }

  /**
   * Returns how the first, partial cycle of a team created with a billing day is billed: {@link
   * FirstStub#PRORATED} in {@link #kafkaman()} and {@link #standard()}.
   *
   * @return the stub policy
   * @since 0.1.0
   */
  public FirstStub firstStub() {
    return firstStub;
  }

  /**
   * Returns a copy billing the first, partial cycle of a team created with a billing day by {@code
   * stub}, for example {@link FirstStub#FREE}.
   *
   * @param stub the stub policy
   * @return the copy
   * @since 0.1.0
   */
  public BillingPolicy withFirstStub(FirstStub stub) {
    return new BillingPolicy(
        proration, autoFlex, dunning, changes, java.util.Objects.requireNonNull(stub));
  }
}
