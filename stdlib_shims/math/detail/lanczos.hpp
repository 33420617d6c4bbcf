// The Lanczos approximation CPython's math.gamma and math.lgamma use (mathmodule.c), so
// that pycxx gives the same bits rather than the C library's tgamma/lgamma: g = 6.0246...,
// 13 terms as a ratio of polynomials, evaluated in 1/x above 5 for accuracy, and a sin(pi*x)
// computed by reduction to the first octant for the reflection formula.
#pragma once

#include <cmath>

namespace pycxx::shims::math::detail {

inline constexpr double lanczos_g = 6.024680040776729583740234375;
inline constexpr double lanczos_g_minus_half = 5.524680040776729583740234375;
inline constexpr int lanczos_n = 13;
inline constexpr double lanczos_num[lanczos_n] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,  210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
inline constexpr double lanczos_den[lanczos_n] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                  45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                  1925.0,     66.0,       1.0};
inline constexpr double pi_ = 3.141592653589793238462643383279502884197;
inline constexpr double log_pi = 1.144729885849400174143427351353058711647;

inline double lanczos_sum(double x) {  // x > 0
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = lanczos_n; --i >= 0;) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < lanczos_n; ++i) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

// sin(pi * x) for finite x, accurate near the integers where sin(pi * x) alone is not.
inline double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
    case 0: r = std::sin(pi_ * y); break;
    case 1: r = std::cos(pi_ * (y - 0.5)); break;
    case 2: r = std::sin(pi_ * (1.0 - y)); break;  // 1.0 - y is exact here
    case 3: r = -std::cos(pi_ * (y - 1.5)); break;
    case 4: r = std::sin(pi_ * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

}  // namespace pycxx::shims::math::detail
