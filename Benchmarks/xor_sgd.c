/*
 * xor_sgd.c: the reference for `backprop-bench`, a hand-written C loop doing exactly the
 * arithmetic of the Swift core's fast path (Trainer.step()) on the same problem.
 *
 * Problem: a 2-4-1 network, sigmoid in both layers, half squared error l = ½(t − y)²,
 * per-sample SGD on XOR (samples in order, cycling), η = 0.5, weights and biases updated.
 * The initial parameters are the ones in Sources/backprop-bench/XORBenchmark.swift.
 *
 * Every formula is written in the order the Swift core evaluates it, so both give the same
 * doubles bit for bit (build without FMA contraction: -ffp-contract=off):
 *   forward   z = (0 + w₁x₁ + w₂x₂ + ...) + b,  a = σ(z)
 *   output    ∂l/∂y = y − t,  ∂l/∂z = a(1 − a) · ∂l/∂y
 *   hidden    ∂l/∂a = Σₖ wₖ ∂l/∂zₖ,  ∂l/∂z = a(1 − a) · ∂l/∂a   (old weights)
 *   update    w ← w − η (x ∂l/∂z),  b ← b − η ∂l/∂z
 *
 * Usage: xor_sgd [UPDATES]   (default 4000000)
 *        xor_sgd --once UPDATES: no warm-up and no timing, one run from the initial
 *        parameters, then the same lines; Benchmarks/run.sh times this whole process
 *        against `backprop train`.
 * Prints, one per line: ns_per_update, updates, repetitions, final_loss (the mean of l over
 * the four samples after UPDATES updates from the initial parameters) and final_parameters
 * (w1..w12 then b1..b5), doubles with 17 significant digits.
 * ns_per_update is the best (minimum) of 5 timed repetitions, each starting from the
 * initial parameters, after one untimed warm-up run.
 */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { INPUTS = 2, HIDDEN = 4, SAMPLES = 4, REPETITIONS = 5 };

/* θ: hidden weights (neuron by neuron, input by input), output weights, then the biases. */
static const double initial_hidden_weights[HIDDEN][INPUTS] = {
    {0.5, -0.4}, {-0.3, 0.8}, {0.9, 0.7}, {-0.6, -0.2},
};
static const double initial_output_weights[HIDDEN] = {0.7, -0.5, 0.6, -0.8};
static const double initial_hidden_biases[HIDDEN] = {0.1, -0.2, -0.5, 0.3};
static const double initial_output_bias = 0.05;

static const double inputs[SAMPLES][INPUTS] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
static const double targets[SAMPLES] = {0, 1, 1, 0};
static const double eta = 0.5;

typedef struct {
    double wh[HIDDEN][INPUTS];
    double wo[HIDDEN];
    double bh[HIDDEN];
    double bo;
} Parameters;

static void reset(Parameters *p) {
    memcpy(p->wh, initial_hidden_weights, sizeof p->wh);
    memcpy(p->wo, initial_output_weights, sizeof p->wo);
    memcpy(p->bh, initial_hidden_biases, sizeof p->bh);
    p->bo = initial_output_bias;
}

/* σ(z) without overflow: 1/(1+e^−z) for z ≥ 0, e^z/(1+e^z) otherwise. */
static inline double sigmoid(double z) {
    if (z >= 0) return 1 / (1 + exp(-z));
    double e = exp(z);
    return e / (1 + e);
}

/* Forward pass for sample n: fills the hidden activations, returns the output y. */
static inline double forward(const Parameters *p, int n, double a[HIDDEN]) {
    const double *x = inputs[n];
    for (int j = 0; j < HIDDEN; j++) {
        double sum = 0.0;
        for (int i = 0; i < INPUTS; i++) sum += p->wh[j][i] * x[i];
        a[j] = sigmoid(sum + p->bh[j]);
    }
    double sum = 0.0;
    for (int j = 0; j < HIDDEN; j++) sum += p->wo[j] * a[j];
    return sigmoid(sum + p->bo);
}

/* One SGD update on sample n. */
static inline void update(Parameters *p, int n) {
    const double *x = inputs[n];
    double a[HIDDEN];
    double y = forward(p, n, a);
    /* Output: ∂l/∂y = y − t, ∂l/∂z = y(1 − y)·∂l/∂y. */
    double dldy = y - targets[n];
    double delta_o = y * (1 - y) * dldy;
    /* Hidden: ∂l/∂a = w·∂l/∂z_o (the old output weight), ∂l/∂z = a(1 − a)·∂l/∂a. */
    double delta_h[HIDDEN];
    for (int j = 0; j < HIDDEN; j++) {
        double dlda = p->wo[j] * delta_o;
        delta_h[j] = a[j] * (1 - a[j]) * dlda;
    }
    /* θ₁ = θ₀ − η g, with g = (value on the edge)·∂l/∂z for a weight, ∂l/∂z for a bias. */
    for (int j = 0; j < HIDDEN; j++)
        for (int i = 0; i < INPUTS; i++) p->wh[j][i] = p->wh[j][i] - eta * (x[i] * delta_h[j]);
    for (int j = 0; j < HIDDEN; j++) p->wo[j] = p->wo[j] - eta * (a[j] * delta_o);
    for (int j = 0; j < HIDDEN; j++) p->bh[j] = p->bh[j] - eta * delta_h[j];
    p->bo = p->bo - eta * delta_o;
}

static void train(Parameters *p, long updates) {
    int n = 0;
    for (long k = 0; k < updates; k++) {
        update(p, n);
        n = n + 1 == SAMPLES ? 0 : n + 1;
    }
}

/* L = mean over the samples of l = ½(t − y)², summed in sample order. */
static double mean_loss(const Parameters *p) {
    double total = 0.0;
    for (int n = 0; n < SAMPLES; n++) {
        double a[HIDDEN];
        double error = targets[n] - forward(p, n, a);
        total += 0.5 * (error * error);
    }
    return total / SAMPLES;
}

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv) {
    long updates = 4000000;
    int once = argc > 1 && strcmp(argv[1], "--once") == 0;
    if (argc > 1 + once) {
        char *end;
        updates = strtol(argv[1 + once], &end, 10);
        if (*end != '\0' || updates < 1) {
            fprintf(stderr, "xor_sgd: UPDATES must be a positive integer, got '%s'\n", argv[1 + once]);
            return 64;
        }
    }
    int repetitions = once ? 1 : REPETITIONS;
    Parameters p;
    reset(&p);
    if (!once) train(&p, updates); /* warm-up */
    double best = INFINITY;
    for (int r = 0; r < repetitions; r++) {
        reset(&p);
        double start = seconds();
        train(&p, updates);
        double elapsed = seconds() - start;
        if (elapsed < best) best = elapsed;
    }
    printf("ns_per_update %.3f\n", 1e9 * best / (double)updates);
    printf("updates %ld\n", updates);
    printf("repetitions %d\n", repetitions);
    printf("final_loss %.17g\n", mean_loss(&p));
    printf("final_parameters");
    for (int j = 0; j < HIDDEN; j++)
        for (int i = 0; i < INPUTS; i++) printf(" %.17g", p.wh[j][i]);
    for (int j = 0; j < HIDDEN; j++) printf(" %.17g", p.wo[j]);
    for (int j = 0; j < HIDDEN; j++) printf(" %.17g", p.bh[j]);
    printf(" %.17g\n", p.bo);
    return 0;
}
