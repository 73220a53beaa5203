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
package co.kafkaman.billing.rules.flex;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.team.AutoFlexAcceptance;
import co.kafkaman.billing.model.team.AutoFlexCycle;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.MemberCountChange;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.calendar.ScheduleProjection;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Auto-flex (RULES.md section 8): members beyond paid seats, the auto-flex cycle, the billing of
 * flex users at its end, locked flex seats, opt-in, reminders and the overview.
 *
 * <ul>
 *   <li>Auto-flex applies when it is on ({@link Subscription#autoFlexEnabled()}) and the plan is
 *       auto-flex eligible in the catalog. The {@link AutoFlexPolicy}'s rollouts turn it on at a
 *       purchase, an opt-in or a renewal.
 *   <li>With auto-flex on, an admin may add members beyond paid seats; with it off that is refused
 *       with {@code SEATS_EXHAUSTED} (buy seats first). Removing a member is always possible: an
 *       unbilled flex user simply is not billed; a billed one leaves a paid seat behind.
 *   <li>The auto-flex cycle is the monthly billing cycle (monthly plans) or a quarter of the annual
 *       term ({@link CycleSchedule#quarters(LocalDate)} from the anchor).
 *   <li>At the end of a cycle inside the term ({@link #endCycle}) the {@link FlexChargeMode} counts
 *       and charges the flex users; they become paid seats locked until the renewal. At the end of
 *       the term's last cycle the renewal bills them as seats of the next term.
 * </ul>
 *
 * <p>Worked example (the rules' own): annual Basic at 144.00, anchor 2024-01-31, 5 paid seats; 4
 * users added in month 2, 2 of them removed before the end of month 3. At the first quarter's end,
 * 2024-04-30, one line {@code 2 x 144.00 x 9/12 months = 216.00}; seats become 7, 2 of them locked
 * until 2025-01-31.
 *
 * @since 0.1.0
 */
public final class FlexRules {
  private FlexRules() {}

  /**
   * Returns whether auto-flex applies to {@code team}: it is on and the plan is auto-flex eligible.
   *
   * @param team the team
   * @param catalog the price list
   * @return true when admins may add members beyond paid seats
   */
  public static boolean isActive(Team team, Catalog catalog) {
    Subscription subscription = team.subscription();
    return subscription.autoFlexEnabled()
        && catalog.plan(subscription.terms().plan()).autoFlexEligible();
  }

  /**
   * Returns the months of one auto-flex cycle: 1 for monthly plans, 3 (a quarter) for annual ones.
   *
   * @param frequency a month-based billing frequency
   * @return the months of {@link #cyclePeriod(BillingFrequency)}
   * @throws BillingException {@code FREQUENCY_NOT_OFFERED} for a week-based frequency
   */
  public static int monthsPerCycle(BillingFrequency frequency) {
    return cyclePeriod(frequency).months();
  }

  /**
   * Returns the length of one auto-flex cycle for plans billed at {@code frequency}: the billing
   * cycle itself up to a quarter (weekly, monthly, quarterly), and the quarters of longer terms
   * whose months divide into quarters (semi-annual, annual); a longer term of other months is one
   * cycle.
   *
   * @param frequency the billing frequency
   * @return the auto-flex cycle's period
   */
  public static BillingFrequency cyclePeriod(BillingFrequency frequency) {
    if (!frequency.isMonthBased() || frequency.count() <= 3 || frequency.count() % 3 != 0) {
      return frequency;
    }
    return BillingFrequency.QUARTERLY;
  }

  /**
   * Returns the auto-flex cycles of {@code subscription}: monthly cycles or quarters from its
   * anchor, month-end clamped.
   *
   * @param subscription the subscription
   * @return the schedule
   */
  public static CycleSchedule cycles(Subscription subscription) {
    return new CycleSchedule(subscription.anchor(), cyclePeriod(subscription.terms().frequency()));
  }

  /**
   * Returns the members above paid seats now: {@code max(0, members - seats)}.
   *
   * @param team the team
   * @return the additional members
   */
  public static int additionalMembers(Team team) {
    return Math.max(0, team.memberCount() - team.subscription().terms().seats());
  }

  /**
   * Returns the facts of the auto-flex cycle ending on {@code cycleEnd}, with the members as they
   * are now (at the cycle's end, or as a projection before it).
   *
   * @param team the team
   * @param catalog the price list
   * @param cycleEnd the end of an auto-flex cycle within the current term
   * @return the facts
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code cycleEnd} does not end an
   *     auto-flex cycle of the current term
   */
  public static FlexCycleFacts facts(Team team, Catalog catalog, LocalDate cycleEnd) {
    Subscription subscription = team.subscription();
    DateRange term = subscription.currentCycle();
    CycleSchedule cycles = cycles(subscription);
    BillingException.check(
        cycleEnd.isAfter(term.start()) && !cycleEnd.isAfter(term.endExclusive()),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> cycleEnd + " is outside the current billing cycle " + term);
    DateRange cycle = cycles.periodContaining(cycleEnd.minusDays(1));
    BillingException.check(
        cycle.endExclusive().equals(cycleEnd),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () ->
            cycleEnd
                + " does not end an auto-flex cycle; "
                + cycle
                + " ends on "
                + cycle.endExclusive());
    Terms terms = subscription.terms();
    int perTerm = terms.frequency().count() / cyclePeriod(terms.frequency()).count();
    int index = (int) (cycles.indexOf(cycle.start()) - cycles.indexOf(term.start()));
    int paid = terms.seats();
    int members = team.memberCount();
    AutoFlexCycle log =
        subscription.autoFlexCycle().orElseGet(() -> AutoFlexCycle.of(cycle.start(), members));
    LocalDate logStart = log.start().isBefore(term.start()) ? term.start() : log.start();
    LocalDate[] since = new LocalDate[Math.max(0, members - paid)];
    int previous = log.membersAtStart();
    int peak = Math.max(previous, members);
    fill(since, paid, 0, previous, logStart);
    for (MemberCountChange change : log.changes()) {
      fill(since, paid, previous, change.membersAfter(), change.on());
      previous = change.membersAfter();
      peak = Math.max(peak, previous);
    }
    for (int i = 0; i < since.length; i++) {
      if (since[i] == null) {
        since[i] = logStart; // members changed outside the engine: count them from the log's start
      }
    }
    return new FlexCycleFacts(
        logStart.isBefore(cycle.start()) ? DateRange.of(logStart, cycleEnd) : cycle,
        term,
        index,
        perTerm,
        catalog.plan(terms.plan()),
        terms.frequency(),
        catalog.plan(terms.plan()).seatPrice(terms.frequency()),
        paid,
        members,
        peak,
        Arrays.asList(since));
  }

  /** Sets, for each level in {@code (from, to]} above {@code paid}, the date it was reached. */
  private static void fill(LocalDate[] since, int paid, int from, int to, LocalDate on) {
    for (int level = Math.max(from, paid) + 1;
        level <= Math.min(to, paid + since.length);
        level++) {
      since[level - paid - 1] = on;
    }
  }

  /**
   * Ends the auto-flex cycle ending on {@code asOf} inside the term: the charge mode counts the
   * flex users and charges them; they become paid seats locked until the renewal; a fresh cycle
   * starts with the members of now.
   *
   * @param team the team, with auto-flex active
   * @param catalog the price list
   * @param policy the auto-flex policy (charge mode)
   * @param convention the proration convention (rounding, day count)
   * @param asOf the end of an auto-flex cycle that does not end the term
   * @return the end: new subscription, {@code AUTO_FLEX} lines and summary
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code asOf} does not end a cycle or ends
   *     the term (the renewal bills that one)
   */
  public static FlexCycleEnd endCycle(
      Team team,
      Catalog catalog,
      AutoFlexPolicy policy,
      ProrationConvention convention,
      LocalDate asOf) {
    FlexCycleFacts facts = facts(team, catalog, asOf);
    BillingException.check(
        !facts.endsTerm(),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> "auto-flex cycle " + facts.flexCycle() + " ends with the term: the renewal bills it");
    Subscription subscription = team.subscription();
    FlexChargeMode mode = policy.chargeMode();
    int users = mode.flexUsers(facts);
    List<InvoiceLine> lines = mode.charge(facts, convention);
    List<BilledItem> items = new ArrayList<>(subscription.billedItems());
    Amount total = Amount.zero(team.currency());
    for (InvoiceLine line : lines) {
      items.add(
          new BilledItem(
              new ChargeItem.Seats(facts.plan().id()),
              line.quantity(),
              line.servicePeriod(),
              line.amount(),
              Amount.zero(team.currency())));
      total = total.plus(line.amount());
    }
    Subscription next =
        Subscription.builder()
            .from(subscription)
            .terms(subscription.terms().withSeats(facts.paidSeats() + users))
            .lockedFlexSeats(subscription.lockedFlexSeats() + users)
            .billedItems(items)
            .autoFlexCycle(AutoFlexCycle.of(asOf, team.memberCount()))
            .build();
    String summary =
        "Auto-flex cycle "
            + facts.flexCycle()
            + " ended with "
            + facts.members()
            + " members and "
            + facts.paidSeats()
            + " paid seats: "
            + (users == 0
                ? "no flex users, nothing billed"
                : users
                    + " flex users billed "
                    + total
                    + " ("
                    + mode.name()
                    + "), now paid seats locked until "
                    + facts.term().endExclusive());
    return new FlexCycleEnd(next, lines, users, summary);
  }

  /**
   * Returns the {@code AUTO_FLEX} lines the charge mode bills for the term's last auto-flex cycle,
   * on the renewal invoice, besides the next term's seats (none in the whole-months and
   * whole-quarters modes; the partial cycle in the day-prorated mode).
   *
   * @param team the team at the renewal, before it renews
   * @param catalog the price list
   * @param policy the auto-flex policy
   * @param convention the proration convention
   * @return the lines, empty when auto-flex is not active
   */
  public static List<InvoiceLine> renewalTrueUp(
      Team team, Catalog catalog, AutoFlexPolicy policy, ProrationConvention convention) {
    if (!isActive(team, catalog)) {
      return List.of();
    }
    FlexCycleFacts facts = facts(team, catalog, team.subscription().currentCycle().endExclusive());
    return policy.chargeMode().charge(facts, convention);
  }

  /**
   * Returns the flex users the renewal bills as seats of the next term: with auto-flex on, the
   * members above the seats of the next terms ({@code max(0, members - seats)}), whatever the plan;
   * zero with auto-flex off (the renewal then simply raises the seats to the members). Both the
   * renewal and the auto-flex overview count them so.
   *
   * <p>Example: Basic monthly with auto-flex, 3 seats and 5 members, moved to Enterprise (3 seats)
   * mid-cycle: 2 flex users, billed {@code 2 x 99.00 = 198.00} on the renewal invoice, and the
   * overview says 198.00 will be billed then.
   *
   * @param subscription the subscription before the renewal
   * @param members the members now
   * @return the flex users, zero or more
   */
  public static int renewalFlexUsers(Subscription subscription, int members) {
    if (!subscription.autoFlexEnabled()) {
      return 0;
    }
    return Math.max(0, members - subscription.nextTerms().orElse(subscription.terms()).seats());
  }

  /**
   * Returns the renewal's {@code AUTO_FLEX} line: the members above the seats the next term would
   * otherwise have become paid seats of it, at the full per-seat price.
   *
   * @param users the flex users becoming paid seats, more than zero
   * @param catalog the price list, whose per-seat price and seat name of the next term's plan the
   *     line carries
   * @param next the next term's terms (plan and frequency)
   * @param nextCycle the next billing cycle
   * @param members the members at the renewal
   * @return the line, such as {@code 2 x 12.00 = 24.00}
   */
  public static InvoiceLine renewalLine(
      int users, Catalog catalog, Terms next, DateRange nextCycle, int members) {
    Amount seatPrice = catalog.plan(next.plan()).seatPrice(next.frequency());
    return new InvoiceLine(
        LineKind.AUTO_FLEX,
        "Auto-flex users: " + catalog.texts().seats(next.plan(), next.frequency()),
        users,
        seatPrice,
        Fraction.ONE,
        nextCycle,
        seatPrice.multipliedBy(users),
        members
            + " members at the end of the auto-flex cycle, "
            + (members - users)
            + " seats renewed: "
            + (users == 1
                ? "1 flex user becomes a paid seat"
                : users + " flex users become paid seats"));
  }

  /**
   * Decides adding {@code member} on {@code asOf}: within the paid seats always; beyond them only
   * with auto-flex active and an admin {@code actor}.
   *
   * @param team the team
   * @param catalog the price list
   * @param member the new member
   * @param actor who adds the member (a member id)
   * @param asOf the date, within the current cycle and the open auto-flex cycle
   * @return accepted with the new team, or refused with {@code SEATS_EXHAUSTED} and the seats to
   *     buy
   * @throws BillingException {@code DUPLICATE_MEMBER}, {@code ADMIN_ROLE_REQUIRED} or {@code
   *     DATE_OUT_OF_RANGE}
   */
  public static MemberDecision addMember(
      Team team, Catalog catalog, Member member, String actor, LocalDate asOf) {
    BillingException.check(
        team.member(member.id()).isEmpty(),
        BillingErrorCode.DUPLICATE_MEMBER,
        "memberId",
        () -> "member '" + member.id() + "' is already on the team");
    Subscription subscription = team.subscription();
    requireOpen(subscription, asOf);
    int members = team.memberCount();
    int seats = subscription.terms().seats();
    boolean flex = members >= seats;
    if (flex) {
      if (!isActive(team, catalog)) {
        return new MemberDecision.Refused(
            BillingErrorCode.SEATS_EXHAUSTED,
            "memberId",
            "all "
                + seats
                + " paid seats are taken ("
                + members
                + " members) and auto-flex is off: buy a seat first",
            members + 1 - seats);
      }
      BillingException.check(
          team.member(actor).map(Member::isAdmin).orElse(false),
          BillingErrorCode.ADMIN_ROLE_REQUIRED,
          "actor",
          () -> "'" + actor + "' is not an admin; only admins may add members beyond paid seats");
    }
    List<Member> all = new ArrayList<>(team.members());
    all.add(member);
    Team updated = team.withMembers(all).withSubscription(logged(subscription, asOf, members + 1));
    String summary =
        "Member '"
            + member.id()
            + "' added: "
            + (members + 1)
            + " members, "
            + seats
            + " paid seats"
            + (flex
                ? "; auto-flex user "
                    + (members + 1 - seats)
                    + ", billed at the end of auto-flex cycle "
                    + cycles(subscription).periodContaining(asOf)
                    + " unless removed before"
                : "");
    return new MemberDecision.Accepted(updated, summary);
  }

  /**
   * Removes the member {@code memberId} on {@code asOf}. Always accepted for a known member: an
   * unbilled flex user is then not billed; a member on a paid seat leaves the seat paid (billed
   * flex seats stay locked until the renewal).
   *
   * @param team the team
   * @param memberId the member to remove
   * @param asOf the date, within the current cycle and the open auto-flex cycle
   * @return accepted with the new team
   * @throws BillingException {@code UNKNOWN_MEMBER} or {@code DATE_OUT_OF_RANGE}
   */
  public static MemberDecision removeMember(Team team, String memberId, LocalDate asOf) {
    BillingException.check(
        team.member(memberId).isPresent(),
        BillingErrorCode.UNKNOWN_MEMBER,
        "memberId",
        () -> "no member '" + memberId + "' on the team");
    Subscription subscription = team.subscription();
    requireOpen(subscription, asOf);
    int flexBefore = additionalMembers(team);
    List<Member> rest = new ArrayList<>(team.members());
    rest.removeIf(m -> m.id().equals(memberId));
    Team updated = team.withMembers(rest).withSubscription(logged(subscription, asOf, rest.size()));
    int seats = subscription.terms().seats();
    String summary =
        "Member '"
            + memberId
            + "' removed: "
            + rest.size()
            + " members, "
            + seats
            + " paid seats"
            + (flexBefore > 0
                ? "; one auto-flex user fewer to bill"
                : subscription.lockedFlexSeats() > 0
                    ? "; the seat stays paid (" + subscription.lockedFlexSeats() + " locked)"
                    : "; the seat stays paid until renewal");
    return new MemberDecision.Accepted(updated, summary);
  }

  /**
   * Returns why an immediate change to {@code target} would remove billed flex seats, which stay
   * locked until the renewal.
   *
   * @param subscription the subscription
   * @param target the terms asked for
   * @return the reason, or empty when no locked seat would go
   */
  public static Optional<String> lockedSeatsRemoved(Subscription subscription, Terms target) {
    int removed = subscription.terms().seats() - target.seats();
    if (removed <= 0 || subscription.lockedFlexSeats() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        "removing "
            + removed
            + " seats: "
            + subscription.lockedFlexSeats()
            + " seats billed through auto-flex are locked until the renewal on "
            + subscription.currentCycle().endExclusive()
            + "; On renewal would be accepted");
  }

  /**
   * Turns auto-flex on because the team opted in and accepted the terms on {@code asOf}.
   *
   * @param team the team
   * @param catalog the price list
   * @param policy the policy (its opt-in rollouts)
   * @param actor who accepted the terms
   * @param termsAccepted whether the auto-flex terms were accepted
   * @param asOf the date
   * @return the subscription with auto-flex on and the acceptance recorded
   * @throws BillingException {@code AUTO_FLEX_NOT_AVAILABLE} when the terms were not accepted,
   *     auto-flex is already on, or no opt-in rollout applies to the plan on {@code asOf}
   */
  public static Subscription optIn(
      Team team,
      Catalog catalog,
      AutoFlexPolicy policy,
      String actor,
      boolean termsAccepted,
      LocalDate asOf) {
    Subscription subscription = team.subscription();
    BillingException.check(
        termsAccepted,
        BillingErrorCode.AUTO_FLEX_NOT_AVAILABLE,
        "termsAccepted",
        "the auto-flex terms must be accepted to opt in");
    BillingException.check(
        !subscription.autoFlexEnabled(),
        BillingErrorCode.AUTO_FLEX_NOT_AVAILABLE,
        "autoFlexEnabled",
        "auto-flex is already on");
    Plan plan = catalog.plan(subscription.terms().plan());
    BillingException.check(
        policy.rolloutFor(AutoFlexRollout.Trigger.OPT_IN_FROM, plan, asOf).isPresent(),
        BillingErrorCode.AUTO_FLEX_NOT_AVAILABLE,
        "plan",
        () -> "no auto-flex opt-in is open to " + plan.name() + " plans on " + asOf);
    requireOpen(subscription, asOf);
    return enabled(team, asOf)
        .withAutoFlexAcceptance(Optional.of(new AutoFlexAcceptance(actor, asOf)));
  }

  /**
   * Returns the rollout with trigger {@code event} that turns auto-flex on for {@code team} on
   * {@code on}, unless it is on already. For {@code PURCHASED_AFTER}, {@code on} is the purchase
   * date; for {@code FIRST_RENEWAL_AFTER}, the renewal date.
   *
   * @param team the team (its plan as it is after the event)
   * @param catalog the price list
   * @param policy the policy
   * @param event the event
   * @param on the event's date
   * @return the rollout, or empty
   */
  public static Optional<AutoFlexRollout> enabledBy(
      Team team,
      Catalog catalog,
      AutoFlexPolicy policy,
      AutoFlexRollout.Trigger event,
      LocalDate on) {
    Subscription subscription = team.subscription();
    if (subscription.autoFlexEnabled()) {
      return Optional.empty();
    }
    return policy.rolloutFor(event, catalog.plan(subscription.terms().plan()), on);
  }

  /**
   * Returns the subscription with auto-flex on and a fresh auto-flex cycle from the start of the
   * cycle containing {@code asOf}, counting the members of now.
   *
   * @param team the team
   * @param asOf the date auto-flex turns on
   * @return the subscription
   */
  public static Subscription enabled(Team team, LocalDate asOf) {
    Subscription subscription = team.subscription();
    return subscription
        .withAutoFlexEnabled(true)
        .withAutoFlexCycle(
            Optional.of(
                AutoFlexCycle.of(
                    cycles(subscription).periodContaining(asOf).start(), team.memberCount())));
  }

  /**
   * Returns the subscription with a fresh auto-flex cycle starting on {@code start} (a new term or
   * a renewal), when auto-flex is on.
   *
   * @param subscription the subscription
   * @param start the first day of the new cycle
   * @param members the members then
   * @return the subscription
   */
  public static Subscription restarted(Subscription subscription, LocalDate start, int members) {
    return subscription.autoFlexCycle().isEmpty()
        ? subscription
        : subscription.withAutoFlexCycle(Optional.of(AutoFlexCycle.of(start, members)));
  }

  /**
   * Returns the auto-flex overview on {@code asOf}: additional members, what the end of the current
   * auto-flex cycle will bill if nothing changes, and the cycle dates. When the auto-flex cycle
   * ends with the billing cycle, what it will bill is the renewal's {@code AUTO_FLEX} line ({@link
   * #renewalFlexUsers}) besides what the charge mode bills for the last cycle, exactly as the
   * renewal bills it: also on a plan where auto-flex is no longer active (the flex users of a team
   * moved to Enterprise are billed at its renewal), and without zero-amount lines (Free seats).
   *
   * @param team the team
   * @param catalog the price list
   * @param policy the policy
   * @param convention the proration convention
   * @param asOf a date within the current billing cycle
   * @return the overview
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date outside the current cycle
   */
  public static FlexOverview overview(
      Team team,
      Catalog catalog,
      AutoFlexPolicy policy,
      ProrationConvention convention,
      LocalDate asOf) {
    Subscription subscription = team.subscription();
    DateRange billing = requireInCycle(subscription, asOf);
    DateRange cycle = cycles(subscription).periodContaining(asOf);
    Terms terms = subscription.terms();
    LocalDate reminderOn = cycle.endExclusive().minusDays(policy.reminderDays(terms.frequency()));
    boolean active = isActive(team, catalog);
    List<InvoiceLine> lines = new ArrayList<>(2);
    int users = 0;
    if (active) {
      FlexCycleFacts facts = facts(team, catalog, cycle.endExclusive());
      lines.addAll(policy.chargeMode().charge(facts, convention));
      if (!facts.endsTerm()) {
        users = policy.chargeMode().flexUsers(facts);
      }
    }
    if (cycle.endExclusive().equals(billing.endExclusive())) {
      // the renewal bills the flex users as seats of the next term, as it does whether or not the
      // plan lets admins add more (a team moved to Enterprise keeps its flex users until then)
      users = renewalFlexUsers(subscription, team.memberCount());
      Terms next = subscription.nextTerms().orElse(terms);
      if (users > 0) {
        InvoiceLine line =
            renewalLine(
                users,
                catalog,
                next,
                ScheduleProjection.of(subscription).nextCycle(),
                team.memberCount());
        if (!line.amount().isZero()) {
          lines.add(line);
        }
      }
    }
    Amount total = Amount.zero(team.currency());
    for (InvoiceLine line : lines) {
      total = total.plus(line.amount());
    }
    return new FlexOverview(
        active,
        terms.seats(),
        team.memberCount(),
        additionalMembers(team),
        subscription.lockedFlexSeats(),
        users,
        total,
        lines,
        cycle,
        billing,
        reminderOn);
  }

  /**
   * Returns the reminder due on {@code asOf}, one week (monthly plans) or two weeks (annual plans)
   * before the auto-flex cycle ends, to billing members and admins, with the number of added users
   * and the amount billed if nothing changes; empty when no user was added.
   *
   * @param team the team
   * @param catalog the price list
   * @param policy the policy
   * @param convention the proration convention
   * @param asOf the reminder date
   * @return the notification intent, or empty
   * @throws BillingException {@code AUTO_FLEX_NOT_AVAILABLE} when auto-flex is not active, {@code
   *     DATE_OUT_OF_RANGE} when no reminder is due on {@code asOf}
   */
  public static Optional<NotificationIntent> reminder(
      Team team,
      Catalog catalog,
      AutoFlexPolicy policy,
      ProrationConvention convention,
      LocalDate asOf) {
    FlexOverview overview = overview(team, catalog, policy, convention, asOf);
    BillingException.check(
        overview.active(),
        BillingErrorCode.AUTO_FLEX_NOT_AVAILABLE,
        "autoFlexEnabled",
        "auto-flex is not active");
    BillingException.check(
        asOf.equals(overview.reminderOn()),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () ->
            "the reminder of auto-flex cycle "
                + overview.autoFlexCycle()
                + " is due on "
                + overview.reminderOn());
    if (overview.usersToBill() == 0) {
      return Optional.empty();
    }
    StringBuilder message =
        new StringBuilder(160)
            .append(overview.usersToBill())
            .append(" users added through auto-flex (")
            .append(overview.members())
            .append(" members, ")
            .append(overview.paidSeats())
            .append(" paid seats). If nothing changes, ")
            .append(overview.toBeBilled())
            .append(" will be billed on ")
            .append(overview.billedOn())
            .append(", the end of auto-flex cycle ")
            .append(overview.autoFlexCycle());
    for (InvoiceLine line : overview.lines()) {
      message.append("; ").append(line.explanation().replaceFirst(" \\(.*", ""));
    }
    message.append(". Remove users before then to avoid being billed for them.");
    return Optional.of(
        new NotificationIntent(
            NotificationKind.AUTO_FLEX_REMINDER,
            Recipients.BILLING_AND_ADMINS,
            team.emails(Recipients.BILLING_AND_ADMINS),
            asOf,
            message.toString()));
  }

  /**
   * Returns the notification that flex users were billed, to billing members and admins.
   *
   * @param team the team
   * @param end the cycle's end
   * @param asOf the date billed
   * @return the notification intent
   */
  public static NotificationIntent billed(Team team, FlexCycleEnd end, LocalDate asOf) {
    return new NotificationIntent(
        NotificationKind.AUTO_FLEX_BILLED,
        Recipients.BILLING_AND_ADMINS,
        team.emails(Recipients.BILLING_AND_ADMINS),
        asOf,
        end.summary());
  }

  private static DateRange requireInCycle(Subscription subscription, LocalDate asOf) {
    DateRange cycle = subscription.currentCycle();
    BillingException.check(
        cycle.contains(asOf),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> asOf + " is outside the current cycle " + cycle);
    return cycle;
  }

  private static void requireOpen(Subscription subscription, LocalDate asOf) {
    requireInCycle(subscription, asOf);
    subscription
        .autoFlexCycle()
        .ifPresent(
            log -> {
              LocalDate last =
                  log.changes().isEmpty()
                      ? log.start()
                      : log.changes().get(log.changes().size() - 1).on();
              BillingException.check(
                  !asOf.isBefore(last),
                  BillingErrorCode.DATE_OUT_OF_RANGE,
                  "asOf",
                  () ->
                      asOf
                          + " is before the last membership change or auto-flex cycle start "
                          + last);
            });
  }

  private static Subscription logged(Subscription subscription, LocalDate asOf, int membersAfter) {
    return subscription.autoFlexCycle().isEmpty()
        ? subscription
        : subscription.withAutoFlexCycle(
            Optional.of(subscription.autoFlexCycle().get().plus(asOf, membersAfter)));
  }
}
