package org.commissioninghub.monitoring;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/**
 * What people do to a return. Each request is the edge shape, as a page posts it (text as typed);
 * its {@code toCommand} checks the shape, naming every field at fault, and gives the command {@link
 * ReturnWorkflow} takes, made of numbers, dates and choices. The workflow checks what needs the
 * return itself (its status, who prepared it, the date against today).
 */
public final class ReturnCommands {

  private ReturnCommands() {}

  /** A return's figures as typed, measure code to text, with the narrative. */
  public record FiguresRequest(Map<String, String> values, String narrative) {

    static final int LONGEST_NARRATIVE = 8000;

    /** The figures read whole against the return's measures; each error names its measure. */
    public Figures toCommand(ReturnTemplate template) {
      List<FieldProblem> problems = new ArrayList<>();
      Map<String, Long> read =
          ReturnChecks.read(template, values == null ? Map.of() : values, problems);
      String text = blankToNull(narrative);
      if (text != null && text.length() > LONGEST_NARRATIVE) {
        problems.add(
            new FieldProblem("narrative", "The narrative must be 8,000 characters or fewer"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("RETURN-2", problems);
      }
      return new Figures(read, text);
    }
  }

  /** A return's figures by measure code, with the narrative (null when there is none). */
  public record Figures(Map<String, Long> values, String narrative) {
    public Figures {
      values = Map.copyOf(values);
    }
  }

  /** An anonymised case study as typed, with the consent and the "it identifies no one" boxes. */
  public record CaseStudyRequest(String theme, String story, boolean consent, boolean confirmed) {

    public CaseStudyCommand toCommand() {
      Problems problems = new Problems();
      String t = theme == null ? "" : theme.strip();
      String s = story == null ? "" : story.strip();
      if (t.isEmpty()) {
        problems.add("theme", "Say what the case study shows, like \"Coping after a burglary\"");
      } else if (t.length() > 200) {
        problems.add("theme", "The theme must be 200 characters or fewer");
      }
      if (s.isEmpty()) {
        problems.add("story", "Tell the story, without anything that identifies the person");
      } else if (s.length() > 4000) {
        problems.add("story", "The story must be 4,000 characters or fewer");
      }
      if (!consent) {
        problems.add("consent", "Only share a story the person agreed to share, anonymised");
      }
      List<String> warnings = PersonalDataCheck.warnings(t + "\n" + s);
      if (!warnings.isEmpty() && !confirmed) {
        warnings.forEach(w -> problems.add("story", w));
        problems.add(
            "confirmed",
            "Take out anything that identifies the person, or confirm it identifies no one");
      }
      problems.throwIfAny("RETURN-10");
      return new CaseStudyCommand(t, s, warnings);
    }
  }

  /**
   * A case study the person agreed to share, with what looked identifying in it (confirmed by the
   * person adding it to identify no one).
   */
  public record CaseStudyCommand(String theme, String story, List<String> warnings) {
    public CaseStudyCommand {
      warnings = List.copyOf(warnings);
    }
  }

  /** The date a return sent outside the system arrived, as the three date boxes hold it. */
  public record ReceiptRequest(String day, String month, String year, String note) {

    public Receipt toCommand() {
      Problems problems = new Problems();
      LocalDate receivedOn = date();
      if (receivedOn == null) {
        problems.add("receivedOn", Receipt.NO_DATE);
      }
      String text = blankToNull(note);
      if (text == null) {
        problems.add("note", "Say where the figures come from");
      }
      problems.throwIfAny("RETURN-12");
      return new Receipt(receivedOn, text);
    }

    private LocalDate date() {
      try {
        return LocalDate.of(
            Integer.parseInt(year.strip()),
            Integer.parseInt(month.strip()),
            Integer.parseInt(day.strip()));
      } catch (NullPointerException | NumberFormatException | DateTimeException e) {
        return null;
      }
    }
  }

  /** When a return sent outside the system arrived, and where its figures come from. */
  public record Receipt(LocalDate receivedOn, String note) {
    static final String NO_DATE = "Enter the date the return was received";
  }

  /** The officer's rating as chosen: RED, AMBER or GREEN, and why. */
  public record RatingRequest(String rag, String ragReason) {

    public Rating toCommand() {
      Problems problems = new Problems();
      Rag rating = null;
      try {
        rating = rag == null || rag.isBlank() ? null : Rag.valueOf(rag.strip());
      } catch (IllegalArgumentException e) {
        rating = null;
      }
      if (rating == null) {
        problems.add("rag", "Choose red, amber or green");
      }
      String text = ragReason == null ? "" : ragReason.strip();
      if (text.isEmpty()) {
        problems.add("ragReason", "Say why you gave this rating");
      } else if (text.length() > 2000) {
        problems.add("ragReason", "The reason must be 2,000 characters or fewer");
      }
      problems.throwIfAny("RETURN-11");
      return new Rating(rating, text);
    }
  }

  public record Rating(Rag rag, String reason) {}

  /** The commissioner's decision as posted: ACCEPT or SEND_BACK, with a comment. */
  public record ReviewRequest(String decision, String comment) {

    public Review toCommand() {
      boolean accept = "ACCEPT".equals(decision);
      if (!accept && !"SEND_BACK".equals(decision)) {
        throw InvalidInputException.of(
            "RETURN-9", "decision", "Choose whether to accept the return or send it back");
      }
      String text = blankToNull(comment);
      if (!accept && text == null) {
        throw InvalidInputException.of(
            "RETURN-8", "comment", "Say what the provider must put right before sending it back");
      }
      return new Review(accept, text);
    }
  }

  /** Accept the return, or send it back saying what to put right (a comment is then given). */
  public record Review(boolean accept, String comment) {
    public static Review accepted() {
      return new Review(true, null);
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
