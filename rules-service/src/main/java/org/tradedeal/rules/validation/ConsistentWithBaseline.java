package org.tradedeal.rules.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.tradedeal.rules.api.BarrierInput;
import org.tradedeal.rules.api.BarrierRemovalInput;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.PurchaseInput;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A draft must fit the baseline it is scored against: no purchase starts before the baseline's year (the
 * draft is scored against that year's trade), and every barrier removal names a barrier of the baseline's
 * catalogue (an unknown code is a typo or a barrier of another partner, not something to score). Each
 * violation names its field, e.g. {@code draft.barrierRemovals[2].barrierCode}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentWithBaseline.Validator.class)
public @interface ConsistentWithBaseline {

    String message() default "does not fit the baseline";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentWithBaseline, EvaluationRequest> {

        @Override
        public boolean isValid(EvaluationRequest request, ConstraintValidatorContext context) {
            if (request == null || request.draft() == null || request.baseline() == null) {
                return true; // @NotNull names the missing part
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Integer year = request.baseline().year();
            List<PurchaseInput> purchases = request.draft().purchases();
            for (int i = 0; i < purchases.size(); i++) {
                PurchaseInput purchase = purchases.get(i);
                if (year != null && purchase != null && purchase.firstYear() != null && purchase.firstYear() < year) {
                    violation(context, "purchases", i, "firstYear", "must not be before the baseline year " + year);
                    valid = false;
                }
            }
            Set<String> known = new HashSet<>();
            for (BarrierInput barrier : request.baseline().barriers()) {
                if (barrier != null) {
                    known.add(barrier.code());
                }
            }
            List<BarrierRemovalInput> removals = request.draft().barrierRemovals();
            for (int i = 0; i < removals.size(); i++) {
                BarrierRemovalInput removal = removals.get(i);
                if (removal != null && removal.barrierCode() != null && !removal.barrierCode().isBlank()
                        && !known.contains(removal.barrierCode())) {
                    violation(context, "barrierRemovals", i, "barrierCode",
                            "is not a barrier of the baseline's catalogue (" + known.size() + " barriers)");
                    valid = false;
                }
            }
            return valid;
        }

        private static void violation(ConstraintValidatorContext context, String list, int index, String field,
                                      String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode("draft")
                    .addPropertyNode(list)
                    .addPropertyNode(field).inIterable().atIndex(index)
                    .addConstraintViolation();
        }
    }
}
