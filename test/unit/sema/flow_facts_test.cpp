// FlowFacts (compiler/sema/flow_facts.hpp) on its own: what a binding, the two branches of
// an if, a loop and its breaks do to the facts sema keeps about a function's locals.
#include <catch2/catch.hpp>

#include "compiler/sema/flow_facts.hpp"

using pycxx::FlowFacts;

TEST_CASE("a function body starts with only its parameters assigned") {
  FlowFacts flow;
  flow.bind("stale");
  flow.narrow("stale");
  flow.set_non_negative("stale");
  flow.enter_loop();
  flow.start_function({"a", "b"});
  CHECK(flow.assigned("a"));
  CHECK(flow.assigned("b"));
  CHECK_FALSE(flow.assigned("stale"));
  CHECK_FALSE(flow.narrowed("stale"));
  CHECK_FALSE(flow.non_negative("stale"));
  CHECK(flow.loop_depth() == 0);
}

TEST_CASE("binding a local assigns it and drops what was known of its old value") {
  FlowFacts flow;
  flow.narrow("x");           // `if x is not None:` ...
  flow.set_non_negative("x");  // ... or `for x in range(n):`
  flow.bind("x");             // x = f(): may be None, may be negative
  CHECK(flow.assigned("x"));
  CHECK_FALSE(flow.narrowed("x"));
  CHECK_FALSE(flow.non_negative("x"));
  flow.unbind("x");  // the implicit `del e` after `except E as e:`
  CHECK_FALSE(flow.assigned("x"));
}

TEST_CASE("narrowing is forgotten for the names a loop body or try statement may re-assign") {
  FlowFacts flow;
  flow.narrow(FlowFacts::Names{"x", "y", "z"});
  flow.forget_narrowed({"y", "w"});
  CHECK(flow.narrowed("x"));
  CHECK_FALSE(flow.narrowed("y"));
  CHECK(flow.narrowed("z"));
}

TEST_CASE("after an if, what holds on every branch that continues") {
  // if c: x = 1; y = 1 (x narrowed)  else: x = 2 (x narrowed, z narrowed)
  FlowFacts flow;
  flow.start_function({"p"});
  const FlowFacts::Path before = flow.path();
  flow.bind("x");
  flow.bind("y");
  flow.narrow("x");
  FlowFacts::Path body = flow.path();
  flow.restore(before);
  CHECK_FALSE(flow.assigned("x"));  // the else branch does not see the body's assignments
  flow.bind("x");
  flow.narrow("x");
  flow.narrow("z");

  SECTION("both branches continue: the facts common to both") {
    flow.join(body, true, true);
    CHECK(flow.assigned("x"));
    CHECK_FALSE(flow.assigned("y"));
    CHECK(flow.assigned("p"));
    CHECK(flow.narrowed("x"));
    CHECK_FALSE(flow.narrowed("z"));
  }
  SECTION("the body returns: the else branch's facts") {
    flow.join(body, false, true);
    CHECK(flow.assigned("x"));
    CHECK_FALSE(flow.assigned("y"));
    CHECK(flow.narrowed("z"));
  }
  SECTION("the else branch returns (`if x is None: return`): the body's facts") {
    flow.join(body, true, false);
    CHECK(flow.assigned("y"));
    CHECK_FALSE(flow.narrowed("z"));
  }
  SECTION("neither continues: the path stays as it is (nothing after it runs)") {
    flow.join(body, false, false);
    CHECK(flow.narrowed("z"));
    CHECK_FALSE(flow.assigned("y"));
  }
}

TEST_CASE("a break marks the innermost loop only") {
  FlowFacts flow;
  flow.note_break();  // outside any loop: nothing to mark, no crash
  flow.enter_loop();
  flow.enter_loop();
  CHECK(flow.loop_depth() == 2);
  flow.note_break();
  CHECK(flow.leave_loop());        // the inner loop broke
  CHECK_FALSE(flow.leave_loop());  // the outer one did not
  CHECK(flow.loop_depth() == 0);
}

TEST_CASE("a saved path restores assignments and narrowing, not loop indexes") {
  FlowFacts flow;
  flow.set_non_negative("i");
  const FlowFacts::Path before = flow.path();
  flow.bind("x");
  flow.narrow("x");
  flow.restore(before);
  CHECK_FALSE(flow.assigned("x"));
  CHECK_FALSE(flow.narrowed("x"));
  CHECK(flow.non_negative("i"));  // a range loop drops its index itself when it ends
}
