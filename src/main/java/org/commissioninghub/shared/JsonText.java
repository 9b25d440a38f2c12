package org.commissioninghub.shared;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in a JSON body may not contain NUL. PostgreSQL cannot store it in a text column, so a NUL
 * that got past the parser would end as a database error (a 500) on PostgreSQL and be stored on H2;
 * refused here, it is a 400 naming the field, on every endpoint at once.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

  @Bean
  JsonMapperBuilderCustomizer textWithoutNul() {
    SimpleModule module = new SimpleModule("text-without-nul");
    module.addDeserializer(String.class, new WithoutNul());
    return builder -> builder.addModule(module);
  }

  static final class WithoutNul extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext context) {
      String text = super.deserialize(p, context);
      if (text != null && text.indexOf('\0') >= 0) {
        throw context.weirdStringException(
            "(contains NUL)", String.class, "text may not contain a NUL character");
      }
      return text;
    }
  }
}
