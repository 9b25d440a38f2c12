package org.commissioninghub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.commissioninghub.Application;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  @Test
  void controllersLeaveRuleRefusalsToTheirChannel() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should(catchNo(InvalidInputException.class, ConflictException.class))
        .because(
            "a refusal is shown in one place per channel: shared.Refusals on pages,"
                + " ApiErrorHandling in the API")
        .check(MAIN);
  }

  private static ArchCondition<JavaClass> catchNo(Class<?>... refusals) {
    return new ArchCondition<>("catch no rule refusal") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          for (TryCatchBlock block : unit.getTryCatchBlocks()) {
            for (JavaClass caught : block.getCaughtThrowables()) {
              for (Class<?> refusal : refusals) {
                if (caught.isAssignableTo(refusal)) {
                  events.add(
                      SimpleConditionEvent.violated(
                          type,
                          type.getSimpleName()
                              + "."
                              + unit.getName()
                              + " catches "
                              + caught.getSimpleName()));
                }
              }
            }
          }
        }
      }
    };
  }

  @Test
  void sqlLivesInRepositories() {
    noClasses()
        .that()
        .areNotAnnotatedWith(Repository.class)
        .and()
        .haveSimpleNameNotEndingWith("Query")
        .and()
        .areNotAssignableTo(org.commissioninghub.identity.RecordOwners.class)
        .and()
        .doNotHaveFullyQualifiedName(org.commissioninghub.shared.RowLocks.class.getName())
        .and()
        .resideOutsideOfPackage("org.commissioninghub.audit")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class)
        .because(
            "services hold the rules and the flow; their queries are in the feature's"
                + " repositories (@Repository) and read models (*Query). Record-scope owners are one query"
                + " each, RowLocks is the shared lock, and the audit chain keeps its SQL beside the"
                + " hashing it guards (docs/architecture.md)")
        .check(MAIN);
  }
}
