package org.newsradar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;
import org.newsradar.api.model.Story;
import org.newsradar.classifier.csr.CsrEventClassifier;
import org.newsradar.classifier.datacenter.DataCenterClassifier;
import org.newsradar.classifier.smartfactory.SmartFactoryClassifier;
import org.newsradar.core.source.PageDecoder;
import org.newsradar.facts.korea.KoreanFactExtractor;
import org.newsradar.ingest.html.HtmlPageReader;
import org.newsradar.ingest.text.TextPageReader;
import org.newsradar.lexicon.LexiconTopicComponent;
import org.newsradar.source.synthetic.SyntheticSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each pipeline stage alone, one item per operation, over the same generated pages the streaming
 * runs use ({@code synthetic:PAGES:SEED}): decoding bytes, reading a text page, reading an HTML
 * page (and, as the floor under it, the bare {@code Jsoup.parse}), each topic classifier and the
 * fact extractor on the stories those pages hold. Microseconds per item; compare runs of the same
 * machine to see which stage a change made slower.
 * <p>
 * {@code java -jar bundles/bench/target/benchmarks.jar} (all), or with a regular expression:
 * {@code java -jar bundles/bench/target/benchmarks.jar 'classify.*' -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {
	@Param("synthetic:600:7")
	public String input;

	private List<RawPage> raw;
	private List<Page> textPages;
	private List<Page> htmlPages;
	private List<Story> stories;
	private final TextPageReader textReader = new TextPageReader();
	private final HtmlPageReader htmlReader = new HtmlPageReader();
	private final KoreanFactExtractor facts = new KoreanFactExtractor();
	private final LexiconTopicComponent dataCenter = new DataCenterClassifier();
	private final LexiconTopicComponent smartFactory = new SmartFactoryClassifier();
	private final LexiconTopicComponent csr = new CsrEventClassifier();
	private int next;

	@Setup
	public void generate() throws IngestException {
		for (LexiconTopicComponent c : List.of(dataCenter, smartFactory, csr)) {
			c.configure(Map.of());
		}
		raw = new ArrayList<>();
		new SyntheticSource().open(input, new PageSink() {
			@Override
			public void page(RawPage page) {
				raw.add(page);
			}

			@Override
			public void failed(String source, String reason) {
				throw new IllegalStateException(source + ": " + reason);
			}

			@Override
			public void skipped(String source) {
			}
		});
		textPages = new ArrayList<>();
		htmlPages = new ArrayList<>();
		stories = new ArrayList<>();
		for (RawPage r : raw) {
			Page page = PageDecoder.decode(r);
			(page.isHtml() ? htmlPages : textPages).add(page);
			stories.addAll((page.isHtml() ? htmlReader : textReader).read(page));
		}
	}

	private <T> T next(List<T> items) {
		next = next + 1 < items.size() ? next + 1 : 0;
		return items.get(next % items.size());
	}

	@Benchmark
	public Page decode() throws IngestException {
		return PageDecoder.decode(next(raw));
	}

	@Benchmark
	public List<Story> readText() throws IngestException {
		return textReader.read(next(textPages));
	}

	@Benchmark
	public List<Story> readHtml() throws IngestException {
		return htmlReader.read(next(htmlPages));
	}

	@Benchmark
	public Object jsoupParseHtml() {
		return Jsoup.parse(next(htmlPages).text());
	}

	@Benchmark
	public Classification classifyDataCenter() {
		return dataCenter.classify(next(stories));
	}

	@Benchmark
	public Classification classifySmartFactory() {
		return smartFactory.classify(next(stories));
	}

	@Benchmark
	public Classification classifyCsr() {
		return csr.classify(next(stories));
	}

	@Benchmark
	public Facts facts() {
		return facts.extract(next(stories));
	}
}
