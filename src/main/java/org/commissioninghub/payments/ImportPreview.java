package org.commissioninghub.payments;

import java.util.List;
import java.util.Map;

/**
 * An uploaded file before it is imported: its columns, its first rows, and the column suggested for
 * each field from the column names.
 */
public record ImportPreview(
    String fileName,
    String content,
    List<String> columns,
    List<List<String>> firstRows,
    int rowCount,
    Map<String, String> suggested) {}
