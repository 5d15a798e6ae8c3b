package org.newsradar.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.ui.api.SourceEntry;
import org.newsradar.ui.api.StoryQuery;

/** Watching a folder, one look at a time (the test calls each look itself; the worker never runs). */
class IngestServiceTest {
	@TempDir
	Path folder;
	private final List<String> read = new ArrayList<>();
	private MemoryStoryStore store;
	private IngestService ingest;

	/** Reads each input as one story whose text is the file's content. */
	private final class FilePipeline implements Pipeline {
		@Override
		public RunSummary process(List<String> inputs, RecordSink sink) {
			for (String input : inputs) {
				read.add(input);
				try {
					String text = Files.readString(Path.of(input));
					sink.story(new StoryRecord(input + "#0", input, 0, text, null, null, null, null, text, List.of(), Map.of(),
						Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
				} catch (java.io.IOException e) {
					sink.error(new SourceError(input, e.toString()));
				}
			}
			return new RunSummary(inputs.size(), 0, 0, inputs.size(), Map.of(), 0, java.time.Duration.ZERO);
		}

		@Override
		public RunSummary run(RunRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public StoryRecord process(String source, int index, Story story) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<ClassifierInfo> classifiers() {
			return List.of();
		}
	}

	@BeforeEach
	void start() {
		store = new MemoryStoryStore();
		store.configure(annotation(MemoryStoryStore.Config.class, Map.of("max_stories", 100)));
		// an hour between the worker's own looks: only the test looks
		ingest = new IngestService(new FilePipeline(), store, new EventHub(), annotation(IngestService.Config.class,
			Map.of("folder_poll_ms", 3_600_000L, "feed_poll_s", 600L, "page_extensions", new String[] {"txt", "html"},
				"log_entries", 100)));
		ingest.watch(folder.toString());
	}

	@AfterEach
	void stop() {
		ingest.deactivate();
	}

	@Test
	void aNewFileIsReadOnceItStoodStillBetweenTwoLooks() throws Exception {
		Files.writeString(folder.resolve("a.txt"), "춘천 데이터센터");
		ingest.lookAtWatches();
		assertEquals(List.of(), read, "first seen: it may still be being written");
		ingest.lookAtWatches();
		assertEquals(List.of(folder + "/a.txt"), read);
		ingest.lookAtWatches();
		assertEquals(1, read.size(), "an unchanged file is not read again");
	}

	@Test
	void aChangedFileIsReadAgainAndReplacesItsStory() throws Exception {
		Path a = Files.writeString(folder.resolve("a.txt"), "처음");
		ingest.lookAtWatches();
		ingest.lookAtWatches();
		Files.writeString(a, "고친 글");
		Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
		ingest.lookAtWatches();
		ingest.lookAtWatches();
		assertEquals(2, read.size());
		assertEquals(1, store.find(StoryQuery.latest(10)).total());
		assertEquals("고친 글", store.find(StoryQuery.latest(10)).stories().get(0).title());
	}

	@Test
	void hiddenAndUnfinishedFilesAreLeftAlone() throws Exception {
		Files.writeString(folder.resolve(".a.txt"), "숨은 파일");
		Files.writeString(folder.resolve("b.txt.part"), "받는 중");
		Files.writeString(folder.resolve("c.html.crdownload"), "받는 중");
		ingest.lookAtWatches();
		ingest.lookAtWatches();
		assertEquals(List.of(), read);
		assertEquals(List.of(), ingest.recent(10));
	}

	@Test
	void otherFilesAreLoggedAsSkippedNotRead() throws Exception {
		Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});
		ingest.lookAtWatches();
		ingest.lookAtWatches();
		assertEquals(List.of(), read);
		assertEquals(SourceEntry.Status.SKIPPED, ingest.recent(10).get(0).status());
	}

	@Test
	void filesInSubfoldersAreNamedAsAFolderRunNamesThem() throws Exception {
		Files.createDirectories(folder.resolve("sub"));
		Files.writeString(folder.resolve("sub/b.txt"), "하위 폴더");
		ingest.lookAtWatches();
		ingest.lookAtWatches();
		assertEquals(List.of(folder + "/sub/b.txt"), read);
	}

	@Test
	void onlyFoldersAndWebFeedsCanBeWatched() {
		assertThrows(IllegalArgumentException.class, () -> ingest.watch(folder.resolve("missing").toString()));
	}

	/** A configuration annotation answering from a map, as Declarative Services makes them. */
	@SuppressWarnings("unchecked")
	static <A extends Annotation> A annotation(Class<A> type, Map<String, Object> values) {
		return (A) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
			if (method.getName().equals("annotationType")) {
				return type;
			}
			Object v = values.get(method.getName());
			return v != null ? v : method.getDefaultValue();
		});
	}
}
