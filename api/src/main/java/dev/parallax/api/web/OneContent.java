package dev.parallax.api.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A source gives its article exactly once: as text or as HTML, not empty. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneContentValidator.class)
public @interface OneContent {

    String message() default "give the article as text or as html";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
