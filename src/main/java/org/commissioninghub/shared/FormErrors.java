package org.commissioninghub.shared;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a business rule's field problems onto a form, so the page shows them beside the fields. */
public final class FormErrors {

  private FormErrors() {}

  public static void apply(InvalidInputException e, BindingResult result) {
    BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
    for (FieldProblem problem : e.problems()) {
      String field = problem.field();
      if (!form.isReadableProperty(field) && field.contains(".")) {
        // "lines[0].amount" on a form that carries a single line as "amount"
        field = field.substring(field.lastIndexOf('.') + 1);
      }
      if (form.isReadableProperty(field)) {
        result.rejectValue(field, e.code(), problem.message());
      } else {
        result.reject(e.code(), problem.message());
      }
    }
  }
}
