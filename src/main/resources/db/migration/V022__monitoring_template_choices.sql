-- Templates made by officers from another template plus added measures, measures officers add to
-- the catalogue, and the return each programme's awards make unless an officer picks another.
ALTER TABLE return_template ADD COLUMN based_on VARCHAR(60);
ALTER TABLE return_template ADD COLUMN created_by VARCHAR(60);
ALTER TABLE metric_definition ADD COLUMN created_by VARCHAR(60);

CREATE TABLE programme_return_template (
    programme    VARCHAR(300)  PRIMARY KEY,
    template_id  BIGINT        NOT NULL REFERENCES return_template (id),
    chosen_by    VARCHAR(60)   NOT NULL,
    chosen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
