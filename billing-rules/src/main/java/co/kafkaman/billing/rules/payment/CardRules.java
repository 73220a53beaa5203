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
package co.kafkaman.billing.rules.payment;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cards on file (RULES.md section 9): add, remove, set primary, and which card an automatic attempt
 * charges. The invariants: exactly one primary card whenever a card exists; the first card added
 * becomes primary; the primary card cannot be removed while others exist (choose a new primary
 * first); the last card of a team that pays a paid plan by card cannot be removed; an expired card
 * cannot be added, made primary or charged.
 *
 * <p>Worked example: a Basic team adds {@code tok_a} (primary) and {@code tok_b}. Removing {@code
 * tok_a} is refused ({@code PRIMARY_CARD_REMOVAL}); after {@code setPrimary(tok_b)} it is accepted;
 * removing {@code tok_b} then is refused ({@code LAST_CARD_REMOVAL}) while the team pays Basic by
 * card.
 *
 * @since 0.1.0
 */
public final class CardRules {
  private CardRules() {}

  /**
   * Adds {@code card}; it becomes primary when it is the team's first card.
   *
   * @param team the team
   * @param card the card reference
   * @param asOf the date
   * @return the change
   * @throws BillingException {@code DUPLICATE_CARD} if the token is on file; {@code CARD_EXPIRED}
   *     if the card has expired on {@code asOf}
   */
  public static PaymentChange add(Team team, CardReference card, LocalDate asOf) {
    BillingException.check(
        team.card(card.token()).isEmpty(),
        BillingErrorCode.DUPLICATE_CARD,
        "card.token",
        () -> "a card with token '" + card.token() + "' is already on file");
    BillingException.check(
        !card.isExpiredOn(asOf),
        BillingErrorCode.CARD_EXPIRED,
        "card.expiry",
        () -> card + " expired before " + asOf + " and cannot be added");
    List<CardReference> cards = new ArrayList<>(team.cards());
    cards.add(card);
    boolean primary = team.cards().isEmpty();
    Team updated =
        Team.builder()
            .from(team)
            .cards(cards)
            .primaryCardToken(primary ? Optional.of(card.token()) : team.primaryCardToken())
            .build();
    return new PaymentChange(updated, "card " + card + " added" + (primary ? ", primary" : ""));
  }

  /**
   * Removes the card with {@code token}.
   *
   * @param team the team
   * @param catalog the price list, which says whether the team's plan is free
   * @param token the card's token
   * @return the change
   * @throws BillingException {@code UNKNOWN_CARD} if no such card; {@code PRIMARY_CARD_REMOVAL} for
   *     the primary card while others exist; {@code LAST_CARD_REMOVAL} for the last card of a team
   *     that pays by card for a paid plan or has an unpaid card invoice
   */
  public static PaymentChange remove(Team team, Catalog catalog, String token) {
    CardReference card = requireCard(team, token);
    boolean primary = team.primaryCardToken().map(token::equals).orElse(false);
    if (primary && team.cards().size() > 1) {
      throw new BillingException(
          BillingErrorCode.PRIMARY_CARD_REMOVAL,
          "token",
          "'"
              + token
              + "' is the primary card ("
              + card
              + "); set another of the "
              + team.cards().size()
              + " cards as primary first");
    }
    if (team.cards().size() == 1 && paysByCard(team, catalog)) {
      throw new BillingException(
          BillingErrorCode.LAST_CARD_REMOVAL,
          "token",
          "'"
              + token
              + "' is the last card of a team paying "
              + team.subscription().terms().plan()
              + " by card; add another card or switch to pay by invoice first");
    }
    List<CardReference> cards = new ArrayList<>(team.cards());
    cards.removeIf(c -> c.token().equals(token));
    Team updated =
        Team.builder()
            .from(team)
            .cards(cards)
            .primaryCardToken(cards.isEmpty() ? Optional.empty() : team.primaryCardToken())
            .build();
    return new PaymentChange(updated, "card " + card + " removed");
  }

  /**
   * Makes the card with {@code token} the primary card.
   *
   * @param team the team
   * @param token the card's token
   * @param asOf the date
   * @return the change
   * @throws BillingException {@code UNKNOWN_CARD} if no such card; {@code NOTHING_TO_CHANGE} if it
   *     is primary already; {@code CARD_EXPIRED} if it has expired on {@code asOf}
   */
  public static PaymentChange setPrimary(Team team, String token, LocalDate asOf) {
    CardReference card = requireCard(team, token);
    BillingException.check(
        !team.primaryCardToken().map(token::equals).orElse(false),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "token",
        () -> "'" + token + "' is the primary card already");
    BillingException.check(
        !card.isExpiredOn(asOf),
        BillingErrorCode.CARD_EXPIRED,
        "token",
        () -> card + " expired before " + asOf + " and cannot be made primary");
    return new PaymentChange(
        team.withPrimaryCardToken(Optional.of(token)), "card " + card + " made primary");
  }

  /**
   * Returns what an automatic attempt on {@code asOf} charges: the primary card, unless there is
   * none or it has expired.
   *
   * @param team the team
   * @param amount the amount due
   * @param asOf the date of the attempt
   * @return the charge, or why none is possible
   */
  public static Charge charge(Team team, Amount amount, LocalDate asOf) {
    Optional<CardReference> primary = team.primaryCard();
    if (primary.isEmpty()) {
      return new Charge.Impossible(
          BillingErrorCode.NO_PAYMENT_METHOD, "no card is on file for team " + team.id());
    }
    CardReference card = primary.get();
    if (card.isExpiredOn(asOf)) {
      return new Charge.Impossible(
          BillingErrorCode.CARD_EXPIRED,
          "the primary card " + card + " has expired and cannot be charged on " + asOf);
    }
    return new Charge.Card(card, amount);
  }

  private static CardReference requireCard(Team team, String token) {
    return team.card(token)
        .orElseThrow(
            () ->
                new BillingException(
                    BillingErrorCode.UNKNOWN_CARD,
                    "token",
                    "no card with token '" + token + "' is on file"));
  }

  private static boolean paysByCard(Team team, Catalog catalog) {
    if (!(team.collectionMethod() instanceof CollectionMethod.CardAutoCharge)) {
      return false;
    }
    if (!catalog.plan(team.subscription().terms().plan()).isFree()) {
      return true;
    }
    for (Receivable receivable : team.receivables()) {
      if (receivable.isAttemptedAutomatically()) {
        return true;
      }
    }
    return false;
  }
}
