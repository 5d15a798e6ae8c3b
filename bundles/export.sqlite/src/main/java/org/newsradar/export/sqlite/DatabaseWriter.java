package org.newsradar.export.sqlite;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.json.Json;
import org.newsradar.api.json.RecordJson;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;

/**
 * One run written into the database inside one transaction. Stories are upserted by id and their
 * topic and fact rows replaced; on commit, stories that a re-read source no longer yields are
 * deleted, so the database holds each source as its latest successful reading.
 */
final class DatabaseWriter implements ExportWriter {
	private final Connection db;
	private final String name;
	private final String runId = UUID.randomUUID().toString();
	private final PreparedStatement upsertSource;
	private final PreparedStatement upsertStory;
	private final PreparedStatement deleteTopics;
	private final PreparedStatement insertTopic;
	private final Map<FactTable, PreparedStatement> deleteFacts = new EnumMap<>(FactTable.class);
	private final Map<FactTable, PreparedStatement> insertFacts = new EnumMap<>(FactTable.class);
	private final List<PreparedStatement> statements = new ArrayList<>();
	private String lastSource;
	private boolean committed;

	/** Takes over the connection (manual-commit mode), closing it on {@link #close()}. */
	DatabaseWriter(Connection db, String name) throws SQLException {
		this.db = db;
		this.name = name;
		try {
			Schema.create(db);
			try (PreparedStatement run = db.prepareStatement("INSERT INTO runs (id, started_at) VALUES (?, ?)")) {
				run.setString(1, runId);
				run.setString(2, Instant.now().toString());
				run.executeUpdate();
			}
			upsertSource = prepare("INSERT INTO sources (source, error, last_run) VALUES (?, ?, ?) "
				+ "ON CONFLICT (source) DO UPDATE SET error = excluded.error, last_run = excluded.last_run");
			upsertStory = prepare("INSERT INTO stories (id, source, story, title, date, outlet, byline, url, body, errors, last_run) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET source = excluded.source, "
				+ "story = excluded.story, title = excluded.title, date = excluded.date, outlet = excluded.outlet, "
				+ "byline = excluded.byline, url = excluded.url, body = excluded.body, errors = excluded.errors, "
				+ "last_run = excluded.last_run");
			deleteTopics = prepare("DELETE FROM story_topics WHERE story_id = ?");
			insertTopic = prepare("INSERT INTO story_topics (story_id, topic, score, accepted, classifier, evidence, "
				+ "evidence_spans) VALUES (?, ?, ?, ?, ?, ?, ?)");
			for (FactTable t : FactTable.values()) {
				deleteFacts.put(t, prepare("DELETE FROM " + t.table + " WHERE story_id = ?"));
				insertFacts.put(t, prepare("INSERT INTO " + t.table + " (story_id, ordinal, " + t.column + ") VALUES (?, ?, ?)"));
			}
		} catch (SQLException e) {
			discard();
			throw e;
		}
	}

	private PreparedStatement prepare(String sql) throws SQLException {
		PreparedStatement p = db.prepareStatement(sql);
		statements.add(p);
		return p;
	}

	@Override
	public void story(StoryRecord record) throws IOException {
		try {
			if (!record.source().equals(lastSource)) {
				writeSource(record.source(), null);
				lastSource = record.source();
			}
			writeStory(record);
			writeTopics(record);
			writeFacts(record);
		} catch (SQLException e) {
			throw failure("writing story " + record.id(), e);
		}
	}

	private void writeSource(String source, String error) throws SQLException {
		upsertSource.setString(1, source);
		upsertSource.setString(2, error);
		upsertSource.setString(3, runId);
		upsertSource.executeUpdate();
	}

	private void writeStory(StoryRecord r) throws SQLException {
		int i = 0;
		upsertStory.setString(++i, r.id());
		upsertStory.setString(++i, r.source());
		upsertStory.setInt(++i, r.story());
		upsertStory.setString(++i, r.title());
		upsertStory.setString(++i, r.date());
		upsertStory.setString(++i, r.outlet());
		upsertStory.setString(++i, r.byline());
		upsertStory.setString(++i, r.url());
		upsertStory.setString(++i, r.body());
		upsertStory.setString(++i, Json.toJson(r.errors()));
		upsertStory.setString(++i, runId);
		upsertStory.executeUpdate();
	}

	/** One row per scored or accepted topic, with the same rounded score and evidence as the JSON record. */
	@SuppressWarnings("unchecked")
	private void writeTopics(StoryRecord r) throws SQLException {
		deleteTopics.setString(1, r.id());
		deleteTopics.executeUpdate();
		Map<String, Object> fields = RecordJson.fields(r);
		Map<String, Object> scores = (Map<String, Object>) fields.get("scores");
		Map<String, Object> evidence = (Map<String, Object>) fields.get("evidence");
		Map<String, Object> spans = (Map<String, Object>) fields.get("evidence_spans");
		TreeSet<String> topics = new TreeSet<>(scores.keySet());
		topics.addAll(r.topics());
		for (String topic : topics) {
			insertTopic.setString(1, r.id());
			insertTopic.setString(2, topic);
			if (scores.get(topic) instanceof Number score) {
				insertTopic.setDouble(3, score.doubleValue());
			} else {
				insertTopic.setNull(3, Types.DOUBLE);
			}
			insertTopic.setInt(4, r.topics().contains(topic) ? 1 : 0);
			insertTopic.setString(5, r.classifiers().get(topic));
			insertTopic.setString(6, Json.toJson(Objects.requireNonNullElse(evidence.get(topic), List.of())));
			insertTopic.setString(7, Json.toJson(Objects.requireNonNullElse(spans.get(topic), List.of())));
			insertTopic.addBatch();
		}
		insertTopic.executeBatch();
	}

	private void writeFacts(StoryRecord r) throws SQLException {
		for (FactTable t : FactTable.values()) {
			PreparedStatement delete = deleteFacts.get(t);
			delete.setString(1, r.id());
			delete.executeUpdate();
			List<?> values = t.values.apply(r);
			if (values.isEmpty()) {
				continue;
			}
			PreparedStatement insert = insertFacts.get(t);
			for (int i = 0; i < values.size(); i++) {
				insert.setString(1, r.id());
				insert.setInt(2, i);
				insert.setObject(3, values.get(i));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@Override
	public void error(SourceError error) throws IOException {
		try {
			writeSource(error.source(), error.error());
			lastSource = null;
		} catch (SQLException e) {
			throw failure("writing the error of " + error.source(), e);
		}
	}

	@Override
	public void commit(RunSummary summary) throws IOException {
		try {
			try (PreparedStatement stale = db.prepareStatement("DELETE FROM stories WHERE last_run <> ? AND source IN "
				+ "(SELECT source FROM sources WHERE last_run = ? AND error IS NULL)")) {
				stale.setString(1, runId);
				stale.setString(2, runId);
				stale.executeUpdate();
			}
			try (PreparedStatement run = db.prepareStatement("UPDATE runs SET finished_at = ?, sources = ?, "
				+ "failed_sources = ?, skipped = ?, stories = ?, story_errors = ?, stories_per_topic = ?, elapsed_ms = ? "
				+ "WHERE id = ?")) {
				int i = 0;
				run.setString(++i, Instant.now().toString());
				run.setInt(++i, summary.sources());
				run.setInt(++i, summary.failedSources());
				run.setInt(++i, summary.skipped());
				run.setInt(++i, summary.stories());
				run.setInt(++i, summary.storyErrors());
				run.setString(++i, Json.toJson(new TreeMap<>(summary.storiesPerTopic())));
				run.setLong(++i, summary.elapsed().toMillis());
				run.setString(++i, runId);
				run.executeUpdate();
			}
			db.commit();
			committed = true;
		} catch (SQLException e) {
			throw failure("committing the run", e);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			discard();
		} catch (SQLException e) {
			throw failure("closing", e);
		}
	}

	/** Rolls back what was not committed and closes the statements and the connection. */
	private void discard() throws SQLException {
		try {
			for (PreparedStatement p : statements) {
				p.close();
			}
			if (!committed) {
				db.rollback();
			}
		} finally {
			db.close();
		}
	}

	private IOException failure(String what, SQLException e) {
		return new IOException("database " + name + ": " + what + " failed: " + e.getMessage(), e);
	}
}
