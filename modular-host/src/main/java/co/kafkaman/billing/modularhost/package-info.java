/**
 * A modular host: {@code ModularHost} adds two seats through the engine ({@code 2 x 12.00 x 17/31
 * days = 13.16}) and checks its price list with a scenario file bundled in the module, both from
 * inside the named module {@code co.kafkaman.billing.modularhost}.
 */
@NullMarked
package co.kafkaman.billing.modularhost;

import org.jspecify.annotations.NullMarked;
