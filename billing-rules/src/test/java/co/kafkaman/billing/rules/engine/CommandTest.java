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

import static co.kafkaman.billing.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.payment.CollectionRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Command} checks its ids where it is built (RULES.md section 13): the command id and
 * the actor must not be blank, and the id must not contain '/', which names a command's effects in
 * the history.
 */
class CommandTest {
  private static final Terms BASIC_3 = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3);
  private static final Instant NOON = Instant.parse("2024-03-05T12:00:00Z");

  /** Each command kind, built from an id and an actor with otherwise valid fields. */
  static Stream<Arguments> commands() {
    return Stream.of(
        command(
            "CreateTeam",
            (id, actor) ->
                new Command.CreateTeam(
                    id,
                    actor,
                    "acme",
                    Currencies.of("USD"),
                    Member.of("ana", "ana@acme.test", LocalDate.of(2024, 3, 1), Role.ADMIN),
                    new BillingDetails("Acme Ltd", "billing@acme.test", "", ""),
                    "KB-",
                    BASIC_3)),
        command(
            "ChangeSubscription",
            (id, actor) ->
                new Command.ChangeSubscription(
                    id, actor, new ChangeRequest(BASIC_3, Timing.IMMEDIATELY, false))),
        command(
            "SetStandingInstructions",
            (id, actor) -> new Command.SetStandingInstructions(id, actor, BASIC_3, false)),
        command("ClearStandingInstructions", Command.ClearStandingInstructions::new),
        command("Renew", Command.Renew::new),
        command(
            "RecordUsage",
            (id, actor) ->
                new Command.RecordUsage(
                    id, actor, KafkamanSample.MONITORING_REQUESTS, 5, "m", NOON)),
        command(
            "SetOverage",
            (id, actor) ->
                new Command.SetOverage(id, actor, KafkamanSample.MONITORING_REQUESTS, true, NOON)),
        command("AddCustomDomain", (id, actor) -> new Command.AddCustomDomain(id, actor, "a.test")),
        command(
            "RemoveCustomDomain",
            (id, actor) -> new Command.RemoveCustomDomain(id, actor, "a.test")),
        command("CloseUsageMonth", Command.CloseUsageMonth::new),
        command(
            "AddMember",
            (id, actor) -> new Command.AddMember(id, actor, "bo", "bo@acme.test", Set.of())),
        command("RemoveMember", (id, actor) -> new Command.RemoveMember(id, actor, "bo")),
        command("EnableAutoFlex", (id, actor) -> new Command.EnableAutoFlex(id, actor, true)),
        command("RemindAutoFlex", Command.RemindAutoFlex::new),
        command(
            "AddCard",
            (id, actor) -> new Command.AddCard(id, actor, PaymentStory.visa("a", 2027, 8))),
        command("RemoveCard", (id, actor) -> new Command.RemoveCard(id, actor, "a")),
        command("SetPrimaryCard", (id, actor) -> new Command.SetPrimaryCard(id, actor, "a")),
        command(
            "SetCollectionMethod",
            (id, actor) ->
                new Command.SetCollectionMethod(id, actor, CollectionRules.defaultPayByInvoice())),
        command(
            "UpdateBillingDetails",
            (id, actor) ->
                new Command.UpdateBillingDetails(
                    id, actor, new BillingDetails("Acme Ltd", "billing@acme.test", "", ""))),
        command(
            "ReportPaymentAttempt",
            (id, actor) ->
                new Command.ReportPaymentAttempt(
                    id, actor, "KB-000001", PaymentOutcome.SUCCEEDED, "")),
        command(
            "RecordPayment",
            (id, actor) ->
                new Command.RecordPayment(
                    id, actor, "KB-000001", PaymentChannel.ONLINE, Amount.of("36.00", "USD"))),
        command("EvaluateDunning", Command.EvaluateDunning::new),
        command("VoidInvoice", (id, actor) -> new Command.VoidInvoice(id, actor, "KB-000001")),
        command(
            "MarkUncollectible",
            (id, actor) -> new Command.MarkUncollectible(id, actor, "KB-000001")));
  }

  private static Arguments command(String name, BiFunction<String, String, Command> build) {
    return Arguments.of(Named.of(name, build));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aBlankIdOrActorIsRefusedNamingTheField(BiFunction<String, String, Command> build) {
    assertThat(build.apply("c-1", "ana").id()).isEqualTo("c-1");
    assertThatThrownBy(() -> build.apply(" ", "ana"))
        .isInstanceOfSatisfying(
            BillingException.class, e -> assertField(e, BillingErrorCode.BLANK_VALUE, "id"));
    assertThatThrownBy(() -> build.apply("c-1", ""))
        .isInstanceOfSatisfying(
            BillingException.class, e -> assertField(e, BillingErrorCode.BLANK_VALUE, "actor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anIdWithASlashIsRefusedNamingTheId(BiFunction<String, String, Command> build) {
    for (String id : new String[] {"/c-1", "c/1", "c-1/"}) {
      assertThatThrownBy(() -> build.apply(id, "ana"))
          .isInstanceOfSatisfying(
              BillingException.class,
              e -> {
                assertField(e, BillingErrorCode.MALFORMED_VALUE, "id");
                assertThat(e.reason()).contains("'" + id + "'");
              });
    }
  }

  private static void assertField(BillingException e, BillingErrorCode code, String field) {
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.field()).isEqualTo(field);
  }

  @ParameterizedTest(name = "{0} units")
  @CsvSource({"0", "-1"})
  void aReadingOfNoUnitsIsRefusedWhereItIsBuilt(long quantity) {
    assertRefused(
        () ->
            new Command.RecordUsage(
                "u-1", "system", KafkamanSample.MONITORING_REQUESTS, quantity, "m", NOON),
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        "must be positive, was " + quantity);
  }

  @ParameterizedTest(name = "blank {0}")
  @CsvSource({"teamId", "memberId", "domain"})
  void theOtherIdsMustNotBeBlankEither(String field) {
    assertRefused(
        () -> {
          switch (field) {
            case "teamId" ->
                new Command.CreateTeam(
                    "c-1",
                    "ana",
                    " ",
                    Currencies.of("USD"),
                    Member.of("ana", "ana@acme.test", LocalDate.of(2024, 3, 1), Role.ADMIN),
                    new BillingDetails("Acme Ltd", "billing@acme.test", "", ""),
                    "KB-",
                    BASIC_3);
            case "memberId" -> new Command.AddMember("c-1", "ana", "", "bo@acme.test", Set.of());
            default -> new Command.AddCustomDomain("c-1", "ana", " ");
          }
        },
        BillingErrorCode.BLANK_VALUE,
        field,
        "must not be blank");
  }
}
