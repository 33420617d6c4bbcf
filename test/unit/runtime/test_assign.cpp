// assign(): the loop it picks (SIMD for contiguous float32/float64, strided otherwise,
// asserted through PYCXX_TEST_HOOKS), allocation counts, overlap handling, in-place
// operators with numpy's casting rule, read-only buffers, and buffer sharing.
#include <catch2/catch.hpp>

#include <cmath>

#include "pycxx/array.hpp"

using namespace pycxx;

namespace {
template <class T, std::size_t N> ndarray<T, N> iota(const shape_t<N>& s) {
  ndarray<T, N> a(s);
  for (index_t k = 0; k < a.size(); ++k) a.data()[k] = static_cast<T>(k);
  return a;
}
}  // namespace

TEST_CASE("contiguous float expressions take the SIMD loop; strided ones do not", "[assign]") {
  auto a = iota<double>(shape_t<2>{7, 33});
  auto b = iota<double>(shape_t<2>{7, 33});
  test_hooks::reset();
  ndarray<double, 2> r = a * b + sin(a) * 2.0;
  CHECK(test_hooks::last_loop == loop_kind::simd);
  CHECK(r(6, 32) == Approx(a(6, 32) * b(6, 32) + std::sin(a(6, 32)) * 2.0));
  auto f = iota<float>(shape_t<1>{1000});
  test_hooks::reset();
  ndarray<float, 1> g = exp(f * -0.01f) + f;
  CHECK(test_hooks::last_loop == loop_kind::simd);
  CHECK(g(999) == Approx(std::exp(999 * -0.01f) + 999.0f));
  // A row broadcast along the inner axis stays SIMD (stride 0 is a broadcast batch).
  ndarray<double, 1> col({7}, 2.0);
  test_hooks::reset();
  ndarray<double, 2> bc = a * view(col, slice{}, newaxis);
  CHECK(test_hooks::last_loop == loop_kind::simd);
  CHECK(bc(3, 5) == a(3, 5) * 2.0);
  // Writing a transposed operand into a C-ordered destination is strided: the stepper runs.
  ndarray<double, 2> t({33, 7});
  test_hooks::reset();
  assign(t, transpose(a) + 1.0);
  CHECK(test_hooks::last_loop == loop_kind::strided);
  CHECK(t(5, 3) == a(3, 5) + 1.0);
  // A new array keeps its first operand's order (numpy's order='K'): contiguous again, SIMD.
  test_hooks::reset();
  ndarray<double, 2> tk = transpose(a) * 2.0 + transpose(b);
  CHECK(test_hooks::last_loop == loop_kind::simd);
  CHECK((tk.strides() == shape_t<2>{1, 33} && tk(5, 3) == a(3, 5) * 2.0 + b(3, 5)));
  ndarray<double, 2> rev = view(a, slice{slice_none, slice_none, -1}) + 0.0;  // positive strides, C order
  CHECK((rev.strides() == shape_t<2>{33, 1} && rev(0, 0) == a(6, 0)));
  // Integer expressions are scalar loops; mixed float types are not SIMD either.
  test_hooks::reset();
  ndarray<std::int64_t, 1> i = iota<std::int64_t>(shape_t<1>{10}) * 3;
  CHECK(test_hooks::last_loop == loop_kind::scalar_contiguous);
  CHECK(i(9) == 27);
}

TEST_CASE("evaluating into a new array allocates exactly once; reductions allocate nothing", "[assign]") {
  auto a = iota<double>(shape_t<2>{50, 40});
  auto b = iota<double>(shape_t<2>{50, 40});
  test_hooks::reset();
  ndarray<double, 2> r = (a + b) * (a - b) / (b + 1.0) + sqrt(a);
  CHECK(test_hooks::allocations == 1);
  test_hooks::reset();
  double s = sum(a * b);
  CHECK(test_hooks::allocations == 0);
  double expect = 0;
  for (index_t k = 0; k < a.size(); ++k) expect += a.data()[k] * b.data()[k];
  CHECK(s == Approx(expect));
  test_hooks::reset();
  auto e = a * 2.0;  // lazy: nothing allocated until materialised
  CHECK(test_hooks::allocations == 0);
  ndarray<double, 2> m = e;
  CHECK(test_hooks::allocations == 1);
  CHECK(r(1, 1) == Approx(std::sqrt(41.0)));  // a == b there
}

TEST_CASE("overlapping destination and source give numpy's answer", "[assign]") {
  auto a = iota<double>(shape_t<1>{6});
  test_hooks::reset();
  assign(view(a, slice{1}), view(a, slice{slice_none, -1}) + 1.0);  // a[1:] = a[:-1] + 1
  CHECK(test_hooks::temporaries == 1);
  for (int k = 1; k < 6; ++k) CHECK(a(k) == k);  // numpy: [0, 1, 2, 3, 4, 5]
  auto r = iota<double>(shape_t<1>{5});
  assign(r, view(r, slice{slice_none, slice_none, -1}));  // a[:] = a[::-1]
  CHECK((r(0) == 4 && r(4) == 0 && r(2) == 2));
  auto c = iota<double>(shape_t<1>{5});
  test_hooks::reset();
  c += c * 2.0;  // element for element: no temporary
  CHECK(test_hooks::temporaries == 0);
  CHECK(c(4) == 12.0);
}

TEST_CASE("in-place operators, casting, broadcasting into slices, read-only", "[assign]") {
  auto i = iota<std::int64_t>(shape_t<1>{4});
  i += 10;
  i *= 2;
  CHECK(i(3) == 26);
  REQUIRE_THROWS_WITH(i += 1.5, "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'");
  auto m = iota<double>(shape_t<2>{3, 4});
  assign(view(m, slice{}, 1), 7.0);  // m[:, 1] = 7
  CHECK((m(0, 1) == 7.0 && m(2, 1) == 7.0 && m(2, 2) == 10.0));
  ndarray<double, 1> row = ndarray<double, 1>::from_list({1, 2, 3, 4});
  assign(m, row);  // broadcast a row into every row
  CHECK(m(2, 3) == 4.0);
  REQUIRE_THROWS_WITH(assign(m, ndarray<double, 1>({3})), "could not broadcast input array from shape (3,) into shape (3,4)");
  buffer_holder* h = new buffer_holder;
  h->release = [](buffer_holder* self) { delete self; };
  h->writeable = false;
  double storage[3] = {1, 2, 3};
  ndarray<double, 1> ro(buffer_ref(h), storage, {3}, {1});
  REQUIRE_THROWS_WITH(assign(ro, 0.0), "assignment destination is read-only");
  REQUIRE_THROWS_WITH(at_mut(ro, 1) = 5.0, "assignment destination is read-only");
  REQUIRE_THROWS_WITH(setitem(ro, ro > 1.0, 0.0), "assignment destination is read-only");
  CHECK(storage[1] == 2.0);
  ndarray<double, 1> fine = ro * 2.0;  // reading is allowed
  CHECK(fine(2) == 6.0);
}

TEST_CASE("every in-place operator gives numpy's answer (a %= &= |= ^= <<= >>= //= **= b)", "[assign]") {
  // The forms issue 12 lowers (compiler/lower/lower_assign.cpp's array_in_place); numpy's values.
  auto a = iota<std::int64_t>(shape_t<1>{6});
  auto expect = [&](std::initializer_list<std::int64_t> want) {
    index_t k = 0;
    for (std::int64_t w : want) CHECK(a(k++) == w);
  };
  a %= 4;
  expect({0, 1, 2, 3, 0, 1});
  a &= 1;
  expect({0, 1, 0, 1, 0, 1});
  a |= 2;
  expect({2, 3, 2, 3, 2, 3});
  a ^= 1;
  expect({3, 2, 3, 2, 3, 2});
  a <<= 2;
  expect({12, 8, 12, 8, 12, 8});
  a >>= 1;
  expect({6, 4, 6, 4, 6, 4});
  inplace_floor_divide(a, -4);
  expect({-2, -1, -2, -1, -2, -1});
  inplace_power(a, 2);
  expect({4, 1, 4, 1, 4, 1});
  REQUIRE_THROWS_WITH(a %= 1.5, "Cannot cast ufunc 'remainder' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'");
  ndarray<double, 1> f = ndarray<double, 1>::from_list({-3.5, 2.0, 7.0});
  f %= 2.0;  // the divisor's sign, as numpy's remainder
  CHECK((f(0) == 0.5 && f(1) == 0.0 && f(2) == 1.0));
  inplace_floor_divide(f, 0.25);
  CHECK((f(0) == 2.0 && f(1) == 0.0 && f(2) == 4.0));
  inplace_power(f, 0.5);
  CHECK((f(0) == Approx(1.4142135623730951) && f(1) == 0.0 && f(2) == 2.0));
}

TEST_CASE("buffers are 64-byte aligned and shared by views", "[assign]") {
  auto a = iota<float>(shape_t<1>{10});
  CHECK(reinterpret_cast<std::uintptr_t>(a.data()) % 64 == 0);
  ndarray<float, 1> v = view(a, slice{2, 8, 2});
  CHECK(a.holder().get()->refs.load() == 2);
  {
    ndarray<float, 1> owner_gone = view(iota<float>(shape_t<1>{4}), slice{1});
    CHECK(owner_gone(2) == 3.0f);  // the view alone keeps the buffer alive
  }
  ndarray<float, 1> b = a;  // Python's b = a: an alias
  at(b, 0) = 42.0f;
  CHECK(a(0) == 42.0f);
  ndarray<float, 1> c = copy(a);
  at(c, 0) = 1.0f;
  CHECK(a(0) == 42.0f);
  CHECK(v(1) == 4.0f);
  ndarray<double, 2> z = zeros<double>(shape_t<2>{0, 3});
  CHECK((z.size() == 0 && len(z) == 0 && len(a) == 10));
  CHECK(view(a, slice{3, 4}).item() == 3.0f);
  REQUIRE_THROWS_WITH(a.item(), "can only convert an array of size 1 to a Python scalar");
  ndarray<std::int32_t, 1> conv = astype<std::int32_t>(a * 1.5f);
  CHECK(conv(1) == 1);
}

TEST_CASE("a scalar stored into an array converts as numpy 2's setitem", "[assign]") {
  // Python scalars: checked (numpy 2.4's types and messages).
  REQUIRE_THROWS_WITH(store_cast<std::int64_t>(std::nan("")), "cannot convert float NaN to integer");
  REQUIRE_THROWS_WITH(store_cast<std::int64_t>(HUGE_VAL), "cannot convert float infinity to integer");
  REQUIRE_THROWS_WITH(store_cast<std::int64_t>(9223372036854775808.0), "Python int too large to convert to C long");
  REQUIRE_THROWS_WITH(store_cast<std::uint8_t>(std::int64_t{256}), "Python integer 256 out of bounds for uint8");
  REQUIRE_THROWS_WITH(store_cast<std::uint8_t>(-1.0), "Python integer -1 out of bounds for uint8");
  REQUIRE_THROWS_WITH(store_cast<std::int32_t>(std::int64_t{1} << 40), "Python integer 1099511627776 out of bounds for int32");
  CHECK(store_cast<std::int64_t>(-2.9) == -2);
  CHECK(store_cast<std::uint64_t>(9223372036854775808.0) == 9223372036854775808ULL);
  CHECK(store_cast<bool>(std::nan("")));
  // numpy scalars: checked into signed arrays, wrapped into unsigned ones.
  using S = scalar_source;
  CHECK(store_cast<std::uint8_t, S::numpy>(std::int64_t{300}) == 44);
  CHECK(store_cast<std::uint8_t, S::numpy>(-1.0) == 255);
  REQUIRE_THROWS_WITH((store_cast<std::int8_t, S::numpy>(std::int64_t{300})), "Python integer 300 out of bounds for int8");
  // Through a[:] = v and a row of a 2-d array.
  ndarray<std::uint8_t, 2> m(shape_t<2>{2, 2}, 0);
  REQUIRE_THROWS_WITH(assign(view(m, 1), std::int64_t{256}), "Python integer 256 out of bounds for uint8");
  assign(view(m, 1), 7.9);
  CHECK(at(m, 1, 1) == 7);
}
