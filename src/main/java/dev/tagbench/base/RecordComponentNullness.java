package dev.tagbench.base;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Nullness;

/**
 * Tells clients generated from the OpenAPI document which fields of a record can be null: its
 * {@code @Nullable} components are nullable, all others required (never null, always present).
 * Packages are {@code @NullMarked}, so a component without {@code @Nullable} is never null. Without
 * this, swagger-core (which reads declaration annotations only, and so misses JSpecify's type-use
 * {@code @Nullable}) makes every field optional and none nullable.
 */
final class RecordComponentNullness implements ModelConverter {

    @Override
    public @Nullable Schema<?> resolve(
            AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        var javaClass = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !javaClass.isRecord()) {
            return schema;
        }
        // A named model comes back as a reference; its properties live in the context.
        var model = schema.get$ref() == null
                ? schema
                : context.getDefinedModels()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        for (var component : javaClass.getRecordComponents()) {
            var name = jsonName(component);
            var property = model.getProperties().get(name);
            if (property == null) {
                continue;
            }
            if (Nullness.forMethodReturnType(component.getAccessor()) == Nullness.NULLABLE) {
                model.getProperties().put(name, nullable(property));
            } else if (model.getRequired() == null || !model.getRequired().contains(name)) {
                model.addRequiredItem(name);
            }
        }
        return schema;
    }

    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            // A reference cannot carry "null" itself: the field is the referenced model or null.
            if (property.getSpecVersion() == SpecVersion.V31) {
                Schema<?> nothing = new Schema<>(SpecVersion.V31).types(Set.of("null"));
                return new Schema<>(SpecVersion.V31).anyOf(List.<Schema>of(property, nothing));
            }
            return new Schema<>().allOf(List.<Schema>of(property)).nullable(true);
        }
        if (property.getTypes() != null) {
            property.addType("null"); // OpenAPI 3.1: type: [string, "null"]
        } else {
            property.setNullable(true); // OpenAPI 3.0
        }
        return property;
    }

    private static String jsonName(RecordComponent component) {
        var renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }
}
