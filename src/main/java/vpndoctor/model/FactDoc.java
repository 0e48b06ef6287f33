package vpndoctor.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a fact type (or one of its getters) means to a rule author. Read at run time by
 * `vpn-doctor rules doc`, which writes the fact model reference of rules-drl/README.md from the
 * code, so the reference cannot drift from the classes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FactDoc {
    /** The meaning, one or two sentences. */
    String value();

    /** A DRL pattern using the type (a rule condition); empty: the doc generator writes a plain one. */
    String example() default "";
}
