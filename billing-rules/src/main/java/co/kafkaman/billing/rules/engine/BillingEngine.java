package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.change.ChangeDecision;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.ChangeRules;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import co.kafkaman.billing.rules.renewal.RenewalRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point host applications call: {@link #apply(Team, Command, LocalDate)} decides a
 * command for a team on a date and returns an {@link Outcome}; queries such as {@link
 * #quoteRenewal(Team)} compute without changing anything.
 *
 * <p>Pure: the same team, command and date always give the same outcome; the engine never reads a
 * clock and never changes its inputs. Invalid input ({@link BillingException}) and business
 * refusals both come back as {@link Outcome.Refused} with the team exactly as given, so a host
 * never sees a half-applied state. A command whose id is already in the team's history is not
 * applied again: the outcome is accepted with no new effect.
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
 */
public final class BillingEngine {
  private static final Logger LOG = LoggerFactory.getLogger(BillingEngine.class);

  private final Catalog catalog;
  private final BillingPolicy policy;

  private BillingEngine(Catalog catalog, BillingPolicy policy) {
    this.catalog = catalog;
    this.policy = policy;
  }

  /**
   * Returns an engine for {@code catalog} with the kafkaman policy.
   *
   * @param catalog the price list
   * @return the engine
   */
  public static BillingEngine of(Catalog catalog) {
    return new BillingEngine(catalog, BillingPolicy.kafkaman());
  }

  /**
   * Returns an engine for {@code catalog} with {@code policy}.
   *
   * @param catalog the price list
   * @param policy the conventions
   * @return the engine
   */
  public static BillingEngine of(Catalog catalog, BillingPolicy policy) {
    return new BillingEngine(catalog, policy);
  }

  /**
   * Returns the catalog.
   *
   * @return the catalog
   */
  public Catalog catalog() {
    return catalog;
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
   * Creates a team: on Free, monthly, one seat, anchored on {@code asOf}; when {@code
   * command.initialTerms()} are paid, a paid term starts the same day and its first invoice is
   * issued.
   *
   * @param command the creation command
   * @param asOf the creation date
   * @return the outcome with the new team; refused (with a placeholder-free minimal team) only for
   *     invalid initial terms
   */
  public Outcome create(Command.CreateTeam command, LocalDate asOf) {
    Team team =
        Team.builder()
            .id(command.teamId())
            .currency(command.currency())
            .createdOn(asOf)
            .addMembers(command.owner())
            .subscription(
                Subscription.builder()
                    .terms(Terms.of(PlanTier.FREE, BillingFrequency.MONTHLY, 1))
                    .anchor(asOf)
                    .currentCycle(
                        CycleSchedule.billingCycles(asOf, BillingFrequency.MONTHLY).period(0))
                    .purchasedOn(asOf)
                    .build())
            .billingDetails(command.billingDetails())
            .accountCredit(Amount.zero(command.currency()))
            .invoiceNumbering(InvoiceNumbering.startingAt1(command.invoicePrefix()))
            .build();
    Transition transition = new Transition(command, team, asOf);
    transition.record(EntryKind.TEAM_CREATED, "team " + command.teamId() + " created on Free");
    Terms initial = command.initialTerms();
    if (!initial.equals(team.subscription().terms())) {
      ChangeDecision decision;
      try {
        decision =
            ChangeRules.decide(
                team,
                catalog,
                policy.proration(),
                new ChangeRequest(initial, Timing.IMMEDIATELY, true),
                asOf);
      } catch (BillingException e) {
        return refused(command, team, e.errorCode(), e.field(), e.reason(), Optional.empty());
      }
      if (decision instanceof ChangeDecision.Refused r) {
        return refused(command, team, r.code(), r.field(), r.reason(), Optional.empty());
      }
      applyDecision(transition, decision);
    }
    return transition.accept("Created team " + command.teamId() + " on " + initial);
  }

  /**
   * Applies {@code command} to {@code team} on {@code asOf}.
   *
   * @param team the team, never changed by this call
   * @param command the command
   * @param asOf the billing date the command happens on
   * @return the outcome: accepted with the new team and its effects, or refused with {@code team}
   *     itself
   */
  public Outcome apply(Team team, Command command, LocalDate asOf) {
    Optional<HistoryEntry> earlier = firstEntryOf(team, command.id());
    if (earlier.isPresent()) {
      LOG.debug(
          "command {} already applied on {}; no second effect", command.id(), earlier.get().date());
      return new Outcome.Accepted(
          command,
          team,
          "Already applied on " + earlier.get().date() + ": " + earlier.get().summary(),
          List.of(),
          List.of(),
          List.of());
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
    Outcome outcome;
    try {
      outcome = decide(team, command, asOf);
    } catch (BillingException e) {
      outcome = refused(command, team, e.errorCode(), e.field(), e.reason(), Optional.empty());
    }
    LOG.debug(
        "team {} command {}: {}",
        team.id(),
        command.id(),
        outcome.isAccepted() ? "accepted" : "refused");
    return outcome;
  }

  /**
   * Quotes the expected cost upon renewal, line by line, after standing instructions.
   *
   * @param team the team
   * @return the quote; nothing is issued
   */
  public RenewalQuote quoteRenewal(Team team) {
    return RenewalRules.quote(team, catalog);
  }

  private Outcome decide(Team team, Command command, LocalDate asOf) {
    Transition transition = new Transition(command, team, asOf);
    if (command instanceof Command.ChangeSubscription change) {
      ChangeDecision decision =
          ChangeRules.decide(team, catalog, policy.proration(), change.request(), asOf);
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
      return applyDecision(transition, decision);
    } else if (command instanceof Command.SetStandingInstructions set) {
      requireWithinCycle(team, asOf);
      ChangeDecision decision =
          ChangeRules.decide(
              team.withSubscription(team.subscription().withNextTerms(Optional.empty())),
              catalog,
              policy.proration(),
              new ChangeRequest(set.nextTerms(), Timing.ON_RENEWAL, true),
              asOf);
      if (decision instanceof ChangeDecision.Refused r) {
        return refused(command, team, r.code(), r.field(), r.reason(), Optional.empty());
      }
      Team updated =
          team.withSubscription(team.subscription().withNextTerms(Optional.of(set.nextTerms())));
      transition.setTeam(updated);
      String summary =
          "Standing instructions for "
              + team.subscription().currentCycle().endExclusive()
              + ": "
              + set.nextTerms();
      transition.record(EntryKind.STANDING_INSTRUCTIONS, summary);
      return transition.accept(summary);
    } else if (command instanceof Command.ClearStandingInstructions) {
      requireWithinCycle(team, asOf);
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
    } else if (command instanceof Command.Renew) {
      RenewalRules.Renewal renewal = RenewalRules.renew(team, catalog, asOf);
      transition.setTeam(team.withSubscription(renewal.subscription()));
      transition.record(EntryKind.RENEWED, Summary.of(renewal::summary));
      transition.issue(renewal.lines());
      return transition.accept(Summary.of(renewal::summary));
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

  private static void requireWithinCycle(Team team, LocalDate asOf) {
    if (!team.subscription().currentCycle().contains(asOf)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "asOf",
          asOf + " is outside the current cycle " + team.subscription().currentCycle());
    }
  }

  private static Optional<HistoryEntry> firstEntryOf(Team team, String commandId) {
    List<HistoryEntry> history = team.history();
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).id().equals(commandId)) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
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
