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
/**
 * JMH benchmarks of the library against two references computed in the same run.
 *
 * <p>{@link co.kafkaman.billing.benchmarks.LongCents} is the practical limit: the same numbers in
 * {@code long} minor units with no object beyond its result. {@link
 * co.kafkaman.billing.benchmarks.NaiveMoneta} is what a team without this library would write: the
 * same numbers on Moneta {@code Money} arithmetic with currency rounding ({@code HALF_UP}), with
 * the currency and the rounding looked up once.
 *
 * <p>Workloads: {@link co.kafkaman.billing.benchmarks.SeatChangeBenchmark} (a prorated seat-change
 * invoice of 4 lines through {@code BillingEngine.apply}), {@link
 * co.kafkaman.billing.benchmarks.RenewalBenchmark} (a renewal invoice with seats, flex users and
 * two add-on resources), {@link co.kafkaman.billing.benchmarks.BatchRenewalBenchmark} (1,000,000
 * renewals, one thread and all cores) and {@link co.kafkaman.billing.benchmarks.AgendaBenchmark}
 * (what falls due for 100,000 teams over one year, through {@link
 * co.kafkaman.billing.benchmarks.AgendaQuery}).
 *
 * <p>Worked example (workload 1): Basic monthly, 3 seats billed 36.00 for {@code [2024-03-01,
 * 2024-04-01)}, 5.00 of account credit, upgraded on 2024-03-15 to Professional (29.00) with 2
 * monitoring blocks (8.00): credit {@code 1 x -36.00 x 17/31 days = -19.74}, seats {@code 3 x 29.00
 * x 17/31 days = 47.71}, blocks {@code 2 x 8.00 x 17/31 days = 8.77}, account credit {@code -5.00},
 * total due 31.74.
 */
@NullMarked
package co.kafkaman.billing.benchmarks;

import org.jspecify.annotations.NullMarked;
