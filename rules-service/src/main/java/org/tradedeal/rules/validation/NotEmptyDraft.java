package org.tradedeal.rules.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.tradedeal.rules.api.DraftInput;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A draft must hold something to score: a purchase, a barrier removal, a tariff cut or an intention.
 * <p>
 * A deliberate copy: kept identical to
 * negotiation-service/src/main/java/org/tradedeal/negotiation/validation/NotEmptyDraft.java but for the types it validates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotEmptyDraft.Validator.class)
public @interface NotEmptyDraft {

    String message() default "an empty draft: it needs at least one purchase, barrier removal, tariff cut or intention";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotEmptyDraft, DraftInput> {
        @Override
        public boolean isValid(DraftInput draft, ConstraintValidatorContext context) {
            return draft == null || !(draft.purchases().isEmpty() && draft.barrierRemovals().isEmpty()
                    && draft.tariffCuts().isEmpty() && draft.intentions().isEmpty());
        }
    }
}
