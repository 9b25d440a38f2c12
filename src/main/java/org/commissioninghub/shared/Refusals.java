package org.commissioninghub.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one place a page turns a rule's refusal into what the person sees. A controller names what to
 * do and what to show again; it holds no try/catch of its own. The API channel's counterpart is
 * {@link ApiErrorHandling}, which answers the same exceptions with problem details.
 *
 * <p>Three ways a page shows a refusal, after the GOV.UK patterns:
 *
 * <ul>
 *   <li>{@link #onForm}: the form is shown again with the error summary and each field's message
 *       (Post/Redirect/Get only on success);
 *   <li>{@link #onPage}: a page without a bound form object (a list with a small form on it) is
 *       shown again with the summary, linking to the inputs by id;
 *   <li>{@link #asWarning}: a one-button action (approve, remove) goes back to the record with the
 *       refusal shown as a warning.
 * </ul>
 *
 * <p>Record pages mix them: {@link #onPageOrWarning} (a field problem on the page, a conflict back
 * to the record), {@link #onPageConflictsAsWarnings} (a conflict as a warning on the same page),
 * {@link #onPageConflictsApart} (a conflict left to the 409 page) and {@link #onVersionedPage} (a
 * conflict shows the record as it now is).
 *
 * <p>Only refusals are caught: {@link InvalidInputException} and {@link ConflictException}.
 * Anything else is left to {@link HtmlErrorHandling}.
 */
public final class Refusals {

  private Refusals() {}

  /**
   * Runs an action whose input is a bound form; on a refusal puts every problem on the form (field
   * messages, or the summary for problems not on a field) and answers what {@code showAgain} gives.
   */
  public static String onForm(
      BindingResult form, Supplier<String> action, Supplier<String> showAgain) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      FormErrors.apply(e, form);
    } catch (ConflictException e) {
      form.reject(e.code(), e.getMessage());
    }
    return showAgain.get();
  }

  /**
   * Runs an action from a page with no bound form object; on a refusal puts the problems on the
   * model for the error summary and the fields, and answers what {@code showAgain} gives.
   */
  public static String onPage(Model model, Supplier<String> action, Supplier<String> showAgain) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problemsToShow());
    } catch (ConflictException e) {
      FieldIds.show(model, List.of(new FieldProblem("", e.getMessage())));
    }
    return showAgain.get();
  }

  /**
   * As {@link #onPage}, for a page whose conflicts (someone else changed the record meanwhile) are
   * answered by {@link HtmlErrorHandling} with 409 Conflict instead of being shown on the page:
   * only {@link InvalidInputException} puts its problems on the model.
   */
  public static String onPageConflictsApart(
      Model model, Supplier<String> action, Supplier<String> showAgain) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problemsToShow());
    }
    return showAgain.get();
  }

  /**
   * As {@link #onPage}, for a page listing records with a form to add one, where a conflict is not
   * about any field (the record exists already, or the year is closed): input problems go on the
   * page with the summary and the fields, a conflict is shown on the same page as a warning.
   */
  public static String onPageConflictsAsWarnings(
      Model model, Supplier<String> action, Supplier<String> showAgain) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problemsToShow());
    } catch (ConflictException e) {
      model.addAttribute("warnings", List.of(e.getMessage()));
    }
    return showAgain.get();
  }

  /**
   * As {@link #onPage}, for a form guarded by the record's version: a field problem shows the page
   * again as typed ({@code showAgain}); a conflict (someone else saved meanwhile) puts its message
   * in the summary and shows the page with {@code showCurrent}, which reads the record again so
   * that saving after reading the message is deliberate.
   */
  public static String onVersionedPage(
      Model model,
      Supplier<String> action,
      Supplier<String> showAgain,
      Supplier<String> showCurrent) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problemsToShow());
      return showAgain.get();
    } catch (ConflictException e) {
      FieldIds.show(model, List.of(new FieldProblem("", e.getMessage())));
      return showCurrent.get();
    }
  }

  /**
   * Runs an action posted from a record's page: a field problem shows the page again with the
   * summary and the fields (as {@link #onPage}); a conflict, where the record has moved on (it was
   * submitted, or changed by someone else), goes back to the record with a warning (as {@link
   * #asWarning}).
   */
  public static String onPageOrWarning(
      Model model,
      RedirectAttributes flash,
      Supplier<String> action,
      Supplier<String> showAgain,
      String back) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problemsToShow());
      return showAgain.get();
    } catch (ConflictException e) {
      flash.addFlashAttribute("warnings", List.of(e.getMessage()));
      return "redirect:" + back;
    }
  }

  /**
   * Runs a one-button action; on a refusal flashes its messages as warnings and redirects to {@code
   * back} (the record's page), so nothing is posted twice on refresh.
   */
  public static String asWarning(RedirectAttributes flash, Supplier<String> action, String back) {
    return asWarning(flash, action, back, null);
  }

  /**
   * As {@link #asWarning(RedirectAttributes, Supplier, String)}, each warning starting with what it
   * is about ("AP-0001: …") when the page it goes back to lists many records.
   */
  public static String asWarning(
      RedirectAttributes flash, Supplier<String> action, String back, String about) {
    String prefix = about == null ? "" : about + ": ";
    try {
      return action.get();
    } catch (InvalidInputException e) {
      flash.addFlashAttribute(
          "warnings", e.problemsToShow().stream().map(p -> prefix + p.message()).toList());
    } catch (ConflictException e) {
      flash.addFlashAttribute("warnings", List.of(prefix + e.getMessage()));
    }
    return "redirect:" + back;
  }
}
