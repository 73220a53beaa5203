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
package co.kafkaman.billing.rules.dunning;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The effective-dated dunning policy: the initial {@link DunningTerms} and later versions, each in
 * force from a date on. One policy drives both the retries and the grace timeline.
 *
 * <p>Which version applies: an invoice's attempts and grace come from the version in force on its
 * due date (fixed when the invoice is issued, so a later version never moves an ongoing timeline);
 * notification recipients come from the version in force on the day of the notification.
 *
 * <p>Example: the documentation once said 10 days of grace. {@code DunningPolicy.of(
 * DunningTerms.kafkaman().withGraceDays(10)).withVersionFrom(2022-03-17, DunningTerms.kafkaman())}
 * gives an invoice due 2022-03-01 a grace end of 2022-03-11 and one due 2022-04-01 a grace end of
 * 2022-04-22. Immutable and thread-safe.
 *
 * @param initial the terms before the first dated version
 * @param versions later versions, their dates strictly increasing
 * @since 0.1.0
 */
public record DunningPolicy(DunningTerms initial, List<Version> versions) {

  /**
   * A version of the terms in force from {@code effectiveFrom} on.
   *
   * @param effectiveFrom the first date it applies to
   * @param terms the terms
   */
  public record Version(LocalDate effectiveFrom, DunningTerms terms) {}

  /**
   * Validates the dates and copies the versions.
   *
   * @param initial the terms before the first dated version
   * @param versions later versions, their dates strictly increasing
   */
  public DunningPolicy {
    versions = List.copyOf(versions);
    for (int i = 1; i < versions.size(); i++) {
      BillingException.check(
          versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom()),
          BillingErrorCode.INVALID_DATE_RANGE,
          "versions[" + i + "].effectiveFrom",
          versions.get(i).effectiveFrom()
              + " is not after the previous version's "
              + versions.get(i - 1).effectiveFrom());
    }
  }

  /**
   * Returns the kafkaman policy: {@link DunningTerms#kafkaman()} throughout.
   *
   * @return the default policy
   */
  public static DunningPolicy kafkaman() {
    return of(DunningTerms.kafkaman());
  }

  /**
   * Returns a policy with one version throughout.
   *
   * @param terms the terms
   * @return the policy
   */
  public static DunningPolicy of(DunningTerms terms) {
    return new DunningPolicy(terms, List.of());
  }

  /**
   * Returns a copy with {@code terms} in force from {@code effectiveFrom} on.
   *
   * @param effectiveFrom the first date, after every earlier version's
   * @param terms the terms
   * @return the copy
   * @throws BillingException {@code INVALID_DATE_RANGE} if the date is not after the last version's
   */
  public DunningPolicy withVersionFrom(LocalDate effectiveFrom, DunningTerms terms) {
    List<Version> all = new ArrayList<>(versions);
    all.add(new Version(effectiveFrom, terms));
    return new DunningPolicy(initial, all);
  }

  /**
   * Returns the terms in force on {@code date}: the latest version starting on or before it.
   *
   * @param date the date
   * @return the terms
   */
  public DunningTerms termsOn(LocalDate date) {
    DunningTerms terms = initial;
    for (Version version : versions) {
      if (!version.effectiveFrom().isAfter(date)) {
        terms = version.terms();
      }
    }
    return terms;
  }
}
