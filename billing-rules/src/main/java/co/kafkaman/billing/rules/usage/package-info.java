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
 * Usage and overage (RULES.md section 7). {@link co.kafkaman.billing.rules.usage.UsageRules}
 * records readings against the {@link co.kafkaman.billing.rules.usage.Entitlement} of the open
 * usage month (deciding each into a {@link co.kafkaman.billing.rules.usage.UsageDecision}:
 * recorded, or refused with what is still allowed), keeps the overage setting per resource,
 * enforces the custom-domain hard limit, closes a usage month into {@code OVERAGE} lines ({@link
 * co.kafkaman.billing.rules.usage.UsageClosing}) and builds the resource usage view ({@link
 * co.kafkaman.billing.rules.usage.UsageReport} of {@link
 * co.kafkaman.billing.rules.usage.ResourceUsage} rows, broken down by source). {@link
 * co.kafkaman.billing.rules.usage.UsageCalendar} lists the usage-month ends a host must close.
 *
 * <p>Worked example (sample catalog): Basic, one monitoring block, so {@code 10,000 + 1 x 10,000 =
 * 20,000} requests a usage month. Overage allowed, 22,500 requests used: {@code 3 x 0.90 = 2.70
 * (2,500 billable of 22,500 used, 20,000 (10,000 + 1 block of 10,000) included; 0.90 per 1,000,
 * partial packages rounded up)} on the invoice after the month ends. Overage disallowed with 19,800
 * used: a reading of 500 is refused, 200 still allowed.
 */
@NullMarked
package co.kafkaman.billing.rules.usage;

import org.jspecify.annotations.NullMarked;
