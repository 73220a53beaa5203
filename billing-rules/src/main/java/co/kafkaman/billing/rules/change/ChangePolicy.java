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
package co.kafkaman.billing.rules.change;

import co.kafkaman.billing.model.team.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which parts of a change may apply when, as data: an ordered list of {@link ChangeRule}s, the
 * first match deciding each {@link ChangePart} of a request (Kill Bill's catalog change rules work
 * the same way), and the {@link ProrationLayout} of immediate quantity changes. A part that no rule
 * matches is {@link ChangeTiming#REFUSED}, as Kill Bill refuses a change its rules do not cover.
 *
 * <p>Each part is decided on its own: a request applies immediately only when every part it has
 * may; otherwise it is refused naming each part that may apply only on renewal (or not at all).
 *
 * <p>Shipped policies:
 *
 * <table>
 *   <caption>What each shipped policy allows at once</caption>
 *   <tr><th>part</th><th>{@link #kafkaman()}</th><th>{@link #killBill()}</th>
 *       <th>{@link #immediate()}</th></tr>
 *   <tr><td>upgrade</td><td>immediately</td><td>on renewal</td><td>immediately</td></tr>
 *   <tr><td>downgrade</td><td>on renewal</td><td>on renewal</td><td>immediately, credited</td></tr>
 *   <tr><td>seats or blocks added</td><td>immediately</td><td>immediately</td>
 *       <td>immediately</td></tr>
 *   <tr><td>seats or blocks removed</td><td>on renewal</td><td>on renewal</td>
 *       <td>immediately, credited</td></tr>
 *   <tr><td>longer period</td><td>immediately, new term</td><td>immediately, new term</td>
 *       <td>immediately, new term</td></tr>
 *   <tr><td>shorter period</td><td>on renewal</td><td>on renewal</td>
 *       <td>immediately, new term, credited</td></tr>
 *   <tr><td>to or from a sales-assisted plan</td><td>immediately (with a sales-assisted
 *       request)</td><td>on renewal</td><td>immediately (with a sales-assisted request)</td></tr>
 * </table>
 *
 * <p>A change accepted immediately that lowers what the team pays credits the unused part of what
 * was billed, on the credit basis and cap of RULES.md section 4; a net negative invoice becomes
 * account credit that later invoices consume. Example under {@link #immediate()}: 5 Basic seats at
 * 12.00 billed for {@code [2024-03-01, 2024-04-01)}, 3 seats from 2024-03-15: {@code "Credit:
 * unused 2 Basic seats"}, {@code 2 x -12.00 x 17/31 days = -13.16}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChangePolicy {
  private static final ChangePolicy KAFKAMAN =
      new ChangePolicy(
          "kafkaman",
          List.of(
              ChangeRule.of(ChangePart.PLAN_DOWNGRADE, ChangeTiming.ON_RENEWAL),
              ChangeRule.of(ChangePart.SEATS_REMOVED, ChangeTiming.ON_RENEWAL),
              ChangeRule.of(ChangePart.BLOCKS_REMOVED, ChangeTiming.ON_RENEWAL),
              ChangeRule.of(ChangePart.PERIOD_SHORTER, ChangeTiming.ON_RENEWAL),
              ChangeRule.always(ChangeTiming.IMMEDIATELY)),
          ProrationLayout.DIFFERENCE,
          Timing.ON_RENEWAL,
          false,
          false);

  private static final ChangePolicy KILL_BILL =
      new ChangePolicy(
          "Kill Bill",
          List.of(
              ChangeRule.of(ChangePart.PERIOD_LONGER, ChangeTiming.IMMEDIATELY),
              ChangeRule.of(ChangePart.PERIOD_SHORTER, ChangeTiming.ON_RENEWAL),
              ChangeRule.of(ChangePart.SEATS_ADDED, ChangeTiming.IMMEDIATELY),
              ChangeRule.of(ChangePart.BLOCKS_ADDED, ChangeTiming.IMMEDIATELY),
              ChangeRule.always(ChangeTiming.ON_RENEWAL)),
          ProrationLayout.DIFFERENCE,
          Timing.ON_RENEWAL,
          true,
          true);

  private static final ChangePolicy IMMEDIATE =
      new ChangePolicy(
          "immediate",
          List.of(ChangeRule.always(ChangeTiming.IMMEDIATELY)),
          ProrationLayout.DIFFERENCE,
          Timing.IMMEDIATELY,
          true,
          false);

  private final String name;
  private final List<ChangeRule> rules;
  private final ProrationLayout layout;
  private final Timing cancellation;
  private final boolean pausable;
  private final boolean anniversaryKept;

  private ChangePolicy(
      String name,
      List<ChangeRule> rules,
      ProrationLayout layout,
      Timing cancellation,
      boolean pausable,
      boolean anniversaryKept) {
    this.name = Objects.requireNonNull(name, "name");
    this.rules = List.copyOf(rules);
    this.layout = Objects.requireNonNull(layout, "layout");
    this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    this.pausable = pausable;
    this.anniversaryKept = anniversaryKept;
    this.fixed = fixedTimings(this.rules);
  }

  /**
   * The timing of each part whose first candidate rule has no plan or period condition: found
   * without trying the rules (the usual case, checked on every change); null where a conditional
   * rule may match first.
   */
  private final @Nullable ChangeTiming[] fixed;

  private static @Nullable ChangeTiming[] fixedTimings(List<ChangeRule> rules) {
    @Nullable ChangeTiming[] fixed = new ChangeTiming[ChangePart.values().length];
    for (ChangePart part : ChangePart.values()) {
      for (ChangeRule rule : rules) {
        if (rule.part() != null && rule.part() != part) {
          continue;
        }
        boolean unconditional =
            rule.fromPlan() == null
                && rule.toPlan() == null
                && rule.fromPeriod() == null
                && rule.toPeriod() == null;
        fixed[part.ordinal()] = unconditional ? rule.timing() : null;
        break;
      }
    }
    return fixed;
  }

  /**
   * Returns the kafkaman default, RULES.md section 5 as rules: a downgrade, fewer seats, fewer
   * blocks and a shorter billing period only on renewal; everything else immediately, prorated with
   * {@link ProrationLayout#DIFFERENCE}.
   *
   * @return the kafkaman policy
   */
  public static ChangePolicy kafkaman() {
    return KAFKAMAN;
  }

  /**
   * Returns the change rules of Kill Bill's reference catalog ({@code SpyCarAdvanced}): a longer
   * billing period immediately ({@code MONTHLY -> ANNUAL: IMMEDIATE}), a shorter one at the end of
   * the term, add-ons (here: added seats and blocks) bought at once, and every other change at the
   * end of the term ({@code END_OF_TERM}), prorated with {@link ProrationLayout#DIFFERENCE}. Kill
   * Bill evaluates one rule per change where this policy decides each part: a monthly Basic to
   * annual Professional request is immediate there and refused here (its upgrade is on renewal).
   *
   * @return the Kill Bill policy
   */
  public static ChangePolicy killBill() {
    return KILL_BILL;
  }

  /**
   * Returns the policy applying every part immediately (Chargebee's and Flexprice's immediate
   * changes, Kill Bill's {@code IMMEDIATE} policy): reductions are credited for the unused part of
   * the cycle; prorated with {@link ProrationLayout#DIFFERENCE}.
   *
   * @return the immediate policy
   */
  public static ChangePolicy immediate() {
    return IMMEDIATE;
  }

  /**
   * Returns a policy of the host's own rules, the first match deciding each part; a part no rule
   * matches is refused.
   *
   * @param name the policy's name, for summaries
   * @param rules the rules, in order
   * @return the policy, prorated with {@link ProrationLayout#DIFFERENCE}
   */
  public static ChangePolicy of(String name, List<ChangeRule> rules) {
    return new ChangePolicy(
        name, rules, ProrationLayout.DIFFERENCE, Timing.ON_RENEWAL, false, false);
  }

  /**
   * Returns a copy with {@code rule} ahead of every other rule: an exception to the policy, such as
   * letting teams drop to a free plan at once.
   *
   * @param rule the rule
   * @return the copy
   */
  public ChangePolicy withFirstRule(ChangeRule rule) {
    List<ChangeRule> copy = new ArrayList<>(rules.size() + 1);
    copy.add(Objects.requireNonNull(rule, "rule"));
    copy.addAll(rules);
    return new ChangePolicy(name, copy, layout, cancellation, pausable, anniversaryKept);
  }

  /**
   * Returns a copy invoicing immediate quantity changes with {@code layout}.
   *
   * @param layout the layout
   * @return the copy
   */
  public ChangePolicy withLayout(ProrationLayout layout) {
    return new ChangePolicy(name, rules, layout, cancellation, pausable, anniversaryKept);
  }

  /**
   * Returns a copy cancelling at {@code timing}: {@link Timing#ON_RENEWAL} ends the subscription at
   * the end of its term (Kill Bill's {@code END_OF_TERM}), {@link Timing#IMMEDIATELY} ends it on
   * the cancellation day and credits the unused part of what was billed.
   *
   * @param timing when a cancellation takes effect
   * @return the copy
   */
  public ChangePolicy withCancellation(Timing timing) {
    return new ChangePolicy(name, rules, layout, timing, pausable, anniversaryKept);
  }

  /**
   * Returns when a {@code Cancel} takes effect: {@link Timing#ON_RENEWAL} (the end of the term, the
   * default of {@link #kafkaman()} and {@link #killBill()}) or {@link Timing#IMMEDIATELY} ({@link
   * #immediate()}). Example, immediately: 5 Basic seats at 12.00 billed for {@code [2024-03-01,
   * 2024-04-01)} and cancelled on 2024-03-15 end that day with {@code "Credit: unused 5 Basic
   * seats"}, {@code 5 x -12.00 x 17/31 days = -32.90}, credited to the account.
   *
   * @return the cancellation timing
   */
  public Timing cancellation() {
    return cancellation;
  }

  /**
   * Returns a copy that offers pause and resume, or not.
   *
   * @param offered whether {@code Pause} and {@code Resume} are accepted
   * @return the copy
   */
  public ChangePolicy withPause(boolean offered) {
    return new ChangePolicy(name, rules, layout, cancellation, offered, anniversaryKept);
  }

  /**
   * Returns whether a team may pause billing ({@code Pause}: the cycle ends that day, the unused
   * part credited) and resume it ({@code Resume}: a new cycle from that day), as Kill Bill's pause
   * and resume do: offered by {@link #killBill()} and {@link #immediate()}, not by {@link
   * #kafkaman()}; a pause the policy does not offer is refused {@code CHANGE_NOT_ALLOWED}.
   *
   * @return true when pause and resume are offered
   */
  public boolean pausable() {
    return pausable;
  }

  /**
   * Returns a copy that keeps the anniversary on an immediate change of billing period, or starts
   * the new term on the change day.
   *
   * @param kept whether the anchor stays
   * @return the copy
   */
  public ChangePolicy withAnniversaryKept(boolean kept) {
    return new ChangePolicy(name, rules, layout, cancellation, pausable, kept);
  }

  /**
   * Returns whether an immediate change of billing period (monthly to annual) keeps the anchor: the
   * new period's cycle that contains the change day, counted from the anchor, is charged pro rata
   * from the change day (a first stub), and renewals stay on the anniversary, as Kill Bill's
   * subscription billing alignment and Lago's anniversary billing do ({@link #killBill()}). False
   * ({@link #kafkaman()}, {@link #immediate()}): the new term starts on the change day, which
   * becomes the anchor. Example, kept: Basic monthly since 2024-01-10 switched to annual on
   * 2024-03-15 credits {@code 1 x -12.00 x 26/31 days = -10.06} and charges the annual cycle {@code
   * [2024-01-10, 2025-01-10)} from that day, {@code 1 x 144.00 x 301/366 days = 118.43}; it renews
   * on 2025-01-10.
   *
   * @return true when the anniversary is kept
   */
  public boolean keepsAnniversary() {
    return anniversaryKept;
  }

  /**
   * Returns what the policy allows for {@code part} of a change from {@code current} to {@code
   * target}: the timing of the first matching rule, {@link ChangeTiming#REFUSED} when none matches.
   *
   * @param part the part of the change
   * @param current the terms in place
   * @param target the terms requested
   * @return the timing allowed
   */
  public ChangeTiming timingOf(ChangePart part, Terms current, Terms target) {
    ChangeTiming known = fixed[part.ordinal()];
    if (known != null) {
      return known;
    }
    for (ChangeRule rule : rules) {
      if (rule.matches(part, current, target)) {
        return rule.timing();
      }
    }
    return ChangeTiming.REFUSED;
  }

  /**
   * Returns the policy's name, such as {@code "kafkaman"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the rules, in the order they are tried.
   *
   * @return the rules
   */
  public List<ChangeRule> rules() {
    return rules;
  }

  /**
   * Returns how immediate quantity changes are invoiced.
   *
   * @return the layout
   */
  public ProrationLayout layout() {
    return layout;
  }

  /**
   * Returns the name, the rules, the layout and the cancellation timing: {@code "kafkaman
   * [PLAN_DOWNGRADE: ON_RENEWAL, ..., any part: IMMEDIATELY] DIFFERENCE, cancel ON_RENEWAL"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name
        + " "
        + rules
        + " "
        + layout
        + ", cancel "
        + cancellation
        + (pausable ? ", pause and resume" : "")
        + (anniversaryKept ? ", anniversary kept" : "");
  }
}
