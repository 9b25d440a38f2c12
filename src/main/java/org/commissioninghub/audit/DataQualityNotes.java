package org.commissioninghub.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a source figure was damaged or ambiguous: what was read, what was assumed, and why. Kept
 * beside the data so a published figure can be traced back to its source.
 */
@Service
public class DataQualityNotes {

  private final DataQualityNoteRepository repository;
  private final Clock clock;

  DataQualityNotes(DataQualityNoteRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Transactional
  public void record(DataQualityNote note) {
    if (note.note() == null || note.note().isBlank()) {
      throw new IllegalArgumentException("A data-quality note must say what is wrong");
    }
    repository.insert(note, OffsetDateTime.now(clock));
  }

  @Transactional(readOnly = true)
  public List<DataQualityNote> all() {
    return repository.all();
  }

  @Transactional(readOnly = true)
  public List<DataQualityNote> about(String entityType, String entityId) {
    return all().stream()
        .filter(n -> n.entityType().equals(entityType) && n.entityId().equals(entityId))
        .toList();
  }

  /** One note: entity type and public id, field, the value read, the value assumed, the source. */
  public record DataQualityNote(
      String entityType,
      String entityId,
      String field,
      String readValue,
      String assumedValue,
      String source,
      String note) {}
}
