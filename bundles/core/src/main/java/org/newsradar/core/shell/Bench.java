package org.newsradar.core.shell;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.model.RawPage;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.core.pipeline.PageRuns;
import org.newsradar.core.pipeline.StageTimes;
import org.newsradar.core.source.PageDecoder;

/**
 * {@code bench INPUT... [--runs N] [--warmup N]}: the whole pipeline (decode, read, classify,
 * facts; no export) over pages held in memory, timed over several runs after a warm-up, beside
 * the bare {@code Jsoup.parse} of the same pages on as many threads, so the pipeline's cost shows
 * as a multiple of the one step every HTML page cannot avoid; then, page by page on one thread, the
 * CPU time of each stage beside the bare parse of the same page, to show where that multiple comes from.
 */
final class Bench {
	static final String USAGE = "usage: bench INPUT... [--runs N] [--warmup N]";
	private final PageRuns runs;
	private final PrintStream out;
	private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
	/** CPU time the stage breakdown may take, beyond its first round. */
	private static final long STAGE_BUDGET_NANOS = 5_000_000_000L;

	Bench(PageRuns runs, PrintStream out) {
		this.runs = runs;
		this.out = out;
	}

	/** The bench's arguments. */
	record Arguments(List<String> inputs, int runs, int warmup) {
		static Arguments parse(List<String> args) {
			List<String> inputs = new ArrayList<>();
			int runs = 3;
			int warmup = 1;
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				if (a.equals("--runs") || a.equals("--warmup")) {
					if (i + 1 == args.size()) {
						throw new IllegalArgumentException(a + " needs a number");
					}
					int n = number(args.get(++i));
					if (a.equals("--runs")) {
						runs = Math.max(1, n);
					} else {
						warmup = n;
					}
				} else if (a.startsWith("--")) {
					throw new IllegalArgumentException("unknown option " + a);
				} else {
					inputs.add(a);
				}
			}
			if (inputs.isEmpty()) {
				throw new IllegalArgumentException("no INPUT given");
			}
			return new Arguments(inputs, runs, warmup);
		}

		private static int number(String s) {
			try {
				return Integer.parseInt(s);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("not a number: " + s);
			}
		}
	}

	/** One timed pass over the pages. */
	private record Pass(double seconds, long stories) {
	}

	void run(Arguments a) throws InterruptedException {
		List<RawPage> pages = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		runs.open(a.inputs(), new PageSink() {
			@Override
			public void page(RawPage page) {
				pages.add(page);
			}

			@Override
			public void failed(String source, String reason) {
				unreadable.add(source);
			}

			@Override
			public void skipped(String source) {
			}
		});
		long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
		List<String> texts = new ArrayList<>();
		for (RawPage p : pages) {
			try {
				texts.add(PageDecoder.decode(p).text());
			} catch (IngestException notAPage) {
				// the pipeline refuses it too, at the cost of a failed decode
			}
		}
		BareParse parse = BareParse.available() ? new BareParse() : null;
		out.printf(Locale.ROOT, "bench: %d pages (%.1f MB, %d not readable), %d worker threads, %d runs after %d warm-up%n",
			pages.size(), bytes / 1e6, unreadable.size(), threads, a.runs(), a.warmup());
		ExecutorService parsers = Executors.newFixedThreadPool(threads);
		try {
			for (int i = 0; i < a.warmup(); i++) {
				pipeline(pages);
				if (parse != null) {
					parse(parse, texts, parsers);
				}
			}
			double[] pipelineSeconds = new double[a.runs()];
			double[] parseSeconds = new double[a.runs()];
			long stories = 0;
			for (int i = 0; i < a.runs(); i++) {
				// alternate, so that the machine's load weighs on both alike
				Pass p = pipeline(pages);
				pipelineSeconds[i] = p.seconds();
				stories = p.stories();
				parseSeconds[i] = parse == null ? Double.NaN : parse(parse, texts, parsers);
			}
			double t = median(pipelineSeconds);
			out.printf(Locale.ROOT, "pipeline    : %8.1f pages/s %8.1f stories/s %7.2f MB/s  (median run %.2f s, best %.2f s; %d stories)%n",
				pages.size() / t, stories / t, bytes / 1e6 / t, t, Arrays.stream(pipelineSeconds).min().orElse(t), stories);
			if (parse == null) {
				out.println("jsoup.parse : jsoup is not installed; the bare parse rate was not measured");
			} else {
				double b = median(parseSeconds);
				out.printf(Locale.ROOT, "jsoup.parse : %8.1f pages/s %18s %7.2f MB/s  (median run %.2f s; the same %d decoded pages, %d threads)%n",
					texts.size() / b, "", bytes / 1e6 / b, b, texts.size(), threads);
				out.printf(Locale.ROOT, "ratio       : end-to-end time is %.2fx the bare parse time (goal: at most 1.5x)%n", t / b);
			}
			out.printf(Locale.ROOT, "machine     : %d cores, load average %.1f%n", threads,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			stages(pages, parse, a.runs());
		} finally {
			parsers.shutdownNow();
		}
	}

	/**
	 * Where the pipeline's time goes: each stage's CPU time per page on one thread, beside the bare
	 * parse's, so the ratio above can be read stage by stage.
	 */
	private void stages(List<RawPage> pages, BareParse parse, int rounds) {
		StageTimes times = runs.stageTimes(pages, rounds, STAGE_BUDGET_NANOS, parse == null ? text -> 0 : parse::parse);
		if (times.pages() == 0) {
			return;
		}
		double perRound = (double) times.pages() / pages.size();
		double parseNanos = parse == null ? Double.NaN : times.stages().get(StageTimes.BASELINE)[0] / (double) times.pages();
		out.printf(Locale.ROOT, "stages      : CPU time per page on one thread (%.0f rounds of %d pages, %d stories per round)%n",
			perRound, pages.size(), Math.round(times.stories() / perRound));
		List<String> names = new ArrayList<>(times.stages().keySet());
		names.remove(StageTimes.BASELINE);
		names.sort(Comparator.comparingInt(Bench::pipelineOrder).thenComparing(Comparator.naturalOrder()));
		double total = names.stream().mapToLong(n -> times.stages().get(n)[0]).sum() / (double) times.pages();
		if (parse != null) {
			out.printf(Locale.ROOT, "  %-42s %9.1f us  %5.2fx%n", "jsoup.parse (bare; not part of the pipeline)", parseNanos / 1e3, 1.0);
		}
		for (String name : names) {
			long[] stage = times.stages().get(name);
			double nanos = stage[0] / (double) times.pages();
			out.printf(Locale.ROOT, "  %-42s %9.1f us  %5.2fx  %5.1f%% of all stages  (%d calls per round)%n", name, nanos / 1e3,
				nanos / parseNanos, 100 * nanos / total, Math.round(stage[1] / perRound));
		}
		out.printf(Locale.ROOT, "  %-42s %9.1f us  %5.2fx%n", "all stages", total / 1e3, total / parseNanos);
	}

	/** The stages in the order a page meets them. */
	private static int pipelineOrder(String stage) {
		return stage.equals(StageTimes.DECODE) ? 0 : stage.startsWith("read ") ? 1 : stage.startsWith("classify ") ? 2
			: stage.equals(StageTimes.FACTS) ? 3 : 4;
	}

	private Pass pipeline(List<RawPage> pages) {
		AtomicLong stories = new AtomicLong();
		long start = System.nanoTime();
		RunSummary s = runs.processPages(pages, new RecordSink() {
			@Override
			public void story(StoryRecord record) {
				stories.incrementAndGet();
			}

			@Override
			public void error(SourceError error) {
			}
		});
		return new Pass((System.nanoTime() - start) / 1e9, s.stories());
	}

	private double parse(BareParse parse, List<String> texts, ExecutorService parsers) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		List<Future<Long>> parts = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			parts.add(parsers.submit(() -> {
				long nodes = 0;
				for (int n; (n = next.getAndIncrement()) < texts.size();) {
					nodes += parse.parse(texts.get(n));
				}
				return nodes;
			}));
		}
		long nodes = 0;
		for (Future<Long> f : parts) {
			try {
				nodes += f.get();
			} catch (ExecutionException e) {
				throw new IllegalStateException("jsoup failed on a page", e.getCause());
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (nodes < 0) {
			out.println("(impossible node count: keeps the parse from being optimised away)");
		}
		return seconds;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
