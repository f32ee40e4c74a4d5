package org.tradedeal.rules.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.tradedeal.rules.api.TariffCutInput;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tariff cut must not raise the tariff; the violation names {@code toPct}.
 * <p>
 * A deliberate copy: kept identical to
 * negotiation-service/src/main/java/org/tradedeal/negotiation/validation/TariffCutLowers.java but for the type it validates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TariffCutLowers.Validator.class)
public @interface TariffCutLowers {

    String message() default "must not be above fromPct: a tariff cut lowers the tariff";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TariffCutLowers, TariffCutInput> {
        @Override
        public boolean isValid(TariffCutInput cut, ConstraintValidatorContext context) {
            if (cut == null || cut.fromPct() == null || cut.toPct() == null || cut.toPct().compareTo(cut.fromPct()) <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("toPct").addConstraintViolation();
            return false;
        }
    }
}
