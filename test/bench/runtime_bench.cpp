// Benchmark of the array runtime (a program, not a test): for 1e7 float64 elements, a fused
// a*b + c*d against a hand-written loop, and sin(a)*cos(b) (xsimd vector math) against a
// scalar std::sin/std::cos loop, measured in the same run. The last line is
// `fused_vs_hand=<ratio> simd_math_vs_scalar=<ratio>` (ratio > 1: the runtime is faster).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>

#include "pycxx/array.hpp"

using namespace pycxx;

namespace {
// Best of `reps` runs, in seconds: the least disturbed by other processes on the machine.
double best_time(int reps, const std::function<void()>& f) {
  double best = 1e30;
  for (int r = 0; r < reps; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
  }
  return best;
}
}  // namespace

int main() {
  constexpr index_t n = 10'000'000;
  ndarray<double, 1> a({n}), b({n}), c({n}), d({n}), out({n});
  for (index_t k = 0; k < n; ++k) {
    a(k) = 0.5 + 1e-7 * k;
    b(k) = 1.5 - 1e-7 * k;
    c(k) = 1e-7 * (k % 1000);
    d(k) = 2.0;
  }
  const int reps = 7;
  double fused = best_time(reps, [&] { assign(out, a * b + c * d); });
  double hand = best_time(reps, [&] {
    double *pa = a.data(), *pb = b.data(), *pc = c.data(), *pd = d.data(), *po = out.data();
    for (index_t k = 0; k < n; ++k) po[k] = pa[k] * pb[k] + pc[k] * pd[k];
  });
  double simd_math = best_time(reps, [&] { assign(out, sin(a) * cos(b)); });
  double check = out(n / 3);
  double scalar_math = best_time(reps, [&] {
    double *pa = a.data(), *pb = b.data(), *po = out.data();
    for (index_t k = 0; k < n; ++k) po[k] = std::sin(pa[k]) * std::cos(pb[k]);
  });
  std::printf("elements: %lld float64, best of %d runs\n", static_cast<long long>(n), reps);
  std::printf("fused a*b + c*d        %8.2f ms\n", fused * 1e3);
  std::printf("hand loop a*b + c*d    %8.2f ms\n", hand * 1e3);
  std::printf("sin(a)*cos(b) (xsimd)  %8.2f ms\n", simd_math * 1e3);
  std::printf("std::sin * std::cos    %8.2f ms\n", scalar_math * 1e3);
  std::printf("max |xsimd - std| at n/3: %.3g\n", std::fabs(check - out(n / 3)));
  std::printf("fused_vs_hand=%.2f simd_math_vs_scalar=%.2f\n", hand / fused, scalar_math / simd_math);
  return 0;
}
