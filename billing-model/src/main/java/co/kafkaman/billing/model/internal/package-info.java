/**
 * Build-time support for the model, not exported by the module: the annotations that configure
 * Immutables, {@link co.kafkaman.billing.model.internal.ModelStyle} for the value types and {@link
 * co.kafkaman.billing.model.internal.AggregateStyle} for the team, whose copies check only what
 * they change.
 */
@NullMarked
package co.kafkaman.billing.model.internal;

import org.jspecify.annotations.NullMarked;
