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
package co.kafkaman.billing.rules.usage;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.OveragePrice;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.team.OverageSetting;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.team.UsageLedger;
import co.kafkaman.billing.model.team.UsageTally;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Usage and overage (RULES.md section 7): records usage readings against the entitlement of the
 * open usage month, keeps the overage setting of each resource, closes a usage month into {@code
 * OVERAGE} lines, enforces the custom-domain hard limit, and builds the resource usage view.
 *
 * <ul>
 *   <li>Entitlement per usage month = plan allowance + blocks x block size ({@link Entitlement}).
 *       Usage months are {@link CycleSchedule#usageMonths(LocalDate)} from the subscription's
 *       anchor, also on annual plans.
 *   <li>Overage <b>disallowed</b> (the default): a reading that would pass the entitlement is
 *       refused as a whole with {@code OVERAGE_DISALLOWED}; the refusal says how many units are
 *       still allowed, so the host can record exactly that many.
 *   <li>Overage <b>allowed</b>: the units of a reading past the entitlement in force at that moment
 *       become billable ({@link UsageTally#billable()}); raising the entitlement later in the month
 *       does not take back overage already used, and disallowing it later does not either.
 *   <li>At the month's end the billable units are charged at the catalog's {@link OveragePrice}:
 *       per unit, or per package rounded up to whole packages, one line per resource.
 *   <li>Other metered resources (API calls, serverless requests, cloud agent) are tracked and shown
 *       but neither refused nor charged: the rules give them no overage. Custom domains are a hard
 *       limit ({@link #addCustomDomain}); integrations are not metered.
 * </ul>
 *
 * <p>Worked example (sample catalog, Basic, 10,000 monitoring requests included, overage 0.90 per
 * 1,000): 12,500 requests used with overage allowed gives {@code 3 x 0.90 = 2.70 (2,500 billable of
 * 12,500 used, 10,000 included; 0.90 per 1,000, partial packages rounded up)}. With overage
 * disallowed and 9,700 used, a reading of 500 is refused: 300 are still allowed.
 *
 * @since 0.1.0
 */
public final class UsageRules {
  /**
   * The resource whose in-use items are a subscription's custom domains ({@code AddCustomDomain},
   * {@code RemoveCustomDomain}); a catalog that defines no resource of this id has no custom
   * domains.
   */
  public static final ResourceId CUSTOM_DOMAINS = ResourceId.of("CUSTOM_DOMAINS");

  private UsageRules() {}

  /** Returns {@code "Monitoring requests overage"}. */
  private static String overageDescription(Resource resource) {
    String label = resource.plural();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " overage";
  }

  /**
   * Returns whether {@code resource} is counted per usage month in {@code catalog} (in the kafkaman
   * sample, all but custom domains and integrations, which count what is in use).
   *
   * @param catalog the catalog defining the resource
   * @param resource the resource
   * @return true for metered resources
   * @throws BillingException {@code UNKNOWN_RESOURCE} if the catalog does not define it
   */
  public static boolean isMetered(Catalog catalog, ResourceId resource) {
    return catalog.resource(resource).isMetered();
  }

  /**
   * Returns the usage months of {@code subscription}: monthly periods from its anchor.
   *
   * @param subscription the subscription
   * @return the schedule
   */
  public static CycleSchedule usageMonths(Subscription subscription) {
    return CycleSchedule.usageMonths(subscription.anchor());
  }

  /**
   * Decides a usage reading of {@code quantity} units of {@code resource} at {@code at} (billing
   * date {@code asOf}).
   *
   * @param team the team
   * @param catalog the price list
   * @param resource a metered resource
   * @param quantity the units, more than zero
   * @param source what used them (a monitor id), or blank
   * @param at the instant of the reading: the overage setting in force then applies
   * @param asOf the billing date of the reading
   * @return recorded, or refused with the units still allowed when overage is disallowed
   * @throws BillingException {@code INVALID_QUANTITY}, {@code NOT_METERED}, or {@code
   *     DATE_OUT_OF_RANGE} for a date outside the current cycle or the open usage month
   */
  public static UsageDecision record(
      Team team,
      Catalog catalog,
      ResourceId resource,
      long quantity,
      String source,
      Instant at,
      LocalDate asOf) {
    BillingException.check(
        quantity > 0,
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        () -> "must be positive, was " + quantity);
    Resource definition = catalog.resource(resource);
    BillingException.check(
        definition.isMetered(),
        BillingErrorCode.NOT_METERED,
        "resource",
        () ->
            resource
                + " is not metered per usage month; it counts what is in use: add or remove "
                + definition.plural()
                + " instead");
    Subscription subscription = team.subscription();
    UsageLedger ledger = openLedger(subscription, asOf);
    Entitlement entitlement = Entitlement.of(subscription.terms(), catalog, resource);
    UsageTally before = ledger.tally(resource);
    long after = Math.addExact(before.used(), quantity);
    long limit = entitlement.total();
    boolean configurable = definition.hasOverageSetting();
    boolean allowed = configurable && isOverageAllowed(subscription, catalog, resource, at);
    boolean capped = definition.isHardLimit() || (configurable && !allowed);
    long billable = 0;
    if (after > limit) {
      if (definition.isHardLimit()) {
        long remaining = Math.max(0, limit - before.used());
        return new UsageDecision.Refused(
            BillingErrorCode.HARD_LIMIT_REACHED,
            "quantity",
            Entitlement.count(quantity)
                + " "
                + definition.label(quantity)
                + " would pass the hard limit of "
                + entitlement
                + " in usage month "
                + ledger.usageMonth()
                + " ("
                + Entitlement.count(before.used())
                + " used): "
                + Entitlement.count(remaining)
                + " still allowed",
            remaining);
      }
      if (configurable && !allowed) {
        long remaining = Math.max(0, limit - before.used());
        return new UsageDecision.Refused(
            BillingErrorCode.OVERAGE_DISALLOWED,
            "quantity",
            Entitlement.count(quantity)
                + " "
                + definition.label(quantity)
                + " would pass the entitlement of "
                + entitlement
                + " in usage month "
                + ledger.usageMonth()
                + " ("
                + Entitlement.count(before.used())
                + " used) and overage is disallowed: "
                + Entitlement.count(remaining)
                + " still allowed",
            remaining);
      }
      if (allowed || definition.limit() == Resource.Limit.OVERAGE_ALWAYS) {
        billable = after - Math.max(limit, before.used());
      }
    }
    UsageTally tally = before.plus(quantity, billable, source);
    String summary =
        "Recorded "
            + Entitlement.count(quantity)
            + " "
            + definition.label(quantity)
            + (source.isBlank() ? "" : " from " + source)
            + ": "
            + Entitlement.count(after)
            + " of "
            + entitlement
            + " used in usage month "
            + ledger.usageMonth()
            + (tally.billable() > 0
                ? ", " + Entitlement.count(tally.billable()) + " billable so far"
                : "");
    return new UsageDecision.Recorded(
        subscription.withUsage(Optional.of(ledger.withTally(resource, tally))),
        summary,
        capped && after == limit);
  }

  /**
   * Returns the subscription with overage of {@code resource} allowed or disallowed from {@code
   * effectiveFrom} on; the earlier settings are kept.
   *
   * @param subscription the subscription
   * @param catalog the price list
   * @param resource monitoring requests or mock server calls
   * @param allowed whether overage is allowed
   * @param effectiveFrom the instant the setting takes effect
   * @return the subscription with the setting appended
   * @throws BillingException {@code OVERAGE_NOT_CONFIGURABLE} for a resource without the setting or
   *     without an overage price, {@code DATE_OUT_OF_RANGE} for an instant before the latest
   *     setting, {@code NOTHING_TO_CHANGE} when the setting is already in force
   */
  public static Subscription setOverage(
      Subscription subscription,
      Catalog catalog,
      ResourceId resource,
      boolean allowed,
      Instant effectiveFrom) {
    Resource definition = catalog.resource(resource);
    BillingException.check(
        definition.hasOverageSetting(),
        BillingErrorCode.OVERAGE_NOT_CONFIGURABLE,
        "resource",
        () -> resource + " has no overage setting: " + noSettingReason(definition));
    OverageSetting setting = new OverageSetting(resource, allowed, effectiveFrom);
    BillingException.check(
        !allowed || catalog.overagePrice(resource).isPresent(),
        BillingErrorCode.OVERAGE_NOT_CONFIGURABLE,
        "resource",
        () -> "the catalog has no overage price for " + resource);
    for (OverageSetting earlier : subscription.overageSettings()) {
      BillingException.check(
          !earlier.resource().equals(resource) || !effectiveFrom.isBefore(earlier.effectiveFrom()),
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "effectiveFrom",
          () -> effectiveFrom + " is before the setting of " + earlier.effectiveFrom());
    }
    BillingException.check(
        subscription.isOverageAllowed(resource, effectiveFrom) != allowed,
        BillingErrorCode.NOTHING_TO_CHANGE,
        "allowed",
        () ->
            "overage of "
                + definition.plural()
                + " is already "
                + (allowed ? "allowed" : "disallowed"));
    List<OverageSetting> settings = new ArrayList<>(subscription.overageSettings());
    settings.add(setting);
    return subscription.withOverageSettings(settings);
  }

  /**
   * Decides adding a custom domain: refused with {@code HARD_LIMIT_REACHED} when the entitlement is
   * in use (custom domains have no overage).
   *
   * @param team the team
   * @param catalog the price list
   * @param domain the domain, not blank
   * @return recorded, or refused with 0 remaining
   * @throws BillingException {@code BLANK_VALUE}, or {@code NOTHING_TO_CHANGE} when the domain is
   *     already in use
   */
  public static UsageDecision addCustomDomain(Team team, Catalog catalog, String domain) {
    BillingException.check(
        !domain.isBlank(), BillingErrorCode.BLANK_VALUE, "domain", "must not be blank");
    Subscription subscription = team.subscription();
    List<String> domains = subscription.customDomains();
    BillingException.check(
        !domains.contains(domain),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "domain",
        () -> "custom domain '" + domain + "' is already in use");
    Entitlement entitlement = Entitlement.of(subscription.terms(), catalog, CUSTOM_DOMAINS);
    if (domains.size() >= entitlement.total()) {
      return new UsageDecision.Refused(
          BillingErrorCode.HARD_LIMIT_REACHED,
          "domain",
          domains.size()
              + " of "
              + entitlement
              + " custom domains are in use; custom domains are a hard limit: buy a custom-domain"
              + " block to add '"
              + domain
              + "'",
          0);
    }
    List<String> copy = new ArrayList<>(domains);
    copy.add(domain);
    return new UsageDecision.Recorded(
        subscription.withCustomDomains(copy),
        "Custom domain '" + domain + "' added: " + copy.size() + " of " + entitlement + " in use",
        copy.size() == entitlement.total());
  }

  /**
   * Returns the subscription without the custom domain {@code domain}.
   *
   * @param subscription the subscription
   * @param domain the domain in use
   * @return the subscription without it
   * @throws BillingException {@code NOTHING_TO_CHANGE} when the domain is not in use
   */
  public static Subscription removeCustomDomain(Subscription subscription, String domain) {
    List<String> copy = new ArrayList<>(subscription.customDomains());
    BillingException.check(
        copy.remove(domain),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "domain",
        () -> "custom domain '" + domain + "' is not in use");
    return subscription.withCustomDomains(copy);
  }

  /**
   * Closes the open usage month if it ended on or before {@code asOf}: one {@code OVERAGE} line per
   * resource with billable usage, priced at the catalog's overage price. The caller invoices the
   * lines and opens the next ledger.
   *
   * @param team the team
   * @param catalog the price list
   * @param asOf the date of the close, normally the usage month's end
   * @return the closing; {@link UsageClosing#closed()} is empty when no ledger was open or the open
   *     one has not ended
   */
  public static UsageClosing close(Team team, Catalog catalog, LocalDate asOf) {
    Optional<UsageLedger> open = team.subscription().usage();
    if (open.isEmpty() || open.get().usageMonth().endExclusive().isAfter(asOf)) {
      return new UsageClosing(Optional.empty(), List.of(), "no usage month to close");
    }
    UsageLedger ledger = open.get();
    List<InvoiceLine> lines = overageLines(ledger, team.subscription().terms(), catalog);
    Amount total = Amount.zero(team.currency());
    for (InvoiceLine line : lines) {
      total = total.plus(line.amount());
    }
    String summary =
        "Usage month "
            + ledger.usageMonth()
            + " closed: "
            + (lines.isEmpty() ? "no overage" : "overage " + total);
    return new UsageClosing(open, lines, summary);
  }

  /**
   * Returns the {@code OVERAGE} lines of {@code ledger} so far: one per resource with billable
   * units and an overage price.
   *
   * @param ledger the usage ledger
   * @param terms the terms in force (for the entitlement shown)
   * @param catalog the price list
   * @return the lines, in resource order
   */
  public static List<InvoiceLine> overageLines(UsageLedger ledger, Terms terms, Catalog catalog) {
    List<InvoiceLine> lines = new ArrayList<>(2);
    for (Map.Entry<ResourceId, UsageTally> entry : ledger.tallies().entrySet()) {
      ResourceId resource = entry.getKey();
      UsageTally tally = entry.getValue();
      Optional<OveragePrice> price = catalog.overagePrice(resource);
      if (tally.billable() == 0 || price.isEmpty()) {
        continue;
      }
      for (InvoiceLine line :
          overageLines(
              catalog.resource(resource),
              tally,
              Entitlement.of(terms, catalog, resource),
              price.get(),
              ledger.usageMonth())) {
        if (!line.amount().isZero()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  /**
   * Returns the resource usage view of the open usage month: used, included, purchased, remaining,
   * billable and overage so far per resource, with each resource's usage by source.
   *
   * @param team the team
   * @param catalog the price list
   * @param asOf the date asked about (used when no usage month is open yet)
   * @return the view
   */
  public static UsageReport report(Team team, Catalog catalog, LocalDate asOf) {
    Subscription subscription = team.subscription();
    UsageLedger ledger =
        subscription
            .usage()
            .orElseGet(
                () ->
                    UsageLedger.of(
                        usageMonths(subscription)
                            .periodContaining(
                                asOf.isBefore(subscription.anchor())
                                    ? subscription.anchor()
                                    : asOf)));
    List<ResourceUsage> rows = new ArrayList<>(catalog.resources().size());
    for (Resource definition : catalog.resources().values()) {
      ResourceId resource = definition.id();
      Entitlement entitlement = Entitlement.of(subscription.terms(), catalog, resource);
      UsageTally tally;
      if (resource.equals(CUSTOM_DOMAINS)) {
        Map<String, Long> domains = new TreeMap<>();
        subscription.customDomains().forEach(d -> domains.put(d, 1L));
        tally = new UsageTally(domains.size(), 0, domains);
      } else {
        tally = ledger.tally(resource);
      }
      Amount overage = Amount.zero(team.currency());
      Optional<OveragePrice> price = catalog.overagePrice(resource);
      if (tally.billable() > 0 && price.isPresent()) {
        overage = price.get().amountFor(tally.billable());
      }
      rows.add(
          new ResourceUsage(
              resource,
              tally.used(),
              entitlement.included(),
              entitlement.purchased(),
              Math.max(0, entitlement.total() - tally.used()),
              tally.billable(),
              overage,
              definition.limit() == Resource.Limit.OVERAGE_ALWAYS
                  || (definition.hasOverageSetting()
                      && isOverageAllowed(subscription, catalog, resource, Instant.MAX)),
              tally.bySource()));
    }
    return new UsageReport(ledger.usageMonth(), rows);
  }

  /** Why a resource of {@code definition}'s limit has no overage setting, in the host's words. */
  private static String noSettingReason(Resource definition) {
    return switch (definition.limit()) {
      case OVERAGE_ALWAYS ->
          "its limit is OVERAGE_ALWAYS, so use past the allowance is always billed; there is"
              + " nothing to allow or disallow";
      case UNENFORCED ->
          "its limit is UNENFORCED, so use past the allowance is accepted and never billed";
      case HARD -> "its limit is HARD, so use past the allowance is refused";
      case OVERAGE_OPTIONAL -> "its limit is OVERAGE_OPTIONAL";
    };
  }

  private static boolean isOverageAllowed(
      Subscription subscription, Catalog catalog, ResourceId resource, Instant at) {
    return subscription.isOverageAllowed(resource, at)
        && catalog.overagePrice(resource).isPresent();
  }

  private static UsageLedger openLedger(Subscription subscription, LocalDate asOf) {
    DateRange cycle = subscription.currentCycle();
    BillingException.check(
        cycle.contains(asOf),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> asOf + " is outside the current cycle " + cycle);
    Optional<UsageLedger> open = subscription.usage();
    if (open.isEmpty()) {
      return UsageLedger.of(usageMonths(subscription).periodContaining(asOf));
    }
    DateRange month = open.get().usageMonth();
    BillingException.check(
        !asOf.isBefore(month.start()),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> asOf + " is in a usage month already closed; the open usage month is " + month);
    BillingException.check(
        month.contains(asOf),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () ->
            "the usage month "
                + month
                + " ended on "
                + month.endExclusive()
                + ": close it first (CloseUsageMonth, or Renew when the billing cycle ends then)");
    return open.get();
  }

  /**
   * Returns the lines charging {@code tally}'s billable units at {@code price}: one line for a
   * package or volume price, one per tier reached for a graduated price. Every line's note gives
   * the whole charge's arithmetic, so each line explains the total it belongs to.
   */
  private static List<InvoiceLine> overageLines(
      Resource resource,
      UsageTally tally,
      Entitlement entitlement,
      OveragePrice price,
      DateRange usageMonth) {
    List<OveragePrice.Charge> charges = price.chargesFor(tally.billable());
    // one buffer: this note is written for every renewal with overage
    StringBuilder note = new StringBuilder(160);
    Entitlement.appendCount(note, tally.billable()).append(" billable of ");
    Entitlement.appendCount(note, tally.used()).append(" used, ");
    entitlement.appendTo(note).append(" included; ");
    if (!price.isTiered()) {
      price.price().appendPlainTo(note);
      if (price.packageSize() == 1) {
        note.append(" each");
      } else {
        Entitlement.appendCount(note.append(" per "), price.packageSize())
            .append(", partial packages rounded up");
      }
    } else {
      OverageArithmetic.appendTiered(note, price, charges);
    }
    if (tally.billable() != Math.max(0, tally.used() - entitlement.total())) {
      note.append("; billable counted when each reading passed the entitlement then in force");
    }
    String text = note.toString();
    List<InvoiceLine> lines = new ArrayList<>(charges.size());
    for (OveragePrice.Charge charge : charges) {
      lines.add(
          new InvoiceLine(
              LineKind.OVERAGE,
              price.model() == OveragePrice.Model.GRADUATED
                  ? OverageArithmetic.tierDescription(overageDescription(resource), price, charge)
                  : overageDescription(resource),
              charge.quantity(),
              charge.unitPrice(),
              Fraction.ONE,
              usageMonth,
              charge.amount(),
              text));
    }
    return lines;
  }
}
