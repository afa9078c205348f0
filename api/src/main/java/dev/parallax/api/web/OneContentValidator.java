package dev.parallax.api.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports a source's content problem on the field concerned, so a client can point at it. */
public class OneContentValidator implements ConstraintValidator<OneContent, SourceRequest> {

    @Override
    public boolean isValid(SourceRequest source, ConstraintValidatorContext context) {
        if (source == null) {
            return true;
        }
        if (source.text() == null && source.html() == null) {
            return violation(context, "text", "is required: give the article as text or as html");
        }
        if (source.text() != null && source.html() != null) {
            return violation(context, "html", "must be absent when text is given: give the article as text or as html, not both");
        }
        if (source.content().isBlank()) {
            return violation(context, source.contentField(), "is empty");
        }
        return true;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
