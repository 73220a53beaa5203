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
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = false,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ModelStyle {}
