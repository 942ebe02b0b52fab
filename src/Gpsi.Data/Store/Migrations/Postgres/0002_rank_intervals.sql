-- Issue 5: every published rank carries its uncertainty interval (5th percentile, median, 95th percentile rank over
-- the recipe's default uncertainty analysis). NULL for rows without one (aggregates below the root, older editions).
ALTER TABLE edition_rows ADD COLUMN rank_low double precision CHECK (rank_low >= 1);
ALTER TABLE edition_rows ADD COLUMN rank_median double precision CHECK (rank_median >= rank_low);
ALTER TABLE edition_rows ADD COLUMN rank_high double precision CHECK (rank_high >= rank_median);
