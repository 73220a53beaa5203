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
package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.history.History;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.internal.AggregateStyle;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.Receivable;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The billed account: members, subscription, payment methods, billing details, account credit,
 * standing, issued invoices and account history. The rules take a team and return a new one; a team
 * is never changed in place.
 *
 * <p>Invariants checked on construction: account credit is in the team's currency and not negative;
 * member ids, card tokens and invoice numbers are unique; exactly one card is primary whenever a
 * card exists; each receivable collects one invoice that is {@code OPEN} (or {@code UNCOLLECTIBLE}
 * when marked so). A team built by its builder is checked whole; a copy made by a {@code with*}
 * method re-checks what reads the attribute it replaces (a new subscription does not re-read the
 * member ids), so copying a team costs the same whatever its size.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@AggregateStyle
public abstract class Team {

  Team() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Team}; obtain one from {@link Team#builder()}. */
  public static final class Builder extends ImmutableTeam.Builder {
    Builder() {}

    /**
     * Builds the team and checks every invariant, the list-wide ones included.
     *
     * @return the team
     * @throws BillingException if an attribute is missing or an invariant does not hold
     */
    @Override
    public Team build() {
      Team team = super.build();
      team.checkWhole();
      return team;
    }
  }

  /**
   * Returns the host's id of the team.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the currency of every amount of this team.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns the date the team was created; no command may be dated before it.
   *
   * @return the creation date
   */
  public abstract LocalDate createdOn();

  /**
   * Returns the members.
   *
   * @return the members, in joining order
   */
  public abstract List<Member> members();

  /**
   * Returns the subscription.
   *
   * @return the subscription
   */
  public abstract Subscription subscription();

  /**
   * Returns how invoices are collected.
   *
   * @return card auto-charge by default
   */
  @Value.Default
  public CollectionMethod collectionMethod() {
    return CollectionMethod.cardAutoCharge();
  }

  /**
   * Returns the cards on file.
   *
   * @return the cards, in the order added
   */
  public abstract List<CardReference> cards();

  /**
   * Returns the token of the primary card, present exactly when a card exists.
   *
   * @return the primary card's token
   */
  public abstract Optional<String> primaryCardToken();

  /**
   * Returns the billing details the next invoice will copy.
   *
   * @return the billing details
   */
  public abstract BillingDetails billingDetails();

  /**
   * Returns the account credit balance, consumed first by the next invoices.
   *
   * @return the balance, zero or more
   */
  public abstract Amount accountCredit();

  /**
   * Returns the standing.
   *
   * @return active, past due or deactivated
   */
  @Value.Default
  public Standing standing() {
    return Standing.ACTIVE;
  }

  /**
   * Returns the invoices issued, oldest first, in their current status.
   *
   * @return the invoices
   */
  public abstract List<Invoice> invoices();

  /**
   * Returns the team's invoice number sequence.
   *
   * @return the numbering state
   */
  public abstract InvoiceNumbering invoiceNumbering();

  /**
   * Returns the unpaid invoices being collected (each {@code OPEN} or {@code UNCOLLECTIBLE}), with
   * their attempt plan, grace end and the attempts reported so far, oldest first.
   *
   * @return the receivables
   */
  public abstract List<Receivable> receivables();

  /**
   * Returns the account history, oldest first: a read-only list that {@link #plusHistory(List)}
   * extends without copying, and that finds a command's entries by id ({@link #entriesOf(String)}).
   *
   * @return the entries, empty by default
   */
  @Value.Default
  public History history() {
    return History.empty();
  }

  /**
   * Returns the number of members.
   *
   * @return the member count
   */
  public int memberCount() {
    return members().size();
  }

  /**
   * Returns the member with {@code memberId}.
   *
   * @param memberId the id
   * @return the member, or empty
   */
  public Optional<Member> member(String memberId) {
    for (Member member : members()) {
      if (member.id().equals(memberId)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the email addresses of {@code recipients}, in member order: the members with the
   * billing role, the admin role, either, every member, or the billing details' email.
   *
   * @param recipients the audience
   * @return the addresses
   */
  public List<String> emails(Recipients recipients) {
    if (recipients == Recipients.BILLING_EMAIL) {
      return List.of(billingDetails().billingEmail());
    }
    List<String> to = new java.util.ArrayList<>();
    for (Member member : members()) {
      boolean wanted =
          switch (recipients) {
            case BILLING_MEMBERS -> member.isBilling();
            case ADMINS -> member.isAdmin();
            case BILLING_AND_ADMINS -> member.isBilling() || member.isAdmin();
            default -> true;
          };
      if (wanted) {
        to.add(member.email());
      }
    }
    return to;
  }

  /**
   * Returns the primary card.
   *
   * @return the primary card, or empty when no card is on file
   */
  public Optional<CardReference> primaryCard() {
    return primaryCardToken().flatMap(this::card);
  }

  /**
   * Returns the card with {@code token}.
   *
   * @param token the card token
   * @return the card, or empty
   */
  public Optional<CardReference> card(String token) {
    for (CardReference card : cards()) {
      if (card.token().equals(token)) {
        return Optional.of(card);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the invoice numbered {@code number}.
   *
   * @param number the invoice number
   * @return the invoice, or empty
   */
  public Optional<Invoice> invoice(String number) {
    for (Invoice invoice : invoices()) {
      if (invoice.number().equals(number)) {
        return Optional.of(invoice);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the receivable of invoice {@code number}.
   *
   * @param number the invoice number
   * @return the receivable, or empty when the invoice is not being collected
   */
  public Optional<Receivable> receivable(String number) {
    for (Receivable receivable : receivables()) {
      if (receivable.invoiceNumber().equals(number)) {
        return Optional.of(receivable);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the email addresses of {@code recipients}: members in member order (billing members,
   * admins, both, or everyone), or the billing email of the billing details; each address once.
   *
   * @param recipients the audience
   * @return the addresses, possibly empty (a team without billing members)
   */
  public List<String> addressesOf(Recipients recipients) {
    if (recipients == Recipients.BILLING_EMAIL) {
      return List.of(billingDetails().billingEmail());
    }
    Set<String> addresses = new LinkedHashSet<>();
    for (Member member : members()) {
      boolean wanted =
          switch (recipients) {
            case BILLING_MEMBERS -> member.isBilling();
            case ADMINS -> member.isAdmin();
            case BILLING_AND_ADMINS -> member.isBilling() || member.isAdmin();
            case ALL_MEMBERS -> true;
            case BILLING_EMAIL -> false;
          };
      if (wanted) {
        addresses.add(member.email());
      }
    }
    return new ArrayList<>(addresses);
  }

  /**
   * Returns a copy with other members.
   *
   * @param members the members
   * @return the copy
   */
  public final Team withMembers(Iterable<? extends Member> members) {
    Team copy = self().copyWithMembers(members);
    copy.checkMembers();
    return copy;
  }

  /**
   * Returns a copy with another subscription.
   *
   * @param subscription the subscription
   * @return the copy
   */
  public final Team withSubscription(Subscription subscription) {
    return self().copyWithSubscription(subscription);
  }

  /**
   * Returns a copy with another collection method.
   *
   * @param collectionMethod the collection method
   * @return the copy
   */
  public final Team withCollectionMethod(CollectionMethod collectionMethod) {
    return self().copyWithCollectionMethod(collectionMethod);
  }

  /**
   * Returns a copy with other cards.
   *
   * @param cards the cards
   * @return the copy
   */
  public final Team withCards(Iterable<? extends CardReference> cards) {
    Team copy = self().copyWithCards(cards);
    copy.checkCards();
    return copy;
  }

  /**
   * Returns a copy with another primary card.
   *
   * @param token the primary card's token, or empty when no card exists
   * @return the copy
   */
  public final Team withPrimaryCardToken(Optional<String> token) {
    return self().copyWithPrimaryCardToken(token);
  }

  /**
   * Returns a copy with other billing details.
   *
   * @param details the billing details
   * @return the copy
   */
  public final Team withBillingDetails(BillingDetails details) {
    return self().copyWithBillingDetails(details);
  }

  /**
   * Returns a copy with another account credit balance.
   *
   * @param credit the balance, zero or more
   * @return the copy
   */
  public final Team withAccountCredit(Amount credit) {
    return self().copyWithAccountCredit(credit);
  }

  /**
   * Returns a copy in another standing.
   *
   * @param standing the standing
   * @return the copy
   */
  public final Team withStanding(Standing standing) {
    return self().copyWithStanding(standing);
  }

  /**
   * Returns a copy with other invoices.
   *
   * @param invoices the invoices
   * @return the copy
   */
  public final Team withInvoices(Iterable<? extends Invoice> invoices) {
    Team copy = self().copyWithInvoices(invoices);
    copy.checkInvoices();
    return copy;
  }

  /**
   * Returns a copy with another numbering state.
   *
   * @param numbering the numbering
   * @return the copy
   */
  public final Team withInvoiceNumbering(InvoiceNumbering numbering) {
    return self().copyWithInvoiceNumbering(numbering);
  }

  /**
   * Returns a copy with another history.
   *
   * @param history the entries, oldest first
   * @return the copy
   */
  public final Team withHistory(Iterable<? extends HistoryEntry> history) {
    return self().copyWithHistory(History.of(history));
  }

  /**
   * Returns a copy with other receivables.
   *
   * @param receivables the receivables, oldest first
   * @return the copy
   */
  public final Team withReceivables(Iterable<? extends Receivable> receivables) {
    Team copy = self().copyWithReceivables(receivables);
    copy.checkReceivables();
    return copy;
  }

  /**
   * Returns a copy with {@code entries} appended to the history, in time independent of the
   * history's length.
   *
   * @param entries the entries, oldest first, all dated on or after the last entry
   * @return the copy
   */
  public final Team plusHistory(List<? extends HistoryEntry> entries) {
    return self().copyWithHistory(history().plus(entries));
  }

  /**
   * Returns the history entries of the command with {@code commandId}: the entry with that id and
   * the entries whose id starts with {@code commandId + "/"} (its effects), oldest first. The
   * engine asks this before every command, to apply a repeated command only once; for an id never
   * used it reads the history's compact index of the ids rather than the entries ({@link
   * History#entriesOf(String)}).
   *
   * @param commandId the command id
   * @return the entries, empty when the id was never used
   */
  public final List<HistoryEntry> entriesOf(String commandId) {
    return history().entriesOf(commandId);
  }

  /**
   * Returns a copy with {@code invoice} appended to the invoices issued.
   *
   * @param invoice the invoice, numbered unlike every invoice of the team
   * @return the copy
   * @throws BillingException if the number is already used
   */
  public final Team plusInvoice(Invoice invoice) {
    // the receivables stay valid: only the new number needs checking
    String number = invoice.number();
    int hash = number.hashCode();
    List<Invoice> invoices = invoices();
    for (int i = 0; i < invoices.size(); i++) {
      if (sameNumber(invoices.get(i).number(), number, hash)) {
        throw numberedTwice(number);
      }
    }
    return self().copyWithInvoices(appended(invoices, invoice));
  }

  /**
   * Returns a copy with {@code receivable} appended to the receivables.
   *
   * @param receivable the receivable of an {@code OPEN} invoice not yet being collected
   * @return the copy
   * @throws BillingException if the invoice is not {@code OPEN} or is already being collected
   */
  public final Team plusReceivable(Receivable receivable) {
    // the other receivables stay valid: only the new one needs checking
    Team copy = self().copyWithReceivables(appended(receivables(), receivable));
    copy.checkReceivable(receivable, receivables().size());
    return copy;
  }

  /**
   * A read-only view of {@code head} followed by {@code last}, so that the generated copy method
   * copies the elements once, into the new team's list.
   */
  private static <T> List<T> appended(List<T> head, T last) {
    return new AbstractList<>() {
      @Override
      public T get(int index) {
        return index == head.size() ? last : head.get(index);
      }

      @Override
      public int size() {
        return head.size() + 1;
      }
    };
  }

  private ImmutableTeam self() {
    return (ImmutableTeam) this;
  }

  // Runs for every construction and copy (each with* call): the invariants that read a few fields,
  // without allocating, building a message only when a check fails. The others run when what they
  // read is set: the id (no with* replaces it) in Builder.build(); the list-wide invariants (unique
  // member ids, card tokens and invoice numbers, receivables matching invoices) there and in the
  // with* and plus* methods that replace their list.
  @Value.Check
  void check() {
    Amount credit = accountCredit();
    if (credit.currency() != currency()
        && !credit.currency().getCurrencyCode().equals(currency().getCurrencyCode())) {
      throw new BillingException(
          BillingErrorCode.CURRENCY_MISMATCH,
          "accountCredit",
          credit + " is not in the team currency " + currency().getCurrencyCode());
    }
    if (credit.isNegative()) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "accountCredit",
          "must not be negative, was " + credit);
    }
    List<CardReference> cards = cards();
    Optional<String> primary = primaryCardToken();
    if (cards.isEmpty() != primary.isEmpty()
        || (primary.isPresent() && card(primary.get()).isEmpty())) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "primaryCardToken",
          primary.orElse("<none>") + " must name one of the " + cards.size() + " cards");
    }
  }

  /** Checks the id and every list-wide invariant: once per team built by a builder. */
  final void checkWhole() {
    InputLimits.requireId("id", id());
    checkMembers();
    checkCards();
    checkInvoices();
  }

  private void checkMembers() {
    String duplicateId = firstDuplicate(members(), Member::id);
    if (duplicateId != null) {
      throw new BillingException(
          BillingErrorCode.DUPLICATE_MEMBER,
          "members",
          "member id '" + duplicateId + "' appears twice");
    }
  }

  private void checkCards() {
    String duplicateToken = firstDuplicate(cards(), CardReference::token);
    if (duplicateToken != null) {
      throw new BillingException(
          BillingErrorCode.DUPLICATE_CARD,
          "cards",
          "card token '" + duplicateToken + "' appears twice");
    }
  }

  private void checkInvoices() {
    String duplicateNumber = firstDuplicate(invoices(), Invoice::number);
    if (duplicateNumber != null) {
      throw numberedTwice(duplicateNumber);
    }
    checkReceivables();
  }

  // Runs for every team whose invoices or receivables change: no map, no set, no message unless it
  // fails.
  private static BillingException numberedTwice(String number) {
    return new BillingException(
        BillingErrorCode.INCONSISTENT_STATE,
        "invoices",
        "invoice number '" + number + "' appears twice");
  }

  /**
   * Whether invoice number {@code held} is {@code number}, whose hash is {@code hash}. Numbers of
   * one series have one length and differ in their last digits only, so {@code equals} would read
   * every byte of every number held: the hash each string caches tells almost all of them apart
   * without reading their bytes.
   */
  private static boolean sameNumber(String held, String number, int hash) {
    return held.hashCode() == hash && held.equals(number);
  }

  private void checkReceivables() {
    List<Receivable> receivables = receivables();
    for (int i = 0; i < receivables.size(); i++) {
      checkReceivable(receivables.get(i), i);
    }
  }

  /** Checks the receivable at {@code index}: its invoice is collectable, and collected once. */
  private void checkReceivable(Receivable receivable, int index) {
    String number = receivable.invoiceNumber();
    int hash = number.hashCode();
    List<Invoice> invoices = invoices();
    InvoiceStatus status = null;
    for (int i = invoices.size() - 1; i >= 0 && status == null; i--) {
      if (sameNumber(invoices.get(i).number(), number, hash)) {
        status = invoices.get(i).status();
      }
    }
    boolean collectable =
        receivable.uncollectible()
            ? status == InvoiceStatus.UNCOLLECTIBLE
            : status == InvoiceStatus.OPEN;
    boolean twice = false;
    List<Receivable> receivables = receivables();
    for (int i = 0; i < index && !twice; i++) {
      twice = sameNumber(receivables.get(i).invoiceNumber(), number, hash);
    }
    if (!collectable || twice) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "receivables",
          "invoice "
              + number
              + " is "
              + (status == null ? "unknown" : status)
              + " or collected twice; a receivable needs one OPEN (or UNCOLLECTIBLE) invoice");
    }
  }

  /**
   * Returns the first key that repeats an earlier one, or null. Up to 64 keys, without allocating:
   * a 128-bit filter of hash codes (cached by {@code String}) marks the keys seen, and only a key
   * whose bit is already set is compared with the earlier ones. More keys go through a hash set.
   */
  private static <T> @Nullable String firstDuplicate(List<T> items, Function<T, String> key) {
    int size = items.size();
    if (size < 2) {
      return null;
    }
    if (size > 64) {
      Set<String> seen = new HashSet<>();
      for (T item : items) {
        String k = key.apply(item);
        if (!seen.add(k)) {
          return k;
        }
      }
      return null;
    }
    long low = 0;
    long high = 0;
    for (int i = 0; i < size; i++) {
      String later = key.apply(items.get(i));
      int hash = later.hashCode();
      int slot = (hash ^ (hash >>> 7) ^ (hash >>> 14) ^ (hash >>> 21)) & 127;
      long bit = 1L << slot; // shifts use the low 6 bits: slot 64..127 maps onto high's bits
      boolean maybeSeen = slot < 64 ? (low & bit) != 0 : (high & bit) != 0;
      if (maybeSeen) {
        for (int j = 0; j < i; j++) {
          String earlier = key.apply(items.get(j));
          if (earlier.hashCode() == hash && earlier.equals(later)) {
            return later;
          }
        }
      }
      if (slot < 64) {
        low |= bit;
      } else {
        high |= bit;
      }
    }
    return null;
  }
}
