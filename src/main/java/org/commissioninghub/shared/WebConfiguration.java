package org.commissioninghub.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the GOV.UK Frontend images where its stylesheet expects them. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/images/**")
        .addResourceLocations(
            "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/images/");
  }
}
