package org.newsradar.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit; a larger body is cut off (the connection dropped) and
 * the answer fails with {@link TooLarge}, so a huge or endless answer never fills the memory.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
	/** The body went over the limit. */
	static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;

		TooLarge(long limit) {
			super("answer larger than the " + limit + "-byte limit");
		}
	}

	private final long limit;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final CompletableFuture<byte[]> result = new CompletableFuture<>();
	private Flow.Subscription subscription;

	CappedBody(long limit) {
		this.limit = limit;
	}

	static HttpResponse.BodyHandler<byte[]> handler(long limit) {
		return info -> {
			long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (declared > limit) {
				return HttpResponse.BodySubscribers.replacing(null); // refused below from the header alone
			}
			return new CappedBody(limit);
		};
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return result;
	}

	@Override
	public void onSubscribe(Flow.Subscription s) {
		subscription = s;
		s.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer b : buffers) {
			if (out.size() + (long) b.remaining() > limit) {
				subscription.cancel();
				result.completeExceptionally(new TooLarge(limit));
				return;
			}
			byte[] chunk = new byte[b.remaining()];
			b.get(chunk);
			out.write(chunk, 0, chunk.length);
		}
	}

	@Override
	public void onError(Throwable t) {
		result.completeExceptionally(t);
	}

	@Override
	public void onComplete() {
		result.complete(out.toByteArray());
	}
}
