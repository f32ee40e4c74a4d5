package org.tradedeal.negotiation.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Read JSON strictly, so that
 * a client learns at once that it sent something else than it meant: no trailing tokens, no numbers read as
 * dates, booleans or strings, no fraction truncated to a whole number, no null for a primitive or inside a
 * list, no date-time read as a date, no date outside 1900-2200 (PostgreSQL and the formula have limits far
 * before year 999999999), no control character (but tab and line breaks) in any text.
 * <p>
 * Kept identical (but for the package and trade-data-service's plain BigDecimal output) to
 * trade-data-service/src/main/java/org/tradedeal/tradedata/config/JacksonConfig.java.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.setDefaultLeniency(false);
        for (LogicalType scalar : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.DateTime,
                LogicalType.Enum)) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        for (LogicalType notText : List.of(LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum,
                LogicalType.Integer, LogicalType.Float)) {
            mapper.coercionConfigFor(notText).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (Class<?> list : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(list).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        mapper.registerModule(new SimpleModule("plain-text-and-plausible-dates")
                .addDeserializer(String.class, new PlainText())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                                  JsonDeserializer<?> deserializer) {
                        return bean.getBeanClass() == LocalDate.class ? new PlausibleDate(deserializer) : deserializer;
                    }
                }));
    }

    /** Text without NUL or other control characters; tab, line feed and carriage return stay allowed. */
    static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    || c == 0x7f)) {
                return (String) context.handleWeirdStringValue(String.class, text,
                        "must not contain control characters");
            }
            return text;
        }
    }

    /** A date between 1900-01-01 and 2200-12-31: every date of the trade data and a negotiation lies there. */
    static final class PlausibleDate extends DelegatingDeserializer {

        PlausibleDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new PlausibleDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof LocalDate date && (date.getYear() < 1900 || date.getYear() > 2200)) {
                return context.handleWeirdStringValue(LocalDate.class, parser.getText(),
                        "must be a date between 1900-01-01 and 2200-12-31");
            }
            return value;
        }
    }
}
