package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentChecks.findOrganisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.payments.NewPayment.Charge;
import org.commissioninghub.payments.NewPayment.Origin;
import org.commissioninghub.payments.NewPayment.Payee;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports of actual payments from the finance system's CSV exports, behind {@link Payments}, which
 * opens the transactions.
 */
@Service
class FinanceImports {

  static final List<String> IMPORT_FIELDS =
      List.of(
          "date",
          "payee",
          "amount",
          "reference",
          "purpose",
          "costCentre",
          "stream",
          "paymentClass",
          "individual",
          "reasons");
  static final Set<String> REQUIRED_IMPORT_FIELDS =
      Set.of("date", "payee", "amount", "reference", "purpose");

  private final PaymentRepository repository;
  private final PaymentChecks checks;
  private final AuditLog audit;
  private final Clock clock;

  FinanceImports(PaymentRepository repository, PaymentChecks checks, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.checks = checks;
    this.audit = audit;
    this.clock = clock;
  }

  /** Reads an uploaded file's columns and first rows, and suggests a column for each field. */
  ImportPreview preview(String fileName, String content) {
    Problems named = new Problems();
    checkFileName(fileName, "file", named);
    named.throwIfAny("PAYMENT-IMPORT-1");
    String name = fileName == null || fileName.isBlank() ? "the file" : fileName.strip();
    if (content == null || content.isBlank()) {
      throw InvalidInputException.of("PAYMENT-IMPORT-1", "file", "Choose a CSV file to upload");
    }
    List<Row> rows = CsvReader.parse(name, content, List.of());
    if (rows.isEmpty()) {
      throw InvalidInputException.of(
          "PAYMENT-IMPORT-1", "file", name + " has no payments under its header row");
    }
    List<String> columns = List.copyOf(rows.get(0).cells().keySet());
    List<List<String>> first =
        rows.stream()
            .limit(5)
            .map(r -> columns.stream().map(col -> r.cells().get(col)).toList())
            .toList();
    return new ImportPreview(name, content, columns, first, rows.size(), suggest(columns));
  }

  private static final Map<String, List<String>> SYNONYMS =
      Map.of(
          "date", List.of("date", "payment date", "transaction date", "paid on"),
          "payee", List.of("payee", "supplier", "supplier name", "vendor", "recipient"),
          "amount", List.of("amount", "net amount", "value", "amount paid", "gross amount"),
          "reference",
              List.of(
                  "reference",
                  "ref",
                  "transaction reference",
                  "transaction ref",
                  "transaction",
                  "payment ref"),
          "purpose", List.of("purpose", "description", "narrative", "details"),
          "costCentre",
              List.of("cost centre", "cost center", "category", "expense type", "service area"),
          "stream", List.of("funding stream", "stream", "fund"),
          "paymentClass", List.of("class", "payment class", "type"),
          "individual", List.of("individual", "is individual"),
          "reasons",
              List.of("reasons", "reason", "value for money", "vfm", "vfm reason", "rationale"));

  static Map<String, String> suggest(List<String> columns) {
    Map<String, String> suggested = new LinkedHashMap<>();
    for (String field : IMPORT_FIELDS) {
      for (String column : columns) {
        String normal = column.strip().toLowerCase(Locale.UK).replace('_', ' ');
        if (SYNONYMS.get(field).contains(normal)) {
          suggested.put(field, column);
          break;
        }
      }
    }
    return suggested;
  }

  /**
   * Imports actual payments from a finance-system CSV with the columns mapped: every row checked
   * first (nothing is written if any cell is wrong); rows already imported (same finance reference,
   * date and amount) are skipped, so the same file twice changes nothing; a row that matches a due
   * scheduled payment (same payee and amount) marks it paid.
   */
  ImportResult importCsv(Actor actor, ImportCommand c) {
    String name = c.fileName();
    String sha256 = sha256(c.content());
    if (repository.importByHash(sha256).isPresent()) {
      int rows = CsvReader.parse(name, c.content(), List.of()).size();
      return new ImportResult(null, name, rows, 0, 0, rows, true);
    }
    Map<String, String> mapping = c.mapping();
    List<Row> rows =
        CsvReader.parse(name, c.content(), List.copyOf(new HashSet<>(mapping.values())));
    Problems problems = new Problems();
    if (rows.isEmpty()) {
      problems.add("file", name + " has no payments under its header row");
    }
    List<ImportRow> checked = checkRows(rows, mapping, c.defaultClass(), problems);
    problems.throwIfAny("PAYMENT-IMPORT-2");

    Fresh fresh = fresh(checked, mapping.get("amount"), problems);
    problems.throwIfAny("PAYMENT-IMPORT-3");
    if (fresh.rows().isEmpty()) {
      return new ImportResult(null, name, rows.size(), 0, 0, fresh.already(), false);
    }
    long importId = insert(actor, name, sha256, rows.size(), fresh);
    int matched = (int) fresh.rows().stream().filter(m -> m.scheduled() != null).count();
    audit.record(
        "payment-import.imported",
        "payment-import",
        String.valueOf(importId),
        name
            + ": "
            + rows.size()
            + " rows, "
            + fresh.rows().size()
            + " payments added, "
            + matched
            + " scheduled payments marked paid, "
            + fresh.already()
            + " already imported");
    return new ImportResult(
        importId, name, rows.size(), fresh.rows().size(), matched, fresh.already(), false);
  }

  /** Writes the import, its payments and the scheduled payments they pay; all or nothing. */
  private long insert(Actor actor, String name, String sha256, int rowCount, Fresh fresh) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      long importId = repository.insertImport(name, sha256, rowCount, actor.username(), now);
      int matched = 0;
      for (Matched m : fresh.rows()) {
        repository.insertPayment(
            newPayment(m.row(), m.scheduled(), importId), actor.username(), now);
        if (m.scheduled() != null) {
          markPaid(m);
          matched++;
        }
      }
      repository.finishImport(importId, fresh.rows().size(), matched);
      return importId;
    } catch (DuplicateKeyException e) {
      // Two uploads of the same file (or of the same payments) at once: the database's unique
      // keys let one in; the other is told so, and its transaction is rolled back whole.
      throw new ConflictException(
          "PAYMENT-IMPORT-4",
          name
              + " (or a payment in it) is being imported by someone else at the same moment:"
              + " nothing was imported from this upload; check the list of imports");
    }
  }

  private void markPaid(Matched m) {
    if (!repository.markPaid(m.scheduled().id(), m.scheduled().status())) {
      throw new ConflictException(
          "PAYMENT-IMPORT-9",
          "Row "
              + m.row().line()
              + ": scheduled payment "
              + m.scheduled().id()
              + " was paid or put in a run while the file was imported; import it again");
    }
  }

  /** The longest file name kept: the size of {@code payment_import.file_name}. */
  static final int LONGEST_FILE_NAME = 300;

  static void checkFileName(String fileName, String field, Problems problems) {
    if (fileName != null && fileName.strip().length() > LONGEST_FILE_NAME) {
      problems.add(
          field,
          "The file name is "
              + fileName.strip().length()
              + " characters long: it must be "
              + LONGEST_FILE_NAME
              + " characters or fewer; rename the file and upload it again");
    }
  }

  /** Every row is checked, so that one upload reports every wrong cell at once. */
  private List<ImportRow> checkRows(
      List<Row> rows, Map<String, String> mapping, PaymentClass defaultClass, Problems problems) {
    Map<String, OrganisationView> index = checks.organisationIndex();
    List<ImportRow> checked = new ArrayList<>();
    for (Row row : rows) {
      ImportRow r = checkRow(row, mapping, defaultClass, index, problems);
      if (r != null) {
        checked.add(r);
      }
    }
    return checked;
  }

  /**
   * The rows not imported before, each with the due scheduled payment it pays, if any. A scheduled
   * payment is claimed by one row only, and the rows of one file count together against an award
   * line, so that a file cannot overpay a line a row at a time.
   */
  private Fresh fresh(List<ImportRow> checked, String amountColumn, Problems problems) {
    Set<String> seen = new HashSet<>();
    Set<Long> claimed = new HashSet<>();
    Map<Long, Money> addingByLine = new HashMap<>();
    List<Matched> fresh = new ArrayList<>();
    Set<String> existing =
        repository.existingTransactionKeys(checked.stream().map(ImportRow::key).toList());
    Map<String, List<ScheduledPaymentView>> due = new HashMap<>();
    int already = 0;
    for (ImportRow r : checked) {
      if (!seen.add(r.key()) || existing.contains(r.key())) {
        already++;
        continue;
      }
      ScheduledPaymentView match = dueFor(r, claimed, due);
      if (match != null) {
        claimed.add(match.id());
        AwardLineView line = checks.line(match.awardPublicId(), match.awardLineId());
        if (line != null) {
          Money before = addingByLine.getOrDefault(line.id(), Money.ZERO);
          checks.checkNotOverpaid(
              match.awardPublicId(),
              line,
              r.amount(),
              before,
              "file",
              "row " + r.line() + ", column " + amountColumn + ": ",
              problems);
          addingByLine.put(line.id(), before.plus(r.amount()));
        }
      }
      fresh.add(new Matched(r, match));
    }
    return new Fresh(fresh, already);
  }

  /**
   * The due scheduled payment a row pays, if any. The due payments for a payee and amount are read
   * once per file, not once per row: nothing changes them while the file is checked.
   */
  private ScheduledPaymentView dueFor(
      ImportRow r, Set<Long> claimed, Map<String, List<ScheduledPaymentView>> due) {
    if (r.payee() == null) {
      return null;
    }
    List<ScheduledPaymentView> candidates =
        due.computeIfAbsent(
            r.payee().id() + ":" + r.amount().pence(),
            k -> repository.dueMatching(r.payee().id(), r.amount()));
    for (ScheduledPaymentView s : candidates) {
      if (!claimed.contains(s.id()) && (r.stream() == null || r.stream().id() == s.streamId())) {
        return s;
      }
    }
    return null;
  }

  /**
   * A row that pays a scheduled payment takes the schedule's stream, year, class, conditions and
   * award line: those were agreed when it was scheduled, and the finance system does not know them.
   */
  private static NewPayment newPayment(ImportRow r, ScheduledPaymentView s, long importId) {
    Transaction transaction = new Transaction(r.date(), r.amount(), r.reference());
    Payee payee =
        r.payee() == null
            ? new Payee(null, r.payeeText(), r.individual())
            : new Payee(r.payee().id(), r.payee().name(), r.individual());
    if (s != null) {
      return new NewPayment(
          transaction,
          payee,
          Charge.of(s),
          new Disclosure(
              s.paymentClass(),
              r.purpose(),
              r.costCentre(),
              Disclosure.conditionsOf(s),
              s.reasons() != null ? s.reasons() : r.reasons()),
          Origin.imported(importId, s.id()));
    }
    Charge charge =
        r.stream() != null
            ? Charge.toStream(r.stream().id(), r.stream().year())
            : Charge.toStream(null, FinancialYear.containing(r.date()));
    return new NewPayment(
        transaction,
        payee,
        charge,
        new Disclosure(r.paymentClass(), r.purpose(), r.costCentre(), null, r.reasons()),
        Origin.imported(importId, null));
  }

  private record Matched(ImportRow row, ScheduledPaymentView scheduled) {}

  private record Fresh(List<Matched> rows, int already) {}

  private record ImportRow(
      int line,
      LocalDate date,
      Money amount,
      OrganisationView payee,
      String payeeText,
      boolean individual,
      String reference,
      String purpose,
      String costCentre,
      String reasons,
      FundingStreamView stream,
      PaymentClass paymentClass) {

    String key() {
      return new Transaction(date, amount, reference).key();
    }
  }

  private ImportRow checkRow(
      Row row,
      Map<String, String> mapping,
      PaymentClass defaultClass,
      Map<String, OrganisationView> index,
      Problems problems) {
    int before = problems.count();
    String where = "row " + row.line() + ", column ";
    LocalDate date =
        parsed(row, mapping, "date", Dates::parse, "enter the date of the payment", problems);
    Money amount = parsed(row, mapping, "amount", Money::parse, "enter the amount paid", problems);
    if (amount != null && !amount.isPositive()) {
      problems.add(
          "file",
          where
              + mapping.get("amount")
              + ": "
              + amount.format()
              + " is not a payment; only amounts over £0.00 are imported");
      amount = null;
    }
    String payeeText = textCell(row, mapping, "payee", 300, "enter who was paid", problems);
    String reference =
        textCell(
            row,
            mapping,
            "reference",
            100,
            "enter the finance system's reference for the payment",
            problems);
    String purpose =
        textCell(row, mapping, "purpose", 500, "enter what the payment is for", problems);
    String reasons = textCell(row, mapping, "reasons", 1000, null, problems);
    String costCentre = textCell(row, mapping, "costCentre", 100, null, problems);
    FundingStreamView stream = null;
    String streamText = cell(row, mapping, "stream");
    if (streamText != null) {
      stream = checks.findStream(streamText, date == null ? null : FinancialYear.containing(date));
      if (stream == null) {
        problems.add(
            "file",
            where + mapping.get("stream") + ": there is no funding stream \"" + streamText + "\"");
      }
    }
    PaymentClass paymentClass = defaultClass;
    String classText = cell(row, mapping, "paymentClass");
    if (classText != null) {
      paymentClass = PaymentClass.read(classText);
      if (paymentClass == null) {
        problems.add(
            "file",
            where
                + mapping.get("paymentClass")
                + ": \""
                + classText
                + "\" is not a class of payment: write CDR_GRANT or EXPENDITURE");
      }
    }
    boolean individual = false;
    String individualText = cell(row, mapping, "individual");
    if (individualText != null) {
      String t = individualText.toLowerCase(Locale.UK);
      if (Set.of("yes", "y", "true", "1").contains(t)) {
        individual = true;
      } else if (!Set.of("no", "n", "false", "0").contains(t)) {
        problems.add(
            "file",
            where
                + mapping.get("individual")
                + ": write Yes or No, not \""
                + individualText
                + "\"");
      }
    }
    if (problems.count() > before) {
      return null;
    }
    OrganisationView payee = findOrganisation(payeeText, index);
    return new ImportRow(
        row.line(),
        date,
        amount,
        payee,
        payeeText,
        individual,
        reference,
        purpose,
        costCentre,
        reasons,
        stream,
        paymentClass);
  }

  /** A text cell; {@code missing} is null where the cell may be empty. */
  private static String textCell(
      Row row,
      Map<String, String> mapping,
      String field,
      int max,
      String missing,
      Problems problems) {
    String where = "row " + row.line() + ", column " + mapping.get(field) + ": ";
    String text = cell(row, mapping, field);
    if (text == null) {
      if (missing != null) {
        problems.add("file", where + missing);
      }
    } else if (text.length() > max) {
      problems.add("file", where + "must be " + max + " characters or fewer");
    }
    return text;
  }

  /** A required cell that must be read, e.g. as a date; the reader's own message says why not. */
  private static <T> T parsed(
      Row row,
      Map<String, String> mapping,
      String field,
      Function<String, T> read,
      String missing,
      Problems problems) {
    String where = "row " + row.line() + ", column " + mapping.get(field) + ": ";
    String text = cell(row, mapping, field);
    if (text == null) {
      problems.add("file", where + missing);
      return null;
    }
    try {
      return read.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add("file", where + e.getMessage());
      return null;
    }
  }

  private static String cell(Row row, Map<String, String> mapping, String field) {
    String column = mapping.get(field);
    return column == null ? null : row.get(column);
  }

  static String label(String field) {
    return switch (field) {
      case "costCentre" -> "cost centre";
      case "stream" -> "funding stream";
      case "paymentClass" -> "class of payment";
      case "individual" -> "individual flag";
      case "reasons" -> "reasons (value for money, or why a grant reduces crime)";
      default -> field;
    };
  }

  private static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
