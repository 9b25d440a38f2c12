package org.commissioninghub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.commissioninghub.Application;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The feature boundaries and house rules, as a test that fails when they are broken. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.commissioninghub");

  @Test
  void featuresOnlyUseEachOthersPublicApisAndHaveNoCycles() {
    ApplicationModules.of(Application.class).verify();
  }

  @Test
  void controllersAndRepositoriesStayInsideTheirFeature() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .or()
        .areAnnotatedWith(Repository.class)
        .should()
        .notBePublic()
        .check(MAIN);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    noClasses()
        .should()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(OffsetDateTime.class, "now")
        .orShould()
        .callMethod(Instant.class, "now")
        .because("rounds open and close on dates, and tests must be able to fix time")
        .check(MAIN);
  }

  @Test
  void moneyIsNeverFloatingPoint() {
    fields()
        .that()
        .haveNameMatching("(?i).*(amount|total|value|money|pence|budget).*")
        .should()
        .notHaveRawType(double.class)
        .andShould()
        .notHaveRawType(float.class)
        .andShould()
        .notHaveRawType(Double.class)
        .andShould()
        .notHaveRawType(Float.class)
        .check(MAIN);
  }

  @Test
  void noFieldInjectionAndNoTestLibrariesInProduction() {
    fields().should().notBeAnnotatedWith(Autowired.class).check(MAIN);
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.junit..", "org.assertj..", "org.mockito..")
        .check(MAIN);
  }
}
