package org.commissioninghub.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class (or method) only when Debian's Chromium, its ChromeDriver and axe-core are
 * installed. It is evaluated before the Spring context starts. Without them the test is skipped
 * with a message saying what is missing and how to install it; under CI (CI=true) it fails with
 * that message instead, so that a CI run can never pass by skipping its browser journeys.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
public @interface RequiresBrowser {}
