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
package co.kafkaman.billing.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house style of a large aggregate whose invariants span whole lists (the team): as {@link
 * ModelStyle}, except that the generated copy methods are named {@code copyWith*}, so the abstract
 * type can declare its public {@code with*} methods itself and re-check only the invariants of the
 * attribute each one replaces.
 *
 * <p>Why: the engine copies a team several times per command (new subscription, invoice issued,
 * numbering advanced, receivable opened, history appended). With the checks in {@code @Value.Check}
 * alone, every copy re-read every member id, card token and invoice number; for a team that is cold
 * in memory (a batch of renewals) those reads were the largest cost of a renewal.
 *
 * <p>{@code SOURCE} retention, like {@link ModelStyle}.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = false,
    allowedClasspathAnnotations = {Override.class},
    unsafeDefaultAndDerived = true,
    with = "copyWith*",
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface AggregateStyle {}
