package dev.parallax.translate.eval;

/**
 * Counts behind the alignment metrics of one parallel text.
 *
 * @param gold sentence pairs that truly correspond
 * @param predicted pairs the aligner proposed
 * @param correct proposed pairs that truly correspond
 * @param anchoredGold gold pairs whose English sentence has a number, a date or a name
 * @param anchoredPredicted proposed pairs whose English sentence has one
 * @param anchoredCorrect correct pairs whose English sentence has one
 * @param retrieved sentences whose best-scoring candidate is their counterpart (retrieval mode)
 */
public record AlignmentScore(int gold, int predicted, int correct, int anchoredGold, int anchoredPredicted,
                             int anchoredCorrect, int retrieved) {

    public static final AlignmentScore ZERO = new AlignmentScore(0, 0, 0, 0, 0, 0, 0);

    public AlignmentScore plus(AlignmentScore o) {
        return new AlignmentScore(gold + o.gold, predicted + o.predicted, correct + o.correct,
                anchoredGold + o.anchoredGold, anchoredPredicted + o.anchoredPredicted,
                anchoredCorrect + o.anchoredCorrect, retrieved + o.retrieved);
    }

    public double precision() {
        return ratio(correct, predicted);
    }

    public double recall() {
        return ratio(correct, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double anchoredPrecision() {
        return ratio(anchoredCorrect, anchoredPredicted);
    }

    public double anchoredRecall() {
        return ratio(anchoredCorrect, anchoredGold);
    }

    public double anchoredF1() {
        return f1(anchoredPrecision(), anchoredRecall());
    }

    /** Share of sentences whose best candidate is their counterpart. */
    public double retrievalAccuracy() {
        return ratio(retrieved, gold);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
