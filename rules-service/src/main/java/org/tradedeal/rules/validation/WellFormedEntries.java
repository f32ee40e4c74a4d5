package org.tradedeal.rules.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.tradedeal.rules.HsCodes;
import org.tradedeal.rules.api.BarrierInput;
import org.tradedeal.rules.api.BaselineInput;
import org.tradedeal.rules.api.ProductTradeInput;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The baseline's entries (exports by product, barriers) are well-formed: every export line has an HS
 * code of 2, 4 or 6 digits and a value of at least 0; every barrier has a code, affected products that
 * are not null, and a blocked trade of at least 0 where it has one. Each violation names its field, e.g.
 * {@code baseline.exportsByProduct[3].hsCode}.
 * <p>
 * One pass in plain code rather than a Bean Validation cascade into each entry: a baseline carries dozens
 * of entries (21 barriers for Pakistan-US), and cascading into each one was a fifth of the CPU time of a
 * scoring request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WellFormedEntries.Validator.class)
public @interface WellFormedEntries {

    String message() default "holds a malformed entry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WellFormedEntries, BaselineInput> {

        private static final Pattern HS_CODE = Pattern.compile(HsCodes.PATTERN);

        @Override
        public boolean isValid(BaselineInput baseline, ConstraintValidatorContext context) {
            if (baseline == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            List<ProductTradeInput> exports = baseline.exportsByProduct();
            for (int i = 0; i < exports.size(); i++) {
                ProductTradeInput export = exports.get(i);
                if (export == null) {
                    valid = entry(context, "exportsByProduct", i);
                    continue;
                }
                if (export.hsCode() == null || !HS_CODE.matcher(export.hsCode()).matches()) {
                    valid = violation(context, "exportsByProduct", i, "hsCode",
                            export.hsCode() == null ? "must not be null" : HsCodes.MESSAGE);
                }
                if (export.valueUsd() == null || export.valueUsd().signum() < 0) {
                    valid = violation(context, "exportsByProduct", i, "valueUsd", notNegative(export.valueUsd()));
                }
            }
            List<BarrierInput> barriers = baseline.barriers();
            for (int i = 0; i < barriers.size(); i++) {
                BarrierInput barrier = barriers.get(i);
                if (barrier == null) {
                    valid = entry(context, "barriers", i);
                    continue;
                }
                if (barrier.code() == null || barrier.code().isBlank()) {
                    valid = violation(context, "barriers", i, "code", "must not be blank");
                }
                if (barrier.affectedProducts().stream().anyMatch(java.util.Objects::isNull)) { // List.of().contains(null) throws
                    valid = violation(context, "barriers", i, "affectedProducts", "must not hold null");
                }
                if (barrier.blockedTradeUsd() != null && barrier.blockedTradeUsd().signum() < 0) {
                    valid = violation(context, "barriers", i, "blockedTradeUsd", notNegative(barrier.blockedTradeUsd()));
                }
            }
            return valid;
        }

        private static String notNegative(BigDecimal value) {
            return value == null ? "must not be null" : "must be greater than or equal to 0";
        }

        /** Records a violation of a field of an entry; false, for the caller's verdict. */
        private static boolean violation(ConstraintValidatorContext context, String list, int index, String field,
                                         String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(list)
                    .addPropertyNode(field).inIterable().atIndex(index)
                    .addConstraintViolation();
            return false;
        }

        /** Records a null entry; false. */
        private static boolean entry(ConstraintValidatorContext context, String list, int index) {
            context.buildConstraintViolationWithTemplate("must not be null")
                    .addPropertyNode(list)
                    .addBeanNode().inIterable().atIndex(index)
                    .addConstraintViolation();
            return false;
        }
    }
}
