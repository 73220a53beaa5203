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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.history.HistoryPayload;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.payment.CollectionRules;
import co.kafkaman.billing.rules.renewal.FirstStub;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What a host asks the engine to do. Every command carries a caller-supplied {@link #id()} (the
 * idempotency key and the id of its history entries) and the {@link #actor()} who asked. Commands
 * are the payload of the history entries they cause, so replaying a history re-applies them.
 *
 * <p>The set of commands is sealed and grows with the library; a host's {@code switch} over it
 * stays exhaustive. Ids must not contain {@code '/'}: {@code "<id>/<n>"} names a command's n-th
 * effect in the history.
 *
 * <p>Every constructor checks its arguments where they enter ({@link InputLimits}): a null argument
 * throws a {@link NullPointerException} naming it; ids (command id, actor, team, member, card
 * token, invoice number) must be ids ({@link InputLimits#requireId}), sources, reasons and domains
 * free texts ({@link InputLimits#requireText}), emails emails, quantities and instants within their
 * bounds; anything else throws a {@link BillingException} naming the field and the value.
 *
 * @since 0.1.0
 */
public sealed interface Command extends HistoryPayload {

  /**
   * Returns the caller-supplied id, unique per team.
   *
   * @return the id
   */
  String id();

  /**
   * Returns who asked: a member id, or {@code "system"} for scheduled events.
   *
   * @return the actor
   */
  String actor();

  /**
   * Creates a team, the owner as its only member, anchored on the creation date, directly on {@code
   * initialTerms} (a free or a paid plan) with {@code collectionMethod} and, optionally, a first
   * card. A paid plan's first cycle is billed in advance at creation, as renewals are, and falls
   * due by the collection method (pay by invoice net 30: in 30 days, no card attempts). A plan with
   * a trial ({@code Plan.trialDays()}) starts with the trial instead and bills nothing until it
   * ends.
   *
   * <p>Example: Enterprise annual, 10 seats, pay by invoice net 30, created 2024-03-01 by Sales:
   * invoice {@code 10 x 1188.00 = 11880.00} for {@code [2024-03-01, 2025-03-01)} due 2024-03-31.
   *
   * @param id the command id
   * @param actor who asked
   * @param teamId the host's team id
   * @param currency the team's currency (the catalog's)
   * @param owner the first member
   * @param billingDetails the billing details
   * @param invoicePrefix the prefix of the team's invoice numbers, such as {@code "KB-"}
   * @param initialTerms the terms to start with (a free plan, a paid plan, or a plan with a trial)
   * @param collectionMethod card auto-charge, or pay by invoice where the plan allows it
   * @param card a first card on file (becomes primary), or empty
   * @param billingDay the day of the month the cycles align to (calendar billing on the 1st, or any
   *     day 1-31, clamped to shorter months), or empty to bill from the creation day
   */
  record CreateTeam(
      String id,
      String actor,
      String teamId,
      CurrencyUnit currency,
      Member owner,
      BillingDetails billingDetails,
      String invoicePrefix,
      Terms initialTerms,
      CollectionMethod collectionMethod,
      Optional<CardReference> card,
      Optional<Integer> billingDay)
      implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param teamId the host's team id
     * @param currency the team's currency (the catalog's)
     * @param owner the first member
     * @param billingDetails the billing details
     * @param invoicePrefix the prefix of the team's invoice numbers, such as {@code "KB-"}
     * @param initialTerms the terms to start with
     * @param collectionMethod card auto-charge, or pay by invoice where the plan allows it
     * @param card a first card on file, or empty
     * @param billingDay the day of the month the cycles align to, 1 to 31, or empty
     */
    public CreateTeam {
      requireIds(id, actor);
      InputLimits.requireId("teamId", teamId);
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(billingDetails, "billingDetails");
      InvoiceNumbering.startingAt1(Objects.requireNonNull(invoicePrefix, "invoicePrefix"));
      Objects.requireNonNull(initialTerms, "initialTerms");
      Objects.requireNonNull(collectionMethod, "collectionMethod");
      Objects.requireNonNull(card, "card");
      Objects.requireNonNull(billingDay, "billingDay");
      billingDay.ifPresent(
          day ->
              BillingException.check(
                  day >= 1 && day <= 31,
                  BillingErrorCode.MALFORMED_VALUE,
                  "billingDay",
                  () -> day + " is not a day of the month (1 to 31)"));
    }

    /**
     * Returns the creation with the components of earlier versions: no billing day.
     *
     * @param id the command id
     * @param actor who asked
     * @param teamId the host's team id
     * @param currency the team's currency (the catalog's)
     * @param owner the first member
     * @param billingDetails the billing details
     * @param invoicePrefix the prefix of the team's invoice numbers, such as {@code "KB-"}
     * @param initialTerms the terms to start with
     * @param collectionMethod card auto-charge, or pay by invoice where the plan allows it
     * @param card a first card on file, or empty
     */
    public CreateTeam(
        String id,
        String actor,
        String teamId,
        CurrencyUnit currency,
        Member owner,
        BillingDetails billingDetails,
        String invoicePrefix,
        Terms initialTerms,
        CollectionMethod collectionMethod,
        Optional<CardReference> card) {
      this(
          id,
          actor,
          teamId,
          currency,
          owner,
          billingDetails,
          invoicePrefix,
          initialTerms,
          collectionMethod,
          card,
          Optional.empty());
    }

    /**
     * Returns a copy whose cycles align to {@code day} of the month (Stripe's {@code
     * billing_cycle_anchor}, Kill Bill's bill-cycle day, Lago's calendar billing on the 1st): the
     * first cycle is the one, counted from the latest {@code day} on or before the creation day,
     * that contains the creation day, and its part before the creation day is not billed; the
     * policy's {@link FirstStub} decides whether the rest is prorated, free or billed whole. Days
     * 29 to 31 clamp to shorter months, as every boundary does.
     *
     * <p>Example: Basic monthly, 3 seats at 12.00, created on 2024-03-15 with billing day 1: the
     * cycle {@code [2024-03-01, 2024-04-01)}, billed {@code 3 x 12.00 x 17/31 days = 19.74};
     * renewals on the 1st.
     *
     * @param day the day of the month, 1 to 31
     * @return the copy
     * @throws BillingException {@code MALFORMED_VALUE} for a day outside 1 to 31
     * @since 0.1.0
     */
    public CreateTeam withBillingDay(int day) {
      return new CreateTeam(
          id,
          actor,
          teamId,
          currency,
          owner,
          billingDetails,
          invoicePrefix,
          initialTerms,
          collectionMethod,
          card,
          Optional.of(day));
    }

    /**
     * Returns the creation on card auto-charge without a card: the creation of earlier versions.
     *
     * @param id the command id
     * @param actor who asked
     * @param teamId the host's team id
     * @param currency the team's currency (the catalog's)
     * @param owner the first member
     * @param billingDetails the billing details
     * @param invoicePrefix the prefix of the team's invoice numbers, such as {@code "KB-"}
     * @param initialTerms the terms to start with (Free, or a paid plan)
     */
    public CreateTeam(
        String id,
        String actor,
        String teamId,
        CurrencyUnit currency,
        Member owner,
        BillingDetails billingDetails,
        String invoicePrefix,
        Terms initialTerms) {
      this(
          id,
          actor,
          teamId,
          currency,
          owner,
          billingDetails,
          invoicePrefix,
          initialTerms,
          CollectionMethod.cardAutoCharge(),
          Optional.empty());
    }

    /**
     * Returns a copy collected by {@code method}.
     *
     * @param method the collection method
     * @return the copy
     * @since 0.1.0
     */
    public CreateTeam withCollectionMethod(CollectionMethod method) {
      return new CreateTeam(
          id,
          actor,
          teamId,
          currency,
          owner,
          billingDetails,
          invoicePrefix,
          initialTerms,
          method,
          card,
          billingDay);
    }

    /**
     * Returns a copy with {@code first} as the first card on file.
     *
     * @param first the card reference
     * @return the copy
     * @since 0.1.0
     */
    public CreateTeam withCard(CardReference first) {
      return new CreateTeam(
          id,
          actor,
          teamId,
          currency,
          owner,
          billingDetails,
          invoicePrefix,
          initialTerms,
          collectionMethod,
          Optional.of(first),
          billingDay);
    }
  }

  // --- ending a subscription (issue 11, lifecycle) ---

  /**
   * Cancels the subscription at the end of its term: it renews no more, and the renewal due on the
   * current cycle's end (or the trial's end) ends it instead. Until then nothing changes (seats,
   * usage and add-ons stay as paid); the standing instructions are dropped. An ended subscription
   * bills nothing more, has an empty agenda and refuses changes, renewals and usage with {@code
   * SUBSCRIPTION_ENDED}. Cancelling during a trial costs nothing. To move to a free plan instead,
   * use {@link SetStandingInstructions#downgradeToFree}.
   *
   * <p>Example: Basic monthly, 5 seats, cycle {@code [2024-03-01, 2024-04-01)}, cancelled on
   * 2024-03-20: no invoice; on 2024-04-01 {@link Renew} ends it with no invoice.
   *
   * @param id the command id
   * @param actor who asked
   * @since 0.1.0
   */
  record Cancel(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     */
    public Cancel {
      requireIds(id, actor);
    }
  }

  /**
   * Pauses billing, where the change policy offers it ({@code ChangePolicy.pausable()}): the
   * current cycle ends that day, the unused part of what was billed is credited, the usage so far
   * is billed, and nothing renews until {@link Resume}. Example: Basic monthly, 5 seats, cycle
   * {@code [2024-03-01, 2024-04-01)}, paused on 2024-03-15: {@code 5 x -12.00 x 17/31 days =
   * -32.90} to the account.
   *
   * @param id the command id
   * @param actor who asked
   * @since 0.1.0
   */
  record Pause(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     */
    public Pause {
      requireIds(id, actor);
    }
  }

  /**
   * Resumes a paused subscription: a new cycle on the same terms starts that day, billed in full.
   * Example: the team paused above, resumed on 2024-05-10: a cycle {@code [2024-05-10,
   * 2024-06-10)}, {@code 5 x 12.00 = 60.00}, paid from the account credit first.
   *
   * @param id the command id
   * @param actor who asked
   * @since 0.1.0
   */
  record Resume(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     */
    public Resume {
      requireIds(id, actor);
    }
  }

  /**
   * Changes the bill-cycle day of a running subscription, as Kill Bill's BCD change does: the
   * current cycle stays as billed; the renewal at its end bills the bridge from there to the first
   * new billing day pro rata over the new day's period that contains it, and the cycles after it
   * run from the new day. During a free trial it sets the day the first paid cycle aligns to.
   * Asking for the day the cycles already renew on withdraws a pending change. Month-based periods
   * only.
   *
   * <p>Example: a 30.00 monthly plan billed on the 1st, June paid, day 11 asked on 2024-06-20: the
   * renewal on 2024-07-01 bills the bridge {@code [2024-07-01, 2024-07-11)} at 10/30 of the period
   * {@code [2024-06-11, 2024-07-11)}, {@code 1 x 30.00 x 10/30 days = 10.00}; the next cycle is
   * {@code [2024-07-11, 2024-08-11)}, 30.00.
   *
   * @param id the command id
   * @param actor who asked
   * @param day the new billing day, 1 to 31 (month-end clamped in shorter months)
   * @since 0.1.0
   */
  record ChangeBillingDay(String id, String actor, int day) implements Command {
    /**
     * Validates the ids and the day.
     *
     * @param id the command id
     * @param actor who asked
     * @param day the new billing day, 1 to 31
     * @throws BillingException {@code MALFORMED_VALUE [day]} outside 1 to 31
     */
    public ChangeBillingDay {
      requireIds(id, actor);
      BillingException.check(
          day >= 1 && day <= 31,
          BillingErrorCode.MALFORMED_VALUE,
          "day",
          () -> day + " is not a day of the month (1 to 31)");
    }
  }

  /**
   * Changes plan, seats, frequency or add-on blocks, immediately or on renewal, decided as a whole
   * by {@code ChangeRules}. Example: {@code ChangeSubscription.of("c-17", "ana", BASIC MONTHLY 5
   * seats, IMMEDIATELY)} for a team with 3 seats on 2024-03-15 of {@code [2024-03-01, 2024-04-01)}
   * invoices {@code 2 x 12.00 x 17/31 days = 13.16}.
   *
   * @param id the command id
   * @param actor who asked
   * @param request the change
   */
  record ChangeSubscription(String id, String actor, ChangeRequest request) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param request the change
     */
    public ChangeSubscription {
      requireIds(id, actor);
      Objects.requireNonNull(request, "request");
    }

    /**
     * Returns a self-serve change to {@code target}.
     *
     * @param id the command id
     * @param actor who asked
     * @param target the terms wanted
     * @param timing immediately or on renewal
     * @return the command
     */
    public static ChangeSubscription of(String id, String actor, Terms target, Timing timing) {
      return new ChangeSubscription(id, actor, ChangeRequest.of(target, timing));
    }
  }

  /**
   * Sets or replaces the standing instructions: the terms the next cycle starts with. They are
   * decided like a change "On renewal" (a downgrade, fewer seats or annual to monthly are fine;
   * seats never below the members; to or from Enterprise only sales-assisted). Terms equal to the
   * current ones mean "renew unchanged" and clear any earlier instructions; {@link
   * #downgradeToFree(String, String, Terms, Catalog)} moves to the catalog's free plan at renewal.
   *
   * <p>Example: a Basic team with 5 monthly seats on {@code [2024-03-01, 2024-04-01)} sets {@code
   * PROFESSIONAL MONTHLY, 5 seats} on 2024-03-25; the 2024-04-01 renewal bills {@code 5 x 29.00 =
   * 145.00}.
   *
   * @param id the command id
   * @param actor who asked
   * @param nextTerms the terms for the next cycle
   * @param salesAssisted whether sales staff made the request (needed to move to or from
   *     Enterprise)
   */
  record SetStandingInstructions(String id, String actor, Terms nextTerms, boolean salesAssisted)
      implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param nextTerms the terms for the next cycle
     * @param salesAssisted whether sales staff made the request (needed to move to or from
     *     Enterprise)
     */
    public SetStandingInstructions {
      requireIds(id, actor);
      Objects.requireNonNull(nextTerms, "nextTerms");
    }

    /**
     * Returns self-serve standing instructions.
     *
     * @param id the command id
     * @param actor who asked
     * @param nextTerms the terms for the next cycle
     */
    public SetStandingInstructions(String id, String actor, Terms nextTerms) {
      this(id, actor, nextTerms, false);
    }

    /**
     * Returns the standing instruction to downgrade to the free plan, as {@link #downgradeToFree}
     * does (the name of earlier versions; it does not end the subscription: {@link Cancel} does).
     * Moves to the catalog's free plan ({@link Catalog#freePlan()}) at renewal, keeping the
     * frequency and seat count of {@code current} and dropping every add-on block.
     *
     * <p>Example: for {@code BASIC ANNUAL, 5 seats, blocks {MONITORING_REQUESTS=1}} the next terms
     * are {@code FREE ANNUAL, 5 seats}; the renewal then issues no invoice.
     *
     * @param id the command id
     * @param actor who asked
     * @param current the team's current terms
     * @param catalog the catalog, whose free plan the team moves to
     * @return the command
     * @throws BillingException {@code UNKNOWN_PLAN} if the catalog has no free plan
     */
    public static SetStandingInstructions cancel(
        String id, String actor, Terms current, Catalog catalog) {
      return downgradeToFree(id, actor, current, catalog);
    }

    /**
     * Returns the standing instruction to downgrade to the catalog's free plan ({@link
     * Catalog#freePlan()}) at renewal, keeping the frequency and seat count of {@code current} and
     * dropping every add-on block: the team stays, on the free plan. To end the subscription
     * instead, use {@link Cancel}.
     *
     * <p>Example: for {@code BASIC ANNUAL, 5 seats, blocks {MONITORING_REQUESTS=1}} the next terms
     * are {@code FREE ANNUAL, 5 seats}; the renewal then issues no invoice.
     *
     * @param id the command id
     * @param actor who asked
     * @param current the team's current terms
     * @param catalog the catalog, whose free plan the team moves to
     * @return the command
     * @throws BillingException {@code UNKNOWN_PLAN} if the catalog has no free plan
     * @since 0.1.0
     */
    public static SetStandingInstructions downgradeToFree(
        String id, String actor, Terms current, Catalog catalog) {
      PlanId free =
          catalog
              .freePlan()
              .orElseThrow(
                  () ->
                      new BillingException(
                          BillingErrorCode.UNKNOWN_PLAN,
                          "catalog",
                          "the catalog has no free plan to cancel to"));
      return new SetStandingInstructions(
          id, actor, Terms.of(free, current.frequency(), current.seats()), false);
    }
  }

  /**
   * Clears the standing instructions (and any change accepted "On renewal": both are the next
   * terms): the team renews unchanged. Refused with {@code NO_STANDING_INSTRUCTIONS} when none are
   * set, and with {@code DATE_OUT_OF_RANGE} after the cycle's end.
   *
   * @param id the command id
   * @param actor who asked
   */
  record ClearStandingInstructions(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     */
    public ClearStandingInstructions {
      requireIds(id, actor);
    }
  }

  /**
   * Renews the subscription at the end of its cycle ({@code asOf} must be the cycle's end, else
   * {@code DATE_OUT_OF_RANGE}). Example: monthly Basic, 5 seats, anchor 2024-01-31, renewed on
   * 2024-02-29: cycle {@code [2024-02-29, 2024-03-31)}, invoice {@code 5 x 12.00 = 60.00}, less any
   * account credit.
   *
   * @param id the command id
   * @param actor who asked, usually {@code "system"}
   */
  record Renew(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked, usually {@code "system"}
     */
    public Renew {
      requireIds(id, actor);
    }
  }

  /**
   * Records a usage reading of a metered resource at an instant (the billing date is {@code asOf};
   * convert once, at the edge). Past the entitlement with overage disallowed it is refused as a
   * whole; the refusal says how much is still allowed and offers the reading cut to that as the
   * alternative.
   *
   * @param id the command id
   * @param actor who reported it, usually {@code "system"}
   * @param resource the metered resource
   * @param quantity the units, more than zero
   * @param source what used them (a monitor, a mock server), or empty
   * @param at the instant of the reading: the overage setting in force then applies
   */
  record RecordUsage(
      String id, String actor, ResourceId resource, long quantity, String source, Instant at)
      implements Command {
    /**
     * Validates the ids and the quantity.
     *
     * @param id the command id
     * @param actor who reported it, usually {@code "system"}
     * @param resource the metered resource
     * @param quantity the units, more than zero
     * @param source what used them (a monitor, a mock server), or empty
     * @param at the instant of the reading: the overage setting in force then applies
     */
    public RecordUsage {
      requireIds(id, actor);
      Objects.requireNonNull(resource, "resource");
      InputLimits.requireQuantity("quantity", quantity, 1, InputLimits.MAX_USAGE_QUANTITY);
      InputLimits.requireText("source", source);
      InputLimits.requireInstant("at", at);
    }
  }

  /**
   * Allows or disallows overage of monitoring requests or mock server calls from an instant on;
   * earlier settings stay in the subscription's history of settings.
   *
   * @param id the command id
   * @param actor who asked
   * @param resource monitoring requests or mock server calls
   * @param allowed whether usage past the entitlement is charged (true) or refused (false)
   * @param effectiveFrom the instant the setting applies from
   */
  record SetOverage(
      String id, String actor, ResourceId resource, boolean allowed, Instant effectiveFrom)
      implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param resource monitoring requests or mock server calls
     * @param allowed whether usage past the entitlement is charged (true) or refused (false)
     * @param effectiveFrom the instant the setting applies from
     */
    public SetOverage {
      requireIds(id, actor);
      Objects.requireNonNull(resource, "resource");
      InputLimits.requireInstant("effectiveFrom", effectiveFrom);
    }
  }

  /**
   * Adds a custom domain; custom domains are a hard limit, so past the entitlement it is refused
   * (the alternative buys a custom-domain block).
   *
   * @param id the command id
   * @param actor who asked
   * @param domain the domain
   */
  record AddCustomDomain(String id, String actor, String domain) implements Command {
    /**
     * Validates the ids and the domain.
     *
     * @param id the command id
     * @param actor who asked
     * @param domain the domain
     */
    public AddCustomDomain {
      requireIds(id, actor);
      InputLimits.requireText("domain", domain);
      BillingException.check(
          !domain.isBlank(), BillingErrorCode.BLANK_VALUE, "domain", "must not be blank");
    }
  }

  /**
   * Removes a custom domain in use.
   *
   * @param id the command id
   * @param actor who asked
   * @param domain the domain
   */
  record RemoveCustomDomain(String id, String actor, String domain) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param domain the domain
     */
    public RemoveCustomDomain {
      requireIds(id, actor);
      InputLimits.requireText("domain", domain);
    }
  }

  /**
   * Closes the usage month ending on {@code asOf} when it does not end the billing cycle (annual
   * plans): invoices its overage and, on a quarter's end, the auto-flex cycle's flex users, on one
   * invoice. At the billing cycle's end, {@link Renew} does the same and renews.
   *
   * @param id the command id
   * @param actor who asked, usually {@code "system"}
   */
  record CloseUsageMonth(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked, usually {@code "system"}
     */
    public CloseUsageMonth {
      requireIds(id, actor);
    }
  }

  /**
   * Adds a member. Beyond the paid seats it needs auto-flex and an admin actor; otherwise it is
   * refused and the alternative buys the seats first.
   *
   * @param id the command id
   * @param actor who adds the member (a member id)
   * @param memberId the new member's id
   * @param email the new member's email
   * @param roles the new member's roles
   */
  record AddMember(String id, String actor, String memberId, String email, Set<Role> roles)
      implements Command {
    /**
     * Validates the ids and copies the roles.
     *
     * @param id the command id
     * @param actor who adds the member (a member id)
     * @param memberId the new member's id
     * @param email the new member's email
     * @param roles the new member's roles
     */
    public AddMember {
      requireIds(id, actor);
      InputLimits.requireId("memberId", memberId);
      InputLimits.requireEmail("email", email);
      Objects.requireNonNull(roles, "roles");
      roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * Returns the command for a member with {@code roles}.
     *
     * @param id the command id
     * @param actor who adds the member
     * @param memberId the member id
     * @param email the email
     * @param roles the roles
     * @return the command
     */
    public static AddMember of(
        String id, String actor, String memberId, String email, Role... roles) {
      return new AddMember(id, actor, memberId, email, Set.of(roles));
    }
  }

  /**
   * Removes a member. Always possible for a known member: an unbilled auto-flex user is then not
   * billed; a billed seat stays paid until the renewal.
   *
   * @param id the command id
   * @param actor who asked
   * @param memberId the member to remove
   */
  record RemoveMember(String id, String actor, String memberId) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param memberId the member to remove
     */
    public RemoveMember {
      requireIds(id, actor);
      InputLimits.requireId("memberId", memberId);
    }
  }

  /**
   * Opts in to auto-flex, recording who accepted the terms and when.
   *
   * @param id the command id
   * @param actor who accepted the auto-flex terms
   * @param termsAccepted whether the terms were accepted (refused when false)
   */
  record EnableAutoFlex(String id, String actor, boolean termsAccepted) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who accepted the auto-flex terms
     * @param termsAccepted whether the terms were accepted (refused when false)
     */
    public EnableAutoFlex {
      requireIds(id, actor);
    }
  }

  /**
   * Yields the auto-flex reminder due on {@code asOf} (one or two weeks before the auto-flex cycle
   * ends) as a notification intent to billing members and admins; none when no user was added.
   *
   * @param id the command id
   * @param actor who asked, usually {@code "system"}
   */
  record RemindAutoFlex(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked, usually {@code "system"}
     */
    public RemindAutoFlex {
      requireIds(id, actor);
    }
  }

  /**
   * Adds a card reference (never a card number); the team's first card becomes primary.
   *
   * @param id the command id
   * @param actor who asked
   * @param card the processor's token, brand, last 4 digits and expiry
   */
  record AddCard(String id, String actor, CardReference card) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param card the processor's token, brand, last 4 digits and expiry
     */
    public AddCard {
      requireIds(id, actor);
      Objects.requireNonNull(card, "card");
    }
  }

  /**
   * Removes a card. The primary card can only go once another card is primary; the last card of a
   * team paying a paid plan by card cannot go.
   *
   * @param id the command id
   * @param actor who asked
   * @param token the card's token
   */
  record RemoveCard(String id, String actor, String token) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param token the card's token
     */
    public RemoveCard {
      requireIds(id, actor);
      InputLimits.requireId("token", token);
    }
  }

  /**
   * Makes a card the primary card, the one automatic attempts charge.
   *
   * @param id the command id
   * @param actor who asked
   * @param token the card's token
   */
  record SetPrimaryCard(String id, String actor, String token) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param token the card's token
     */
    public SetPrimaryCard {
      requireIds(id, actor);
      InputLimits.requireId("token", token);
    }
  }

  /**
   * Switches between card auto-charge and pay by invoice (only on a plan that allows it).
   *
   * @param id the command id
   * @param actor who asked
   * @param method the collection method wanted
   */
  record SetCollectionMethod(String id, String actor, CollectionMethod method) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param method the collection method wanted
     */
    public SetCollectionMethod {
      requireIds(id, actor);
      Objects.requireNonNull(method, "method");
    }

    /**
     * Returns a switch to pay by invoice on the default terms: net 30; online, ACH or wire.
     *
     * @param id the command id
     * @param actor who asked
     * @return the command
     */
    public static SetCollectionMethod payByInvoice(String id, String actor) {
      return new SetCollectionMethod(id, actor, CollectionRules.defaultPayByInvoice());
    }
  }

  /**
   * Replaces the billing details; invoices issued from then on copy them, earlier ones keep theirs.
   *
   * @param id the command id
   * @param actor who asked
   * @param details the new billing details
   */
  record UpdateBillingDetails(String id, String actor, BillingDetails details) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param details the new billing details
     */
    public UpdateBillingDetails {
      requireIds(id, actor);
      Objects.requireNonNull(details, "details");
    }
  }

  /**
   * Reports the outcome of the next automatic payment attempt of an invoice, as the processor
   * answered it; {@code asOf} is the date of the attempt.
   *
   * @param id the command id
   * @param actor who reports, usually {@code "system"}
   * @param invoiceNumber the invoice attempted
   * @param outcome succeeded or failed
   * @param reason why it failed (such as {@code "card declined"}), or empty
   */
  record ReportPaymentAttempt(
      String id, String actor, String invoiceNumber, PaymentOutcome outcome, String reason)
      implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who reports, usually {@code "system"}
     * @param invoiceNumber the invoice attempted
     * @param outcome succeeded or failed
     * @param reason why it failed (such as {@code "card declined"}), or empty
     */
    public ReportPaymentAttempt {
      requireIds(id, actor);
      InputLimits.requireInvoiceNumber("invoiceNumber", invoiceNumber);
      Objects.requireNonNull(outcome, "outcome");
      InputLimits.requireText("reason", reason);
    }

    /**
     * Returns a successful attempt.
     *
     * @param id the command id
     * @param invoiceNumber the invoice
     * @return the command, reported by {@code "system"}
     */
    public static ReportPaymentAttempt succeeded(String id, String invoiceNumber) {
      return new ReportPaymentAttempt(id, "system", invoiceNumber, PaymentOutcome.SUCCEEDED, "");
    }

    /**
     * Returns a failed attempt.
     *
     * @param id the command id
     * @param invoiceNumber the invoice
     * @param reason why it failed
     * @return the command, reported by {@code "system"}
     */
    public static ReportPaymentAttempt failed(String id, String invoiceNumber, String reason) {
      return new ReportPaymentAttempt(id, "system", invoiceNumber, PaymentOutcome.FAILED, reason);
    }
  }

  /**
   * Records a payment received outside the automatic attempts: online, by ACH or wire (invoice
   * teams) or by card (card teams); {@code asOf} is the date it was received.
   *
   * @param id the command id
   * @param actor who records it
   * @param invoiceNumber the invoice paid
   * @param channel how it was paid
   * @param amount the amount received: the invoice's total due
   */
  record RecordPayment(
      String id, String actor, String invoiceNumber, PaymentChannel channel, Amount amount)
      implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who records it
     * @param invoiceNumber the invoice paid
     * @param channel how it was paid
     * @param amount the amount received: the invoice's total due
     */
    public RecordPayment {
      requireIds(id, actor);
      InputLimits.requireInvoiceNumber("invoiceNumber", invoiceNumber);
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(amount, "amount");
      BillingException.check(
          Math.abs(amount.minorUnits()) <= InputLimits.MAX_AMOUNT_MINOR_UNITS,
          BillingErrorCode.AMOUNT_OVERFLOW,
          "amount",
          () ->
              amount
                  + " is beyond the "
                  + InputLimits.MAX_AMOUNT_MINOR_UNITS
                  + " minor units an amount passed in may have");
    }

    /**
     * Returns a payment of a JSR 354 amount.
     *
     * @param id the command id
     * @param actor who records it
     * @param invoiceNumber the invoice paid
     * @param channel how it was paid
     * @param amount the amount received, at its currency's scale
     * @return the command
     */
    public static RecordPayment of(
        String id,
        String actor,
        String invoiceNumber,
        PaymentChannel channel,
        MonetaryAmount amount) {
      return new RecordPayment(id, actor, invoiceNumber, channel, Amount.from(amount));
    }
  }

  /**
   * Re-evaluates the team's standing on {@code asOf}: past due when an invoice without automatic
   * attempts is unpaid after its due date, deactivated when a grace period has ended unpaid; and
   * records each overdue stage that does not deactivate reached by an unpaid invoice and not
   * recorded yet ({@code OVERDUE_STAGE_REACHED}, once per stage and invoice). The host applies it
   * on the agenda's {@code PAYMENT_OVERDUE}, {@code GRACE_END} and {@code OVERDUE_STAGE} dates. An
   * evaluation that changes nothing records nothing.
   *
   * @param id the command id
   * @param actor who asked, usually {@code "system"}
   */
  record EvaluateDunning(String id, String actor) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked, usually {@code "system"}
     */
    public EvaluateDunning {
      requireIds(id, actor);
    }
  }

  /**
   * Voids an open or uncollectible invoice: it is no longer due and the account credit it consumed
   * is restored.
   *
   * @param id the command id
   * @param actor who asked
   * @param invoiceNumber the invoice
   */
  record VoidInvoice(String id, String actor, String invoiceNumber) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param invoiceNumber the invoice
     */
    public VoidInvoice {
      requireIds(id, actor);
      InputLimits.requireInvoiceNumber("invoiceNumber", invoiceNumber);
    }
  }

  /**
   * Marks an open invoice uncollectible: no more automatic attempts; it may still be paid.
   *
   * @param id the command id
   * @param actor who asked
   * @param invoiceNumber the invoice
   */
  record MarkUncollectible(String id, String actor, String invoiceNumber) implements Command {
    /**
     * Validates the ids.
     *
     * @param id the command id
     * @param actor who asked
     * @param invoiceNumber the invoice
     */
    public MarkUncollectible {
      requireIds(id, actor);
      InputLimits.requireInvoiceNumber("invoiceNumber", invoiceNumber);
    }
  }

  private static void requireIds(String id, String actor) {
    Objects.requireNonNull(id, "id");
    BillingException.check(!id.isBlank(), BillingErrorCode.BLANK_VALUE, "id", "must not be blank");
    BillingException.check(
        id.indexOf('/') < 0,
        BillingErrorCode.MALFORMED_VALUE,
        "id",
        () -> "'" + id + "' must not contain '/', which names a command's effects in the history");
    InputLimits.requireId("id", id);
    InputLimits.requireId("actor", actor);
  }
}
