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
 * The house style of the model's Immutables value types: generated classes are package-private and
 * JDK-only, builders are strict, and the abstract type is what callers see.
 *
 * <p>The annotation has {@code SOURCE} retention, so no compiled model class refers to it or to
 * Immutables at run time.
 *
 * <p>{@code unsafeDefaultAndDerived} drops the "init shim" Immutables otherwise allocates (and
 * publishes through a volatile field) in every constructor, including every {@code with*} copy:
 * {@code @Value.Default} attributes are then initialized in declaration order, so a default must
 * not read another {@code @Value.Default} or {@code @Value.Derived} attribute (none does: each is a
 * constant).
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = false,
    allowedClasspathAnnotations = {Override.class},
    unsafeDefaultAndDerived = true,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ModelStyle {}
