package org.commissioninghub.opendata;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published open-data files, one row per publication, newest last. */
@Repository
class PublicationRepository {

  private final JdbcClient jdbc;

  PublicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The three files of one publication, with what the checks warned of. */
  record Files(byte[] json, byte[] csv, byte[] xlsx) {}

  void insert(
      String standard,
      int grants,
      Files files,
      String warnings,
      String publishedBy,
      OffsetDateTime publishedAt) {
    jdbc.sql(
            """
            INSERT INTO open_data_publication (standard, grants, json_file, csv_file, xlsx_file,
              warnings, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            standard,
            grants,
            files.json(),
            files.csv(),
            files.xlsx(),
            warnings,
            publishedBy,
            publishedAt)
        .update();
  }

  Optional<Publication> latest(String standard) {
    return jdbc.sql(
            """
            SELECT id, grants, warnings, published_by, published_at FROM open_data_publication
            WHERE standard = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
        .param(standard)
        .query(
            (rs, n) ->
                new Publication(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class)))
        .optional();
  }

  /** The latest published file in one form: "json", "csv" or "xlsx". */
  Optional<byte[]> latestFile(String standard, String form) {
    String column =
        switch (form) {
          case "json" -> "json_file";
          case "csv" -> "csv_file";
          case "xlsx" -> "xlsx_file";
          default -> throw new IllegalArgumentException(form);
        };
    return jdbc.sql(
            "SELECT "
                + column
                + " FROM open_data_publication WHERE standard = ? ORDER BY id DESC FETCH FIRST 1"
                + " ROWS ONLY")
        .param(standard)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }
}
