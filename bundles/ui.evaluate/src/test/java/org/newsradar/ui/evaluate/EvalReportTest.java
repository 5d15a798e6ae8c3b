package org.newsradar.ui.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class EvalReportTest {
	private static final String REPORT = """
		TOPIC            PRECISION    RECALL        F1    TP    FP    FN
		csr_event            1.000     0.500     0.667     1     0     1
		data_center          0.750     1.000     0.857     3     1     0
		macro-F1 0.762 over 2 topics
		false positives (1)
		  data_center  a.html#0 "울산 공장"  score 0.812  evidence: 데이터 (body 3)
		false negatives (1)
		  csr_event  b.txt#1 "봉사"  score 0.400
		problems (0)
		""";

	@Test
	void tableRowsAreReadWithTheirNumbers() {
		EvalReport r = EvalReport.parse(REPORT);
		assertEquals(new EvalReport.Row("data_center", 0.75, 1.0, 0.857, 3, 1, 0), r.rows().get(1));
		assertEquals("macro-F1 0.762 over 2 topics", r.macro());
	}

	@Test
	void sectionsKeepTheirLinesAndEmptyOnesStay() {
		EvalReport r = EvalReport.parse(REPORT);
		assertEquals(List.of("false positives", "false negatives", "problems"), List.copyOf(r.sections().keySet()));
		assertEquals(List.of("csr_event  b.txt#1 \"봉사\"  score 0.400"), r.sections().get("false negatives"));
		assertEquals(List.of(), r.sections().get("problems"));
	}

	@Test
	void unknownLinesAreKept() {
		assertEquals(List.of("eval: cannot read x"), EvalReport.parse("eval: cannot read x\n").other());
	}
}
