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
import co.kafkaman.billing.model.catalog.CatalogVersion;
import co.kafkaman.billing.model.catalog.CatalogVersionId;
import co.kafkaman.billing.model.catalog.CatalogVersions;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.VersionAdoption;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.History;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.agenda.Agenda;
import co.kafkaman.billing.rules.agenda.AgendaSource;
import co.kafkaman.billing.rules.change.ChangeDecision;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.ChangeRules;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.dunning.DunningRules;
import co.kafkaman.billing.rules.dunning.DunningStep;
import co.kafkaman.billing.rules.dunning.OverdueRenewals;
import co.kafkaman.billing.rules.flex.FlexOverview;
import co.kafkaman.billing.rules.flex.FlexRules;
import co.kafkaman.billing.rules.history.AccountHistory;
import co.kafkaman.billing.rules.history.BillingOverview;
import co.kafkaman.billing.rules.history.PendingPayment;
import co.kafkaman.billing.rules.invoicing.InvoiceLifecycle;
import co.kafkaman.billing.rules.invoicing.Lines;
import co.kafkaman.billing.rules.payment.BillingDetailsRules;
import co.kafkaman.billing.rules.payment.CardRules;
import co.kafkaman.billing.rules.payment.Charge;
import co.kafkaman.billing.rules.payment.CollectionRules;
import co.kafkaman.billing.rules.payment.PaymentChange;
import co.kafkaman.billing.rules.proration.DayCount;
import co.kafkaman.billing.rules.proration.SecondsDayCount;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import co.kafkaman.billing.rules.renewal.RenewalRules;
import co.kafkaman.billing.rules.usage.UsageReport;
import co.kafkaman.billing.rules.usage.UsageRules;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point host applications call: {@link #apply(Team, Command, LocalDate)} decides a
 * command for a team on a date and returns an {@link Outcome} ({@link #apply(Team, Command,
 * Instant)} at an instant, for an engine that prorates by seconds); queries such as {@link
 * #quoteRenewal(Team)} compute without changing anything.
 *
 * <p>Pure: the same team, command and date always give the same outcome; the engine never reads a
 * clock and never changes its inputs. Invalid input ({@link BillingException}) and business
 * refusals both come back as {@link Outcome.Refused} with the team exactly as given, so a host
 * never sees a half-applied state. A command whose id is already in the team's history is not
 * applied again: the outcome is the first one's (its summary, the invoices as issued and its
 * history entries, read back from the history) with no new effect and no notification sent twice;
 * the same id used for a different command is refused ({@code DUPLICATE_ENTRY_ID}). The history is
 * chronological: a command dated before the latest entry is refused. Replaying a team's history
 * ({@link #replay(List)}) rebuilds the team exactly.
 *
 * <p>Every entry point checks what it is given ({@link InputLimits}): a null argument throws a
 * {@link NullPointerException} naming the parameter; a date outside the years 1900 to 9999 or
 * before the team was created, an agenda range of more than {@value InputLimits#MAX_RANGE_DAYS}
 * days, or a result that would not fit ({@code AMOUNT_OVERFLOW}) is refused (commands) or thrown as
 * a {@link BillingException} (queries). No other exception escapes for any input.
 *
 * <p>Immutable and thread-safe; one engine can serve every team of a catalog.
 *
 * <pre>{@code
 * BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
 * Outcome outcome = engine.apply(team,
 *     Command.ChangeSubscription.of("c-17", "ana", team.subscription().terms().withSeats(5),
 *         Timing.IMMEDIATELY),
 *     LocalDate.of(2024, 3, 15));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BillingEngine {
  private static final Logger LOG = LoggerFactory.getLogger(BillingEngine.class);

  /** The kafkaman sample catalog, read once when first compared. */
  private static final class KafkamanCatalog {
    static final Catalog SAMPLE = Catalog.kafkamanSample();
    // its fingerprint is computed once, not for every kafkaman engine
    static final CatalogVersions VERSIONS = CatalogVersions.of(SAMPLE);
  }

  private final Catalog catalog;
  private final CatalogVersions versions;
  // one version: every team is priced by it, with no date to look at
  private final @Nullable CatalogVersion onlyVersion;
  private final BillingPolicy policy;
  private final UsageAndFlexCommands usageAndFlex;

  private BillingEngine(CatalogVersions versions, BillingPolicy policy) {
    this.versions = Objects.requireNonNull(versions, "versions");
    this.catalog = versions.latest().catalog();
    this.onlyVersion = versions.versions().size() == 1 ? versions.latest() : null;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.usageAndFlex = new UsageAndFlexCommands(this::versionOf, policy);
  }

  private static CatalogVersions versionsOf(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return catalog.equals(KafkamanCatalog.SAMPLE)
        ? KafkamanCatalog.VERSIONS
        : CatalogVersions.of(catalog);
  }

  /**
   * Returns an engine for {@code catalog} with the policy that belongs to it: {@link
   * BillingPolicy#kafkaman()} for the kafkaman sample catalog (equal to {@link
   * co.kafkaman.billing.model.catalog.KafkamanSample#catalog()}, so every kafkaman example keeps
   * its numbers), {@link BillingPolicy#standard()} for any other catalog (no kafkaman auto-flex
   * rollouts). Both prorate by actual days, {@code HALF_UP}: 2 seats at 12.00 added with 17 of 31
   * days left cost 13.16. A host that wants the kafkaman policy on its own catalog asks for it with
   * {@link #of(Catalog, BillingPolicy)}.
   *
   * @param catalog the price list
   * @return the engine
   */
  public static BillingEngine of(Catalog catalog) {
    return new BillingEngine(
        versionsOf(catalog),
        catalog.equals(KafkamanCatalog.SAMPLE)
            ? BillingPolicy.kafkaman()
            : BillingPolicy.standard());
  }

  /**
   * Returns an engine for a price list over time, with {@link BillingPolicy#standard()} (or {@link
   * BillingPolicy#kafkaman()} when the first version is the kafkaman sample catalog). A team is
   * created on the version in effect on its creation date and moves to a newer one as {@link
   * CatalogVersions#adoption()} says (by default at its first renewal on or after the version's
   * date); every history entry records the version that priced it.
   *
   * <p>Example: version 1 from 2024-01-01 prices Team seats at 9.00, version 2 from 2025-03-15 at
   * 10.00: a team renewing 3 seats on 2025-03-01 pays 27.00, on 2025-04-01 30.00; a team created on
   * 2025-03-20 pays 30.00 at once.
   *
   * @param versions the price list's versions
   * @return the engine
   * @throws NullPointerException if {@code versions} is null
   * @since 0.1.0
   */
  public static BillingEngine of(CatalogVersions versions) {
    Objects.requireNonNull(versions, "versions");
    return new BillingEngine(
        versions,
        versions.versions().get(0).catalog().equals(KafkamanCatalog.SAMPLE)
            ? BillingPolicy.kafkaman()
            : BillingPolicy.standard());
  }

  /**
   * Returns an engine for a price list over time with {@code policy}.
   *
   * @param versions the price list's versions
   * @param policy the conventions
   * @return the engine
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static BillingEngine of(CatalogVersions versions, BillingPolicy policy) {
    return new BillingEngine(versions, policy);
  }

  /**
   * Returns the engine of the kafkaman product: the sample catalog with {@link
   * BillingPolicy#kafkaman()}.
   *
   * @return the engine
   * @since 0.1.0
   */
  public static BillingEngine kafkaman() {
    return new BillingEngine(KafkamanCatalog.VERSIONS, BillingPolicy.kafkaman());
  }

  /**
   * Returns an engine for {@code catalog} with {@code policy}. Example: with {@code
   * kafkaman().withProration(THIRTY_DAY_MONTH)} the same 2 seats cost {@code 2 x 12.00 x 16/30 =
   * 12.80} (30E/360: the 15th to the 30th of March; the 31st counts as the 30th).
   *
   * @param catalog the price list
   * @param policy the conventions
   * @return the engine
   */
  public static BillingEngine of(Catalog catalog, BillingPolicy policy) {
    return new BillingEngine(versionsOf(catalog), policy);
  }

  /**
   * Returns the catalog: the latest version's, the only one of an engine built on one catalog.
   *
   * @return the catalog
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the catalog versions: one for an engine built on one catalog.
   *
   * @return the versions
   * @since 0.1.0
   */
  public CatalogVersions versions() {
    return versions;
  }

  /**
   * Returns the catalog that prices {@code team}: every command and query goes through here. O(1):
   * the version hangs off the subscription and is checked by identity against the engine's own. An
   * engine of one catalog prices every team with it, as before versions existed (its entries record
   * its own version); an engine of several versions refuses a team priced by a version it does not
   * have.
   *
   * @throws BillingException {@code CATALOG_VERSION_MISMATCH} for a team priced by a version this
   *     engine of several versions does not have (another date, or the same date with other
   *     content)
   */
  private Catalog catalogFor(Team team) {
    return versionOf(team).catalog().inCurrency(team.currency());
  }

  /** Returns the version that prices {@code team}; see {@link #catalogFor(Team)}. */
  private CatalogVersion versionOf(Team team) {
    // an engine of one catalog prices every team with it: no need to read the team's version
    // (reading it wraps it in an Optional, on every command)
    if (onlyVersion != null) {
      return onlyVersion;
    }
    Optional<CatalogVersion> held = team.subscription().catalogVersion();
    if (held.isEmpty()) {
      return versions.effectiveOn(team.subscription().currentCycle().start());
    }
    CatalogVersion version = held.get();
    if (versions.contains(version)) {
      return version;
    }
    throw new BillingException(
        BillingErrorCode.CATALOG_VERSION_MISMATCH,
        "subscription.catalogVersion",
        "team "
            + team.id()
            + " is priced by catalog version "
            + version
            + ", which this engine does not have ("
            + versions.versions()
            + ")");
  }

  /**
   * Returns the version a renewal of {@code team} on {@code renewalDate} prices with: the one in
   * effect on that date under {@link VersionAdoption#NEXT_RENEWAL}, the team's own under {@link
   * VersionAdoption#GRANDFATHERED}.
   */
  private CatalogVersion renewalVersion(Team team, LocalDate renewalDate) {
    CatalogVersion current = versionOf(team);
    if (onlyVersion != null || versions.adoption() == VersionAdoption.GRANDFATHERED) {
      return current;
    }
    CatalogVersion effective = versions.effectiveOn(renewalDate);
    // a renewal never moves a team back to an older version
    return effective.effectiveFrom().isAfter(current.effectiveFrom()) ? effective : current;
  }

  private static Team pricedBy(Team team, CatalogVersion version) {
    return team.withSubscription(team.subscription().withCatalogVersion(Optional.of(version)));
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public BillingPolicy policy() {
    return policy;
  }

  /**
   * Creates a team directly on {@code command.initialTerms()} with its collection method and
   * optional first card, anchored on {@code asOf}; no free plan is needed in the catalog.
   *
   * <ul>
   *   <li>A free plan: no invoice.
   *   <li>A paid plan: the first cycle is billed in advance at creation, as renewals bill theirs,
   *       and falls due by the collection method: at once (card auto-charge, attempted
   *       automatically) or after the net terms (pay by invoice, no card attempts). A paid plan on
   *       card auto-charge without a card is accepted: its first invoice is open and dunning chases
   *       it until a card is added and an attempt succeeds (Stripe's {@code default_incomplete}
   *       gives the same open first invoice); a host wanting a card up front checks before or gives
   *       the plan a trial that requires one.
   *   <li>A plan with a trial ({@code Plan.trialDays()} above zero): the current cycle is the trial
   *       {@code [asOf, asOf + trialDays)}, nothing is billed; the renewal on the trial's end
   *       starts the first paid cycle anchored on that date and issues its invoice. A trial that
   *       requires a card refuses a creation without one ({@code NO_PAYMENT_METHOD}).
   * </ul>
   *
   * <p>On a catalog with a free plan, a paid creation without a trial is recorded as today: the
   * team is created on the free plan and changed the same day (history entries {@code TEAM_CREATED}
   * and {@code SUBSCRIPTION_CHANGED}), so every kafkaman story keeps its entries and numbers.
   * Example: initial terms {@code BASIC MONTHLY, 3 seats} on 2024-03-01 issue {@code KB-000001}
   * with {@code 3 x 12.00 = 36.00} for {@code [2024-03-01, 2024-04-01)}; {@code ENTERPRISE ANNUAL,
   * 10 seats} on pay by invoice net 30 issue {@code 10 x 1188.00 = 11880.00} due 2024-03-31, with
   * no card attempt.
   *
   * @param command the creation command
   * @param asOf the creation date, within {@link InputLimits#requireDate the dates accepted}
   * @return {@link Outcome.Accepted} with the new team, or {@link Creation.Refused} (no team) for a
   *     date outside the dates accepted, invalid initial terms, a currency other than the
   *     catalog's, pay by invoice on a plan that does not allow it ({@code
   *     COLLECTION_METHOD_NOT_ALLOWED}), an expired card ({@code CARD_EXPIRED}) or a trial that
   *     requires a card without one ({@code NO_PAYMENT_METHOD})
   * @throws NullPointerException if an argument is null
   */
  public Creation create(Command.CreateTeam command, LocalDate asOf) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(asOf, "asOf");
    try {
      return createChecked(command, asOf);
    } catch (BillingException e) {
      return new Creation.Refused(command, e.errorCode(), e.field(), e.reason());
    } catch (ArithmeticException e) {
      return new Creation.Refused(
          command, BillingErrorCode.AMOUNT_OVERFLOW, "command", doesNotFit(e));
    }
  }

  private Creation createChecked(Command.CreateTeam command, LocalDate asOf) {
    InputLimits.requireDate("asOf", asOf);
    CatalogVersion version = onlyVersion != null ? onlyVersion : versions.effectiveOn(asOf);
    Catalog priced = version.catalog();
    // a team bills in one currency: the catalog's prices in it (refused when the catalog lacks it)
    Catalog catalog = priced.inCurrency(command.currency());
    Terms initial = command.initialTerms();
    Plan plan = catalog.plan(initial.plan());
    Optional<PlanId> free = catalog.freePlan();
    // the team's first day: on the initial plan, or on the free plan when it changes the same day
    // (the record of earlier versions, kept where the catalog has a free monthly plan and the
    // initial period is a month or longer, so that step is never a shortening of the period)
    boolean viaFree =
        free.isPresent()
            && !plan.hasTrial()
            && command.billingDay().isEmpty()
            && catalog.plan(free.get()).offers(BillingFrequency.MONTHLY)
            && initial.frequency().compareTo(BillingFrequency.MONTHLY) >= 0;
    Terms first = viaFree ? Terms.of(free.get(), BillingFrequency.MONTHLY, 1) : initial;
    if (!viaFree) {
      StartRules.requireOffered(catalog, initial);
    }
    Team team =
        StartRules.newTeam(
            command,
            first,
            plan.hasTrial() ? Optional.of(plan.trialDays()) : Optional.empty(),
            asOf);
    team = pricedBy(team, version);
    team = StartRules.withCollection(team, catalog, plan, command, asOf);
    if (plan.hasTrial() && command.billingDay().isPresent()) {
      // the trial ends into the first paid cycle aligned to the billing day
      StartRules.requireMonthBased(initial, "billingDay");
      team = team.withSubscription(team.subscription().withNextBillingDay(command.billingDay()));
    }
    Transition transition = new Transition(command, team, asOf, policy);
    transition.pricedBy(version);
    if (plan.hasTrial()) {
      LocalDate trialEnd = team.subscription().currentCycle().endExclusive();
      transition.record(
          EntryKind.TEAM_CREATED,
          "team "
              + command.teamId()
              + " created on "
              + plan.name()
              + ", free trial until "
              + trialEnd);
      return (Outcome.Accepted)
          transition.accept(
              "Created team "
                  + command.teamId()
                  + " on "
                  + Lines.terms(catalog, initial)
                  + " with a free trial of "
                  + plan.trialDays()
                  + " days; the first paid cycle starts on "
                  + trialEnd
                  + command.billingDay().map(day -> ", aligned to billing day " + day).orElse(""));
    }
    transition.record(
        EntryKind.TEAM_CREATED,
        "team " + command.teamId() + " created on " + catalog.plan(first.plan()).name());
    if (viaFree) {
      if (!initial.equals(team.subscription().terms())) {
        ChangeDecision decision =
            ChangeRules.decide(
                team,
                catalog,
                policy.changes(),
                policy.proration(),
                new ChangeRequest(initial, Timing.IMMEDIATELY, true),
                asOf);
        if (decision instanceof ChangeDecision.Refused r) {
          return new Creation.Refused(command, r.code(), r.field(), r.reason());
        }
        applyDecision(transition, usageAndFlex.withNewTerm(team, decision, asOf));
      }
    } else if (!plan.isFree()) {
      Optional<RenewalRules.Renewal> aligned =
          command.billingDay().isPresent()
              ? StartRules.alignedFirstCycle(
                  team, catalog, policy, command.billingDay().get(), asOf)
              : Optional.empty();
      RenewalRules.Renewal start =
          aligned.isPresent() ? aligned.get() : StartRules.firstCycle(team, catalog, policy, asOf);
      transition.setTeam(team.withSubscription(start.subscription()));
      transition.issue(start.lines());
    }
    return (Outcome.Accepted)
        transition.accept(
            "Created team " + command.teamId() + " on " + Lines.terms(catalog, initial));
  }

  /**
   * Applies {@code command} to {@code team} on {@code asOf}.
   *
   * <p>Commands of this issue: {@link Command.ChangeSubscription} (decided by {@link ChangeRules}:
   * immediately with a prorated invoice, on renewal as the next terms, or refused with an
   * alternative), {@link Command.SetStandingInstructions} and {@link
   * Command.ClearStandingInstructions} (before the cycle ends), and {@link Command.Renew} (on the
   * cycle's end: next terms applied, renewal invoice issued, account credit consumed first).
   *
   * <p>Example: a Basic team with 3 monthly seats on {@code [2024-03-01, 2024-04-01)} asks for 5
   * seats immediately on 2024-03-15: accepted, one invoice {@code 2 x 12.00 x 17/31 days = 13.16},
   * history entries {@code c-17} (the change) and {@code c-17/1} (the invoice). Asking for Free
   * immediately is refused with {@code BILL-401} and the same change "On renewal" as the
   * alternative.
   *
   * <p>A date outside {@link InputLimits#requireDate the dates accepted} is refused with {@code
   * DATE_OUT_OF_RANGE}; a computation whose result would not fit (a catalog price so large that
   * seats times price passes {@code long} minor units) with {@code AMOUNT_OVERFLOW}.
   *
   * @param team the team, never changed by this call
   * @param command the command
   * @param asOf the billing date the command happens on
   * @return the outcome: accepted with the new team and its effects, or refused with {@code team}
   *     itself
   * @throws NullPointerException if an argument is null
   */
  public Outcome apply(Team team, Command command, LocalDate asOf) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(asOf, "asOf");
    List<HistoryEntry> earlier = AccountHistory.entriesOf(team, command.id());
    if (!earlier.isEmpty()) {
      return repeated(team, command, earlier);
    }
    try {
      InputLimits.requireDate("asOf", asOf);
    } catch (BillingException e) {
      return refused(command, team, e.errorCode(), e.field(), e.reason(), Optional.empty());
    }
    if (asOf.isBefore(team.createdOn())) {
      return refused(
          command,
          team,
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "asOf",
          asOf + " is before the team was created on " + team.createdOn(),
          Optional.empty());
    }
    if (!team.history().isEmpty()) {
      LocalDate latest = team.history().latest().date();
      if (asOf.isBefore(latest)) {
        return refused(
            command,
            team,
            BillingErrorCode.DATE_OUT_OF_RANGE,
            "asOf",
            asOf
                + " is before the latest history entry on "
                + latest
                + "; history is chronological",
            Optional.empty());
      }
    }
    if (team.standing() == Standing.DEACTIVATED
        && command instanceof Command.ChangeSubscription change
        && change.request().timing() == Timing.IMMEDIATELY) {
      return refused(
          command,
          team,
          BillingErrorCode.TEAM_DEACTIVATED,
          "timing",
          "team "
              + team.id()
              + " is deactivated; pay the unpaid invoice to reactivate before changing immediately",
          Optional.empty());
    }
    if (team.subscription().paused() && !EndRules.allowedWhilePaused(command)) {
      return refused(
          command,
          team,
          BillingErrorCode.SUBSCRIPTION_PAUSED,
          "command",
          EndRules.pausedReason(team, command),
          Optional.empty());
    }
    if (command instanceof Command.ChangeSubscription change
        && change.request().timing() == Timing.IMMEDIATELY) {
      // an overdue stage of the dunning policy may block immediate changes (Kill Bill's
      // blockChanges); the same change on renewal is the alternative
      Optional<String> blocked = DunningRules.changesBlocked(team, asOf, policy.dunning());
      if (blocked.isPresent()) {
        return refused(
            command,
            team,
            BillingErrorCode.CHANGES_BLOCKED,
            "timing",
            blocked.get(),
            Optional.of(onRenewal(change)));
      }
    }
    if (team.subscription().ended() && !EndRules.allowedAfterEnd(command)) {
      return refused(
          command,
          team,
          BillingErrorCode.SUBSCRIPTION_ENDED,
          "command",
          EndRules.endedReason(team, command),
          Optional.empty());
    }
    Outcome outcome;
    try {
      outcome = decide(team, command, asOf);
    } catch (BillingException e) {
      outcome = refused(command, team, e.errorCode(), e.field(), e.reason(), Optional.empty());
    } catch (ArithmeticException e) {
      outcome =
          refused(
              command,
              team,
              BillingErrorCode.AMOUNT_OVERFLOW,
              "command",
              doesNotFit(e),
              Optional.empty());
    }
    LOG.debug(
        "team {} command {}: {}",
        team.id(),
        command.id(),
        outcome.isAccepted() ? "accepted" : "refused");
    return outcome;
  }

  /**
   * Applies {@code command} to {@code team} at the instant {@code at}, for an engine that prorates
   * by seconds ({@link DayCount#seconds(java.time.ZoneId)} as its policy's day count): the billing
   * date is the date of {@code at} in the count's zone, and the command runs with the count pinned
   * at {@code at} ({@link SecondsDayCount#at(Instant)}), so every charge and credit it prorates (an
   * immediate change, the credit of an immediate cancellation or of a pause) counts from the
   * instant rather than from midnight. Everything else is as {@link #apply(Team, Command,
   * LocalDate)} on that date; its history entries record {@code at} ({@link
   * HistoryEntry#instant()}), so {@link #replay(List)} applies the command at the same instant.
   *
   * <p>Example: Basic at 12.00 a seat a month on {@code [2024-04-01, 2024-05-01)} in UTC, upgraded
   * to Professional at 29.00 immediately at {@code 2024-04-16T12:00:00Z}: 14.5 of 30 days are left
   * ({@code 1252800/2592000 seconds}), so the invoice credits {@code -12.00 x 14.5/30 = -5.80} and
   * charges {@code 29.00 x 14.5/30 = 14.02} ({@code 14.0166..}, {@code HALF_UP}). On a cycle's
   * first date the change is a full-cycle charge and credit at any hour, as on a date.
   *
   * <p>History stays chronological: an instant before the instant of the latest entry is refused
   * ({@code DATE_OUT_OF_RANGE} naming {@code at}), as is a date before the latest entry's. A
   * command whose id is already in the history returns its first outcome, as on a date. An engine
   * whose day count counts dates ({@link DayCount#actualDays()} and the other presets) has no zone
   * to find the date of an instant in: it refuses the command with {@code INCONSISTENT_STATE}
   * naming {@code at}, so that a host does not believe it prorates by seconds when it does not.
   *
   * @param team the team, never changed by this call
   * @param command the command
   * @param at the instant the command happens at
   * @return the outcome: accepted with the new team and its effects, or refused with {@code team}
   *     itself
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Outcome apply(Team team, Command command, Instant at) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(at, "at");
    List<HistoryEntry> earlier = AccountHistory.entriesOf(team, command.id());
    if (!earlier.isEmpty()) {
      return repeated(team, command, earlier);
    }
    if (!(policy.proration().dayCount() instanceof SecondsDayCount seconds)) {
      return refused(
          command,
          team,
          BillingErrorCode.INCONSISTENT_STATE,
          "at",
          "this engine prorates by "
              + policy.proration().dayCount().name()
              + ", which counts dates, not instants; apply the command on a date, or prorate by"
              + " DayCount.seconds(zone)",
          Optional.empty());
    }
    LocalDate asOf;
    try {
      asOf = seconds.dateOf(at);
    } catch (DateTimeException e) {
      return refused(
          command,
          team,
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "at",
          at + " has no date in " + seconds.zone(),
          Optional.empty());
    }
    // the latest instant recorded on this date or later: entries applied on a date (a payment
    // falling due) may follow an entry made at an instant, and do not move time back
    History history = team.history();
    for (int i = history.size() - 1; i >= 0 && !history.get(i).date().isBefore(asOf); i--) {
      Optional<Instant> latest = history.get(i).instant();
      if (latest.isPresent() && at.isBefore(latest.get())) {
        return refused(
            command,
            team,
            BillingErrorCode.DATE_OUT_OF_RANGE,
            "at",
            at + " is before the history entry at " + latest.get() + "; history is chronological",
            Optional.empty());
      }
    }
    BillingPolicy pinned = policy.withProration(policy.proration().withDayCount(seconds.at(at)));
    return new BillingEngine(versions, pinned).apply(team, command, asOf);
  }

  /**
   * Quotes the expected cost upon renewal, line by line, after standing instructions. Example:
   * Basic, 5 monthly seats, instructions for Professional with one monitoring block: {@code 5 x
   * 29.00 = 145.00} and {@code 1 x 8.00 = 8.00}, total 153.00 on 2024-04-01.
   *
   * @param team the team
   * @return the quote; nothing is issued
   * @throws BillingException if the catalog no longer prices the next terms; {@code
   *     AMOUNT_OVERFLOW} if an amount would not fit
   * @throws NullPointerException if {@code team} is null
   */
  public RenewalQuote quoteRenewal(Team team) {
    Objects.requireNonNull(team, "team");
    LocalDate renewsOn = team.subscription().currentCycle().endExclusive();
    RenewalQuote quote =
        fitting(
            () ->
                RenewalRules.quote(
                    team,
                    renewalVersion(team, renewsOn).catalog().inCurrency(team.currency()),
                    policy.autoFlex(),
                    policy.proration(),
                    policy.firstStub()));
    if (!renewalSkipped(team, renewsOn)) {
      return quote;
    }
    // deactivated under SKIP_WHILE_DEACTIVATED: the renewal bills only what the ended cycle used
    List<InvoiceLine> used = usedInEndedCycle(quote.lines());
    Amount total = Amount.zero(team.currency());
    for (InvoiceLine line : used) {
      total = total.plus(line.amount());
    }
    return new RenewalQuote(
        quote.renewsOn(),
        quote.nextCycle(),
        quote.nextTerms(),
        used,
        total,
        quote.overageSoFar(),
        quote.overageSoFarTotal());
  }

  /**
   * Returns the resource usage view: per resource, used, included, purchased, remaining and overage
   * so far in the open usage month, broken down by source.
   *
   * @param team the team
   * @param asOf the date asked about, not before the team was created
   * @return the view; nothing is changed
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date before the team was created or
   *     outside the dates accepted
   * @throws NullPointerException if an argument is null
   */
  public UsageReport usage(Team team, LocalDate asOf) {
    requireQueryDate(team, asOf);
    return fitting(() -> UsageRules.report(team, catalogFor(team), asOf));
  }

  /**
   * Returns the auto-flex part of the billing overview: the additional members, what the end of the
   * auto-flex cycle will bill if nothing changes, and the dates of the auto-flex and billing
   * cycles.
   *
   * @param team the team
   * @param asOf a date within the current billing cycle
   * @return the overview; nothing is changed
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date outside the current cycle or
   *     before the team was created
   * @throws NullPointerException if an argument is null
   */
  public FlexOverview autoFlexOverview(Team team, LocalDate asOf) {
    requireQueryDate(team, asOf);
    return fitting(
        () ->
            FlexRules.overview(
                team, catalogFor(team), policy.autoFlex(), policy.proration(), asOf));
  }

  /**
   * Rebuilds a team from its history: creates it from the first entry ({@code TEAM_CREATED}, whose
   * payload is the {@link Command.CreateTeam}) and applies every later command entry on its date,
   * or at its instant when it records one ({@link #apply(Team, Command, Instant)}). With the
   * catalog and policy the history was made with, the result equals the team the history came from;
   * so it does after a new catalog version was added whose date is after the entries it would
   * price.
   *
   * <p>Every entry records the catalog version that priced it. A replay never reprices silently: a
   * history with an entry priced by a version this engine does not have (a price list edited in
   * place: same date, other content; or a version removed) is refused before anything is replayed,
   * and an entry that would replay priced by another version (a version added with a date in the
   * past of the history) is refused too, both with {@code CATALOG_VERSION_MISMATCH} naming the
   * entry and the version. Example: an invoice issued at EUR 27.00 under version 1 cannot become
   * 30.00 by replaying under an engine whose version 1 says 10.00 per seat.
   *
   * @param history the entries, oldest first
   * @return the team
   * @throws BillingException {@code INCONSISTENT_STATE} if the history does not start with a team
   *     creation or a command replays as refused; {@code CATALOG_VERSION_MISMATCH [history[i]]} if
   *     entry {@code i} was priced by a version this engine does not have, or replays priced by
   *     another
   * @throws NullPointerException if {@code history} or an entry is null
   */
  public Team replay(List<HistoryEntry> history) {
    Objects.requireNonNull(history, "history");
    for (HistoryEntry entry : history) {
      Objects.requireNonNull(entry, "history entry");
    }
    BillingException.check(
        !history.isEmpty() && history.get(0).payload() instanceof Command.CreateTeam,
        BillingErrorCode.INCONSISTENT_STATE,
        "history[0]",
        "a history starts with TEAM_CREATED carrying the CreateTeam command, was "
            + (history.isEmpty() ? "empty" : history.get(0)));
    requireVersionsOf(history);
    Command.CreateTeam create = (Command.CreateTeam) history.get(0).payload();
    Creation created = create(create, history.get(0).date());
    if (!(created instanceof Outcome.Accepted accepted)) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "history",
          "command " + create.id() + " replays as " + created.summary());
    }
    Outcome outcome = accepted;
    for (HistoryEntry entry : history.subList(1, history.size())) {
      BillingException.check(
          outcome.isAccepted(),
          BillingErrorCode.INCONSISTENT_STATE,
          "history",
          "command " + outcome.command().id() + " replays as " + outcome.summary());
      if (entry.payload() instanceof Command command && entry.id().equals(command.id())) {
        // a command applied at an instant replays at it, prorated by the same seconds
        Optional<Instant> at = entry.instant();
        outcome =
            at.isPresent()
                ? apply(outcome.team(), command, at.get())
                : apply(outcome.team(), command, entry.date());
      }
    }
    BillingException.check(
        outcome.isAccepted(),
        BillingErrorCode.INCONSISTENT_STATE,
        "history",
        "command " + outcome.command().id() + " replays as " + outcome.summary());
    requireSamePricing(history, outcome.team());
    return outcome.team();
  }

  /** Refuses a history priced by a version this engine does not have, naming the entry. */
  private void requireVersionsOf(List<HistoryEntry> history) {
    // a history holds a few distinct versions: check each once
    CatalogVersionId checked = null;
    for (int i = 0; i < history.size(); i++) {
      HistoryEntry entry = history.get(i);
      Optional<CatalogVersionId> recorded = entry.catalogVersion();
      if (recorded.isEmpty() || recorded.get().equals(checked)) {
        continue;
      }
      CatalogVersionId id = recorded.get();
      if (versions.version(id).isEmpty()) {
        String known =
            versions.versions().stream()
                .filter(v -> v.effectiveFrom().equals(id.effectiveFrom()))
                .findFirst()
                .map(v -> "this engine's version of that date has other content (" + v + ")")
                .orElse("this engine has no version of that date");
        throw versionMismatch(
            i, entry, id, "; " + known + "; replaying would reprice issued invoices");
      }
      checked = id;
    }
  }

  private static BillingException versionMismatch(
      int index, HistoryEntry entry, CatalogVersionId recorded, String why) {
    return new BillingException(
        BillingErrorCode.CATALOG_VERSION_MISMATCH,
        "history[" + index + "]",
        "entry "
            + entry.id()
            + " of "
            + entry.date()
            + " was priced by catalog version "
            + recorded
            + why);
  }

  /** Refuses a replay in which an entry was priced by another version than recorded. */
  private static void requireSamePricing(List<HistoryEntry> history, Team replayed) {
    Map<String, Optional<CatalogVersionId>> pricedBy = new HashMap<>();
    for (HistoryEntry again : replayed.history()) {
      pricedBy.put(again.id(), again.catalogVersion());
    }
    for (int i = 0; i < history.size(); i++) {
      HistoryEntry entry = history.get(i);
      if (entry.catalogVersion().isEmpty()) {
        continue;
      }
      Optional<CatalogVersionId> replayedVersion =
          pricedBy.getOrDefault(entry.id(), Optional.empty());
      if (!replayedVersion.equals(entry.catalogVersion())) {
        throw versionMismatch(
            i,
            entry,
            entry.catalogVersion().get(),
            " and replays priced by "
                + replayedVersion.map(CatalogVersionId::toString).orElse("none")
                + "; a version dated in the past of the history would reprice it");
      }
    }
  }

  /**
   * Returns every billing event of {@code team} that falls due in {@code range}: payment attempts,
   * overdue dates, grace ends and renewals (and whatever further {@link AgendaSource}s the engine
   * joins), in a deterministic order, so a host's scheduler knows when to call the engine.
   *
   * <p>The range is bounded, so that every agenda answers in bounded time: it must not start before
   * the team was created, nor end after {@link InputLimits#LATEST_DATE}, and covers at most {@value
   * InputLimits#MAX_RANGE_DAYS} days (about ten years); a scheduler with an open-ended horizon asks
   * again for the next range.
   *
   * @param team the team
   * @param range the dates asked about, half-open
   * @return the agenda
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a range longer than {@value
   *     InputLimits#MAX_RANGE_DAYS} days or ending after the dates accepted
   * @throws NullPointerException if an argument is null
   */
  public Agenda agenda(Team team, DateRange range) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(range, "range");
    BillingException.check(
        !range.endExclusive().isAfter(InputLimits.LATEST_DATE.plusDays(1)),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "range",
        () -> range + " ends after the dates accepted, up to " + InputLimits.LATEST_DATE);
    BillingException.check(
        range.lengthInDays() <= InputLimits.MAX_RANGE_DAYS,
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "range",
        () ->
            range
                + " covers "
                + range.lengthInDays()
                + " days; an agenda covers at most "
                + InputLimits.MAX_RANGE_DAYS
                + ": ask again for the next range");
    LocalDate created = team.createdOn();
    if (!range.start().isBefore(created)) {
      return fitting(() -> Agenda.of(team, range, agendaSources()));
    }
    // nothing falls due before the team existed: the agenda is that of the days since
    LocalDate from = range.endExclusive().isAfter(created) ? created : range.endExclusive();
    Agenda since =
        fitting(() -> Agenda.of(team, DateRange.of(from, range.endExclusive()), agendaSources()));
    return new Agenda(team.id(), range, since.events());
  }

  /**
   * Returns the sources of the agenda: renewals, usage-month ends and auto-flex dates, and dunning.
   *
   * @return the sources
   */
  List<AgendaSource> agendaSources() {
    return List.of(
        (team, range) -> Agenda.renewals(team, catalogFor(team), range),
        (team, range) -> Agenda.usageAndAutoFlex(team, range, policy.autoFlex(), catalogFor(team)),
        (team, range) -> DunningRules.agenda(team, range, policy.dunning()));
  }

  /**
   * Returns what the automatic attempt of invoice {@code invoiceNumber} on {@code asOf} should
   * charge: the primary card and the amount due, or why no charge is possible (an expired card, no
   * card); report the outcome with {@link Command.ReportPaymentAttempt}.
   *
   * @param team the team
   * @param invoiceNumber the invoice
   * @param asOf the date of the attempt
   * @return the charge
   * @throws BillingException {@code UNKNOWN_INVOICE}; {@code INVOICE_ALREADY_PAID} or {@code
   *     ILLEGAL_INVOICE_TRANSITION} for an invoice that cannot be paid; {@code DATE_OUT_OF_RANGE}
   *     for a date before the team was created or outside the dates accepted
   * @throws NullPointerException if an argument is null
   */
  public Charge chargeFor(Team team, String invoiceNumber, LocalDate asOf) {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    requireQueryDate(team, asOf);
    Invoice invoice = InvoiceLifecycle.requirePayable(team, invoiceNumber);
    return CardRules.charge(team, invoice.totalDue(), asOf);
  }

  /**
   * Returns the history entries dated in {@code range}, oldest first.
   *
   * @param team the team
   * @param range the dates, half-open, of any length: the answer is at most the history
   * @return the entries
   * @throws NullPointerException if an argument is null
   */
  public List<HistoryEntry> historyBetween(Team team, DateRange range) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(range, "range");
    return AccountHistory.between(team, range);
  }

  /**
   * Returns every invoice issued, newest first, in its current status.
   *
   * @param team the team
   * @return the invoices
   * @throws NullPointerException if {@code team} is null
   */
  public List<Invoice> pastInvoices(Team team) {
    Objects.requireNonNull(team, "team");
    return AccountHistory.pastInvoices(team);
  }

  /**
   * Returns the unpaid invoices with amounts, due dates, channels, attempts and grace end.
   *
   * @param team the team
   * @param asOf the date asked about, not before the team was created
   * @return the pending payments, oldest first
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date before the team was created or
   *     outside the dates accepted
   * @throws NullPointerException if an argument is null
   */
  public List<PendingPayment> pendingPayments(Team team, LocalDate asOf) {
    requireQueryDate(team, asOf);
    return fitting(() -> AccountHistory.pendingPayments(team, asOf));
  }

  /**
   * Returns the billing overview: plan, cycle dates, expected cost upon renewal (this engine's
   * {@link #quoteRenewal}), standing.
   *
   * @param team the team
   * @return the overview
   * @throws NullPointerException if {@code team} is null
   */
  public BillingOverview overview(Team team) {
    Objects.requireNonNull(team, "team");
    return fitting(() -> AccountHistory.overview(team, quoteRenewal(team)));
  }

  /** Checks the date of a query: within the dates accepted, not before the team was created. */
  private static void requireQueryDate(Team team, LocalDate asOf) {
    Objects.requireNonNull(team, "team");
    InputLimits.requireDate("asOf", asOf);
    BillingException.check(
        !asOf.isBefore(team.createdOn()),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> asOf + " is before the team was created on " + team.createdOn());
  }

  /** Runs a query, turning a result that does not fit into {@code AMOUNT_OVERFLOW}. */
  private static <T> T fitting(Supplier<T> query) {
    try {
      return query.get();
    } catch (ArithmeticException e) {
      throw new BillingException(BillingErrorCode.AMOUNT_OVERFLOW, "team", doesNotFit(e));
    }
  }

  private static String doesNotFit(ArithmeticException e) {
    return "a result does not fit in its bounds (" + e.getMessage() + ")";
  }

  private Outcome decide(Team team, Command command, LocalDate asOf) {
    if (UsageAndFlexCommands.handles(command)) {
      return usageAndFlex.decide(team, command, asOf);
    }
    CatalogVersion pricing = versionOf(team);
    Catalog catalog = pricing.catalog().inCurrency(team.currency());
    Transition transition = new Transition(command, team, asOf, policy);
    transition.pricedBy(pricing);
    if (command instanceof Command.ChangeSubscription change) {
      boolean ended = team.subscription().ended();
      Optional<String> cancelled = ended ? Optional.empty() : EndRules.cancelledChange(team);
      if (cancelled.isPresent()) {
        return refused(
            command,
            team,
            BillingErrorCode.SUBSCRIPTION_ENDED,
            "command",
            cancelled.get(),
            Optional.empty());
      }
      Optional<Outcome> locked = ended ? Optional.empty() : usageAndFlex.lockedSeats(team, change);
      if (locked.isPresent()) {
        return locked.get();
      }
      ChangeDecision decision =
          team.subscription().inTrial() && change.request().timing() == Timing.IMMEDIATELY
              ? EndRules.trialChange(team, catalog, policy, change.request(), asOf)
              : ChangeRules.decide(
                  team, catalog, policy.changes(), policy.proration(), change.request(), asOf);
      if (decision instanceof ChangeDecision.Refused r) {
        Optional<Command> alternative =
            r.alternative()
                .map(
                    timing ->
                        new Command.ChangeSubscription(
                            change.id(),
                            change.actor(),
                            new ChangeRequest(
                                change.request().target(),
                                timing,
                                change.request().salesAssisted())));
        return refused(command, team, r.code(), r.field(), r.reason(), alternative);
      }
      return applyDecision(transition, usageAndFlex.withNewTerm(team, decision, asOf));
    } else if (command instanceof Command.SetStandingInstructions set) {
      requireWithinCycle(team, asOf);
      // standing instructions replace a cancellation: the team renews again
      team = team.withSubscription(team.subscription().withEndsOn(Optional.empty()));
      Subscription subscription = team.subscription();
      if (set.nextTerms().equals(subscription.terms())) {
        transition.setTeam(team.withSubscription(subscription.withNextTerms(Optional.empty())));
        String summary =
            "Standing instructions for "
                + subscription.currentCycle().endExclusive()
                + ": renew unchanged ("
                + Lines.terms(catalog, set.nextTerms())
                + ")";
        transition.record(EntryKind.STANDING_INSTRUCTIONS, summary);
        return transition.accept(summary);
      }
      ChangeDecision decision =
          ChangeRules.decide(
              team.withSubscription(subscription.withNextTerms(Optional.empty())),
              catalog,
              policy.changes(),
              policy.proration(),
              new ChangeRequest(set.nextTerms(), Timing.ON_RENEWAL, set.salesAssisted()),
              asOf);
      if (decision instanceof ChangeDecision.Refused r) {
        return refused(command, team, r.code(), r.field(), r.reason(), Optional.empty());
      }
      transition.setTeam(
          team.withSubscription(subscription.withNextTerms(Optional.of(set.nextTerms()))));
      String summary =
          "Standing instructions for "
              + subscription.currentCycle().endExclusive()
              + ": "
              + set.nextTerms();
      transition.record(EntryKind.STANDING_INSTRUCTIONS, summary);
      return transition.accept(summary);
    } else if (command instanceof Command.ClearStandingInstructions) {
      requireWithinCycle(team, asOf);
      if (team.subscription().endsOn().isPresent()) {
        transition.setTeam(team.withSubscription(team.subscription().withEndsOn(Optional.empty())));
        transition.record(EntryKind.STANDING_INSTRUCTIONS, "cancellation revoked: renew unchanged");
        return transition.accept("Cancellation revoked");
      }
      if (team.subscription().nextTerms().isEmpty()) {
        return refused(
            command,
            team,
            BillingErrorCode.NO_STANDING_INSTRUCTIONS,
            "nextTerms",
            "no standing instructions are set",
            Optional.empty());
      }
      transition.setTeam(
          team.withSubscription(team.subscription().withNextTerms(Optional.empty())));
      transition.record(
          EntryKind.STANDING_INSTRUCTIONS, "standing instructions cleared: renew unchanged");
      return transition.accept("Standing instructions cleared");
    } else if (command instanceof Command.Cancel) {
      return EndRules.cancel(transition, team, catalog, policy, asOf);
    } else if (command instanceof Command.ChangeBillingDay change) {
      return StartRules.changeBillingDay(transition, team, change, asOf);
    } else if (command instanceof Command.Pause) {
      return EndRules.pause(transition, team, catalog, policy, asOf);
    } else if (command instanceof Command.Resume) {
      Subscription paused = team.subscription();
      BillingException.check(
          paused.paused(),
          BillingErrorCode.NOTHING_TO_CHANGE,
          "command",
          () -> "the subscription is not paused");
      ChangeDecision decision =
          ChangeRules.decide(
              team,
              catalog,
              policy.changes(),
              policy.proration(),
              new ChangeRequest(paused.terms(), Timing.IMMEDIATELY, true),
              asOf);
      if (decision instanceof ChangeDecision.Refused r) {
        return refused(command, team, r.code(), r.field(), r.reason(), Optional.empty());
      }
      ChangeDecision.Immediately resumed =
          (ChangeDecision.Immediately) usageAndFlex.withNewTerm(team, decision, asOf);
      transition.setTeam(team.withSubscription(resumed.subscription()));
      String summary =
          "Resumed "
              + Lines.terms(catalog, paused.terms())
              + " (paused on "
              + paused.pausedOn().orElseThrow()
              + "): new cycle "
              + resumed.subscription().currentCycle();
      transition.record(EntryKind.RESUMED, summary);
      transition.issue(resumed.lines());
      return transition.accept(summary);
    } else if (command instanceof Command.Renew) {
      if (renewalSkipped(team, asOf)) {
        return skipRenewal(transition, team, asOf);
      }
      CatalogVersion version =
          renewalVersion(team, team.subscription().currentCycle().endExclusive());
      RenewalRules.Renewal renewal = renewal(team, version, asOf);
      transition.setTeam(pricedBy(team.withSubscription(renewal.subscription()), version));
      transition.pricedBy(version);
      transition.record(
          renewal.subscription().ended() ? EntryKind.ENDED : EntryKind.RENEWED,
          Summary.of(renewal::summary));
      transition.issue(renewal.lines());
      return transition.accept(Summary.of(renewal::summary));
    } else if (command instanceof Command.AddCard add) {
      return applyPayment(
          transition, EntryKind.CARD_CHANGED, CardRules.add(team, add.card(), asOf));
    } else if (command instanceof Command.RemoveCard remove) {
      return applyPayment(
          transition, EntryKind.CARD_CHANGED, CardRules.remove(team, catalog, remove.token()));
    } else if (command instanceof Command.SetPrimaryCard primary) {
      return applyPayment(
          transition, EntryKind.CARD_CHANGED, CardRules.setPrimary(team, primary.token(), asOf));
    } else if (command instanceof Command.SetCollectionMethod set) {
      return applyPayment(
          transition,
          EntryKind.COLLECTION_CHANGED,
          CollectionRules.switchTo(team, catalog, set.method()));
    } else if (command instanceof Command.UpdateBillingDetails update) {
      return applyPayment(
          transition,
          EntryKind.BILLING_DETAILS_CHANGED,
          BillingDetailsRules.update(team, update.details()));
    } else if (command instanceof Command.ReportPaymentAttempt report) {
      return settled(
          transition,
          DunningRules.reportAttempt(
              team,
              report.invoiceNumber(),
              report.outcome(),
              report.reason(),
              asOf,
              policy.dunning()));
    } else if (command instanceof Command.RecordPayment payment) {
      return settled(
          transition,
          DunningRules.recordPayment(
              team,
              payment.invoiceNumber(),
              payment.channel(),
              payment.amount(),
              asOf,
              policy.dunning()));
    } else if (command instanceof Command.EvaluateDunning) {
      return applyStep(transition, DunningRules.evaluate(team, asOf, policy.dunning()));
    } else if (command instanceof Command.VoidInvoice voiding) {
      return settled(
          transition,
          DunningRules.voidInvoice(team, voiding.invoiceNumber(), asOf, policy.dunning(), catalog));
    } else if (command instanceof Command.MarkUncollectible marking) {
      return applyStep(
          transition,
          DunningRules.markUncollectible(team, marking.invoiceNumber(), asOf, policy.dunning()));
    } else if (command instanceof Command.CreateTeam) {
      return refused(
          command,
          team,
          BillingErrorCode.INCONSISTENT_STATE,
          "command",
          "team " + team.id() + " already exists; CreateTeam goes through create()",
          Optional.empty());
    }
    throw new IllegalStateException("unhandled command " + command);
  }

  private static Outcome applyDecision(Transition transition, ChangeDecision decision) {
    Team team = transition.team();
    if (decision instanceof ChangeDecision.Immediately now) {
      transition.setTeam(team.withSubscription(now.subscription()));
      transition.record(EntryKind.SUBSCRIPTION_CHANGED, Summary.of(now::summary));
      transition.issue(now.lines());
    } else if (decision instanceof ChangeDecision.OnRenewal later) {
      transition.setTeam(
          team.withSubscription(team.subscription().withNextTerms(Optional.of(later.nextTerms()))));
      transition.record(EntryKind.SUBSCRIPTION_CHANGED, later.summary());
    }
    return transition.accept(Summary.of(decision::summary));
  }

  /** The renewal of {@code team} on {@code asOf}, priced by {@code version}. */
  private RenewalRules.Renewal renewal(Team team, CatalogVersion version, LocalDate asOf) {
    return RenewalRules.renew(
        team,
        version.catalog().inCurrency(team.currency()),
        policy.autoFlex(),
        policy.proration(),
        policy.firstStub(),
        asOf);
  }

  /** The same change on renewal: the alternative a refused immediate change offers. */
  static Command.ChangeSubscription onRenewal(Command.ChangeSubscription change) {
    return new Command.ChangeSubscription(
        change.id(),
        change.actor(),
        new ChangeRequest(
            change.request().target(), Timing.ON_RENEWAL, change.request().salesAssisted()));
  }

  /**
   * Whether the renewal due on {@code asOf} issues nothing: the dunning policy skips renewals while
   * the team is deactivated ({@link OverdueRenewals#SKIP_WHILE_DEACTIVATED}) and its standing (as
   * the last dunning evaluation recorded it: hosts evaluate on each grace end of the agenda) is
   * {@code DEACTIVATED}.
   */
  private boolean renewalSkipped(Team team, LocalDate asOf) {
    return policy.dunning().termsOn(asOf).renewals() == OverdueRenewals.SKIP_WHILE_DEACTIVATED
        && !team.subscription().ended()
        && team.subscription().currentCycle().endExclusive().equals(asOf)
        && team.standing() == Standing.DEACTIVATED;
  }

  /**
   * Renews a deactivated team without billing: the subscription moves to its next cycle as a
   * renewal would (so the renewal dates of the agenda and of a host's loop move on), but nothing is
   * issued or charged and the cycle holds no billed item (time spent deactivated is never billed,
   * and nothing of it can be credited); the payment that reactivates the team starts its next term
   * ({@link #settled}).
   */
  private Outcome skipRenewal(Transition transition, Team team, LocalDate asOf) {
    CatalogVersion version = renewalVersion(team, asOf);
    RenewalRules.Renewal renewal = renewal(team, version, asOf);
    Subscription unbilled = renewal.subscription().withBilledItems(List.of());
    transition.setTeam(pricedBy(team.withSubscription(unbilled), version));
    transition.pricedBy(version);
    List<InvoiceLine> used = usedInEndedCycle(renewal.lines());
    String summary =
        "Renewal on "
            + asOf
            + " not billed: team "
            + team.id()
            + " is deactivated, cycle "
            + unbilled.currentCycle()
            + " is not billed"
            + (used.isEmpty() ? "" : " (what the ended cycle used is)")
            + "; the payment that reactivates it starts a new term";
    transition.record(unbilled.ended() ? EntryKind.ENDED : EntryKind.RENEWED, summary);
    transition.issue(used);
    return transition.accept(summary);
  }

  /**
   * The lines of a renewal for what the ended cycle used (overage of its last usage month,
   * auto-flex users of its last auto-flex cycle): owed even when the next cycle is not billed.
   */
  private static List<InvoiceLine> usedInEndedCycle(List<InvoiceLine> lines) {
    List<InvoiceLine> used = new ArrayList<>(lines.size());
    for (InvoiceLine line : lines) {
      if (line.kind() == LineKind.OVERAGE || line.kind() == LineKind.AUTO_FLEX) {
        used.add(line);
      }
    }
    return used;
  }

  /**
   * Applies a dunning step that may pay or void an invoice. When it reactivates a team whose
   * current cycle was renewed unbilled while it was deactivated ({@link
   * OverdueRenewals#SKIP_WHILE_DEACTIVATED}: no billed item), a new term replaces it from {@code
   * asOf}, billed in full with the terms the team had (pending standing instructions apply), priced
   * as a first cycle is.
   */
  private Outcome settled(Transition transition, DunningStep step) {
    Team before = transition.team();
    LocalDate asOf = transition.asOf();
    transition.apply(step);
    Team after = step.team();
    Subscription subscription = after.subscription();
    if (policy.dunning().termsOn(asOf).renewals() == OverdueRenewals.SKIP_WHILE_DEACTIVATED
        && before.standing() == Standing.DEACTIVATED
        && after.standing() != Standing.DEACTIVATED
        && !subscription.ended()
        && !subscription.inTrial()
        && subscription.billedItems().isEmpty()
        && !subscription.currentCycle().start().isAfter(asOf)
        && !versionOf(after).catalog().plan(subscription.terms().plan()).isFree()) {
      CatalogVersion version = renewalVersion(after, asOf);
      // priced as a first cycle (no auto-flex users to bill: the unbilled cycle billed none); the
      // new term starts its own auto-flex cycle when auto-flex is on
      RenewalRules.Renewal term =
          StartRules.firstCycle(
              after.withSubscription(
                  subscription.withAutoFlexEnabled(false).withAutoFlexCycle(Optional.empty())),
              version.catalog().inCurrency(after.currency()),
              policy,
              asOf);
      Subscription started = term.subscription();
      if (subscription.autoFlexEnabled()) {
        started = FlexRules.enabled(after.withSubscription(started), asOf);
      }
      transition.setTeam(pricedBy(after.withSubscription(started), version));
      transition.pricedBy(version);
      transition.record(
          EntryKind.RENEWED,
          Summary.of(
              () ->
                  "Reactivated: cycle "
                      + subscription.currentCycle()
                      + " was not billed while deactivated; new term: "
                      + term.summary()));
      transition.issue(term.lines());
    }
    return transition.accept(step.summary());
  }

  private static Outcome applyStep(Transition transition, DunningStep step) {
    transition.apply(step);
    return transition.accept(step.summary());
  }

  private static Outcome applyPayment(Transition transition, EntryKind kind, PaymentChange change) {
    transition.setTeam(change.team());
    transition.record(kind, change.summary());
    return transition.accept(change.summary());
  }

  private static Outcome repeated(Team team, Command command, List<HistoryEntry> earlier) {
    HistoryEntry first = earlier.get(0);
    if (!first.id().equals(command.id()) || !command.equals(first.payload())) {
      return refused(
          command,
          team,
          BillingErrorCode.DUPLICATE_ENTRY_ID,
          "id",
          "command id '"
              + command.id()
              + "' was used on "
              + first.date()
              + " for another command ("
              + first
              + ")",
          Optional.empty());
    }
    LOG.debug("command {} already applied on {}; no second effect", command.id(), first.date());
    return new Outcome.Accepted(
        command,
        team,
        first.summary(),
        AccountHistory.invoicesIssuedBy(team, command.id()),
        List.of(),
        earlier);
  }

  static void requireWithinCycle(Team team, LocalDate asOf) {
    if (!team.subscription().currentCycle().contains(asOf)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "asOf",
          asOf + " is outside the current cycle " + team.subscription().currentCycle());
    }
  }

  private static Outcome refused(
      Command command,
      Team team,
      BillingErrorCode code,
      String field,
      String reason,
      Optional<Command> alternative) {
    return new Outcome.Refused(command, team, code, field, reason, alternative);
  }
}
