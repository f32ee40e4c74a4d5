package org.tradedeal.negotiation.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.tradedeal.negotiation.DraftContent;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A draft must hold something: a purchase, a barrier removal, a tariff cut or at least an intention.
 * <p>
 * A deliberate copy: kept identical to
 * rules-service/src/main/java/org/tradedeal/rules/validation/NotEmptyDraft.java but for the types it validates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotEmptyDraft.Validator.class)
public @interface NotEmptyDraft {

    String message() default "a draft needs at least one purchase, barrier removal, tariff cut or intention";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotEmptyDraft, DraftContent> {
        @Override
        public boolean isValid(DraftContent content, ConstraintValidatorContext context) {
            return content == null || !(content.purchases().isEmpty() && content.barrierRemovals().isEmpty()
                    && content.tariffCuts().isEmpty() && content.intentions().isEmpty());
        }
    }
}
