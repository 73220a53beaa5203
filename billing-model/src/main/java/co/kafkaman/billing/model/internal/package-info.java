/**
 * Build-time support for the model, not exported by the module: the {@link
 * co.kafkaman.billing.model.internal.ModelStyle} annotation that configures Immutables.
 */
@NullMarked
package co.kafkaman.billing.model.internal;

import org.jspecify.annotations.NullMarked;
