package dev.tagbench.plugins.minilm;

/**
 * The examples a linear model learns from, dense or sparse, read in place: no per-value objects, so
 * ten thousand 384-dimensional sentence vectors take 15 MB, not the 100 MB that one object per
 * value (LIBLINEAR's Java representation) would.
 */
public interface FeatureRows {

    int size();

    int dimensions();

    /** The dot product of row i with the weights. */
    double dot(int row, double[] weights);

    /** Adds {@code scale} times row i to {@code target}. */
    void addTo(int row, double scale, double[] target);

    /** These rows only, in this order. */
    FeatureRows select(int[] rows);

    /** Rows of dense vectors, such as sentence embeddings. */
    static FeatureRows dense(float[][] vectors, int dimensions) {
        return new Dense(vectors, dimensions);
    }

    /** Rows of sparse vectors: per row, ascending feature indexes from 0 and their values. */
    static FeatureRows sparse(int[][] indexes, float[][] values, int dimensions) {
        return new Sparse(indexes, values, dimensions);
    }

    record Dense(float[][] vectors, int dimensions) implements FeatureRows {

        @Override
        public int size() {
            return vectors.length;
        }

        @Override
        public double dot(int row, double[] weights) {
            var v = vectors[row];
            var sum = 0.0;
            for (var i = 0; i < v.length; i++) {
                sum += v[i] * weights[i];
            }
            return sum;
        }

        @Override
        public void addTo(int row, double scale, double[] target) {
            var v = vectors[row];
            for (var i = 0; i < v.length; i++) {
                target[i] += scale * v[i];
            }
        }

        @Override
        public FeatureRows select(int[] rows) {
            var chosen = new float[rows.length][];
            for (var i = 0; i < rows.length; i++) {
                chosen[i] = vectors[rows[i]];
            }
            return new Dense(chosen, dimensions);
        }
    }

    record Sparse(int[][] indexes, float[][] values, int dimensions) implements FeatureRows {

        @Override
        public int size() {
            return indexes.length;
        }

        @Override
        public double dot(int row, double[] weights) {
            var idx = indexes[row];
            var val = values[row];
            var sum = 0.0;
            for (var i = 0; i < idx.length; i++) {
                sum += val[i] * weights[idx[i]];
            }
            return sum;
        }

        @Override
        public void addTo(int row, double scale, double[] target) {
            var idx = indexes[row];
            var val = values[row];
            for (var i = 0; i < idx.length; i++) {
                target[idx[i]] += scale * val[i];
            }
        }

        @Override
        public FeatureRows select(int[] rows) {
            var chosenIndexes = new int[rows.length][];
            var chosenValues = new float[rows.length][];
            for (var i = 0; i < rows.length; i++) {
                chosenIndexes[i] = indexes[rows[i]];
                chosenValues[i] = values[rows[i]];
            }
            return new Sparse(chosenIndexes, chosenValues, dimensions);
        }
    }
}
