package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Repeated bodies merged, and the key set the merger counts sentences with. */
class RepeatMergerTest {
	@Test
	void theKeySetAnswersAsAHashSetDoes() {
		Random random = new Random(7);
		RepeatMerger.KeySet keys = new RepeatMerger.KeySet();
		RepeatMerger.KeySet other = new RepeatMerger.KeySet();
		Set<Long> expected = new HashSet<>();
		Set<Long> expectedOther = new HashSet<>();
		for (int i = 0; i < 5000; i++) {
			// few distinct values, some equal in their low bits: repeats and collisions both happen
			long k = (random.nextInt(700) + 1) * (random.nextBoolean() ? 1L : 1L << 32);
			assertEquals(expected.add(k), keys.add(k));
			if (random.nextInt(3) == 0) {
				expectedOther.add(k + 1);
				other.add(k + 1);
			}
			assertEquals(expected.contains(k + 1), keys.contains(k + 1));
		}
		assertEquals(expected.size(), keys.size());
		assertEquals(expected.stream().filter(expectedOther::contains).count(), keys.sharedWith(other));
	}

	@Test
	void aBodyPrintedTwiceIsKeptOnceAndDuplicateParagraphsGo() {
		String a = "회사는 올해 새 공장을 지었다. 공장은 내년 봄부터 가동한다.";
		String b = "시는 인허가 절차를 서두르겠다고 밝혔다. 주민 설명회는 다음 달 초에 시청 대강당에서 열린다.";
		String c = "업계에서는 이번 투자가 지역 경제에 보탬이 될 것으로 본다.";
		assertEquals(List.of(a, b, c), RepeatMerger.merge(List.of(a, b, c, a, b, c)));
		assertEquals(List.of(a, b), RepeatMerger.merge(List.of(a, a, b)));
		assertEquals(List.of(a + " " + a), RepeatMerger.merge(List.of(a + " " + a)), "a sentence repeated inside one paragraph stays");
		assertEquals(List.of(), RepeatMerger.merge(List.of()));
	}
}
